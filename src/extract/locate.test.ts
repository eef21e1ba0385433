import { describe, expect, it } from 'vitest';
import { CUE, cuedSentences } from './cues.js';
import { sentences, splitTable, SPLIT_DOT, SPLIT_END } from './locate.js';

describe('splitTable', () => {
  it('marks the sentence ends and the full stop above the caller bits, and keeps those bits', () => {
    const bits = new Uint16Array(0x10000);
    bits[0x61] = 0x5;
    const table = splitTable(bits);
    expect(table[0x61]).toBe(0x5);
    for (const mark of '\n。！？；!?;') expect(table[mark.charCodeAt(0)] & SPLIT_END).toBe(SPLIT_END);
    expect(table[0x2e]).toBe(SPLIT_DOT);
    expect(table[0x2c]).toBe(0);
  });
});

describe('sentences', () => {
  it('ends at marks and at a full stop before a space, not inside a dotted abbreviation', () => {
    expect(sentences('容器是进程。 It runs, e.g. here. Done!').map((s) => [s.text, s.at])).toEqual([
      ['容器是进程。', 0],
      ['It runs, e.g. here.', 7],
      ['Done!', 27],
    ]);
  });

  it('gives each cued sentence the cue bits of its own text only', () => {
    const [first, second] = cuedSentences('镜像是只读模板；Docker、Podman (tools)');
    expect(first.cues & CUE.copula).toBe(CUE.copula);
    expect(first.cues & (CUE.enumeration | CUE.paren | CUE.latin)).toBe(0);
    expect(second.cues & (CUE.enumeration | CUE.paren | CUE.latin)).toBe(CUE.enumeration | CUE.paren | CUE.latin);
    expect(second.cues & CUE.copula).toBe(0);
  });

  it('sets the 属 and ，bits only for sentences holding them', () => {
    const [first, second] = cuedSentences('OSPF 属于链路状态协议，RIP 不是。Docker 镜像');
    expect(first.cues & (CUE.belongs | CUE.fullComma)).toBe(CUE.belongs | CUE.fullComma);
    expect(second.cues & (CUE.belongs | CUE.fullComma)).toBe(0);
  });
});
