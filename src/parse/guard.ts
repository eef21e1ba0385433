/**
 * Guards the Markdown parser against pathological nesting. micromark is quadratic (and recursive) on lists,
 * block quotes and emphasis nested thousands deep: a 10,000-deep `>` line overflows the stack and 10,000 `*`
 * take half a minute. Before parsing we find the lines that nest too deep, widen each to its paragraph (blank
 * line to blank line), and show that stretch as a code block of its exact source text, so nothing is lost and
 * offsets stay exact. After parsing, `capTreeDepth` is the safety net for whatever still built a deep tree, so
 * the recursive walks later (collect, remark-rehype, stringify) never overflow.
 */
import type { Nodes, Parent, Root, RootContent } from 'mdast';

/** Containers (quotes, list items) or emphasis delimiters beyond this are not real writing. */
export const MAX_NESTING = 64;
/** `[` per line beyond which bracket matching gets slow. */
const MAX_BRACKETS = 1000;
/** Depth of the mdast tree beyond which subtrees are flattened to their text. */
export const MAX_TREE_DEPTH = 256;

export interface DeepRegion {
  /** Offsets into the text: [start, end). */
  start: number;
  end: number;
  /** 1-based line of the first line that nests too deep. */
  line: number;
  lastLine: number;
}

const DELIMITERS = new Set(['*', '_', '~']);
const CONTAINER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

function tooDeep(line: string): boolean {
  let rest = line;
  let depth = 0;
  for (let m = CONTAINER.exec(rest); m && m[0].length > 0; m = CONTAINER.exec(rest)) {
    depth += 1 + Math.floor(indentWidth(m[0]) / 2);
    if (depth > MAX_NESTING) return true;
    rest = rest.slice(m[0].length);
  }
  if (depth > 0 && depth + Math.floor(indentWidth(rest) / 2) > MAX_NESTING) return true;
  let run = 0;
  let brackets = 0;
  let prev = '';
  for (const ch of line) {
    if (ch === '[') brackets++;
    run = DELIMITERS.has(ch) ? (ch === prev ? run + 1 : 1) : 0;
    prev = ch;
    if (run > MAX_NESTING * 2 || brackets > MAX_BRACKETS) return true;
  }
  return false;
}

/** Width of the leading white space (tabs to multiples of 4). */
function indentWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** Stretches of `text` (whole paragraphs) that nest too deep to parse. Sorted, non-overlapping. */
export function findDeepRegions(text: string): DeepRegion[] {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineAt = (n: number) => text.slice(starts[n], n + 1 < starts.length ? starts[n + 1] - 1 : text.length);
  const blank = (n: number) => lineAt(n).trim() === '';
  const regions: DeepRegion[] = [];
  for (let n = 0; n < starts.length; n++) {
    if (!tooDeep(lineAt(n))) continue;
    let first = n;
    while (first > 0 && !blank(first - 1) && lineAt(first - 1) !== '---') first--;
    let last = n;
    while (last + 1 < starts.length && !blank(last + 1)) last++;
    const previous = regions[regions.length - 1];
    const start = starts[first];
    const end = last + 1 < starts.length ? starts[last + 1] - 1 : text.length;
    if (previous && start <= previous.end + 1) {
      previous.end = Math.max(previous.end, end);
      previous.lastLine = last + 1;
    } else {
      regions.push({ start, end, line: n + 1, lastLine: last + 1 });
    }
    n = last;
  }
  return regions;
}

/**
 * Replaces every subtree deeper than `max` by a text node with its plain text (no position, so it is never
 * linked). Iterative: a tree of any depth is safe to pass in. Returns how many subtrees were flattened.
 */
export function capTreeDepth(tree: Root, max = MAX_TREE_DEPTH): number {
  let flattened = 0;
  const stack: Array<{ node: Parent; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    node.children.forEach((child, i) => {
      if (!('children' in child)) return;
      if (depth + 1 >= max) {
        (node.children as RootContent[])[i] = { type: 'text', value: plainText(child as Nodes) };
        flattened++;
      } else {
        stack.push({ node: child as Parent, depth: depth + 1 });
      }
    });
  }
  return flattened;
}

function plainText(node: Nodes): string {
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if ('value' in current && typeof current.value === 'string' && current.type !== 'html' && current.type !== 'yaml') out += current.value;
    if ('children' in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes);
  }
  return out;
}
