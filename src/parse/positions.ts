/** Offset ↔ line/column for one text, by binary search over line starts (built once per note). */
export interface Locator {
  /** 1-based line and column of a 0-based offset. */
  locate(offset: number): { line: number; column: number };
}

export function createLocator(text: string): Locator {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    locate(offset: number) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo] + 1 };
    },
  };
}
