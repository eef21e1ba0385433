/** Links by file name: they name the linked note's title, not its slug. Heading echoes: the form the prose writes. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './index.js';
import { note } from './testing.js';
import { resolveConcepts } from '../resolve/index.js';

describe('wikilinks by file name', () => {
  it('name the linked note by its title, not by its slug', () => {
    const linked = note('---\ntitle: Zorp and frob quuxing\n---\n\nBody text.\n', 'zorp-frob-quux.md');
    const linking = note('# Other\n\nNext: [[zorp-frob-quux]]\n', 'other.md');
    const cs = extractCandidates([linked, linking], []).filter((c) => c.signal === 'wikilink');
    expect(cs.map((c) => c.surface)).not.toContain('zorp-frob-quux');
    expect(cs.map((c) => c.surface)).not.toContain('zorp frob quux');
  });
  it('keep a link whose file name is the title', () => {
    const linked = note('---\ntitle: Zorpfile\n---\n\nBody text.\n', 'zorpfile.md');
    const linking = note('# Other\n\nSee [[zorpfile]].\n', 'other.md');
    const cs = extractCandidates([linked, linking], []).filter((c) => c.signal === 'wikilink');
    expect(cs.map((c) => c.surface)).toContain('zorpfile');
  });
});

describe('a heading capitalised by convention', () => {
  const filler = Array.from({ length: 40 }, (_, i) => `The zorp tool reads frob file number ${i} and writes a quux record for it.`).join(' ');
  const vault = (prose: string) => note(`# Zorp builds\n\n${filler}\n\n## Changes\n\nA zorp build keeps a log of the ${prose} it made.\n\n${filler}\n`);
  it('records the echo in the lower case the prose writes, so an everyday word (## Changes … the changes) is judged as one', () => {
    const n = vault('changes');
    const cs = extractCandidates([n], []);
    expect(cs.some((c) => c.signal === 'heading' && c.surface === 'changes')).toBe(true);
    expect(resolveConcepts(cs, [n]).map((c) => c.label)).not.toContain('Changes');
  });
  it('keeps the capital where the prose writes it too (the Changes it made)', () => {
    const n = vault('Changes');
    const cs = extractCandidates([n], []);
    expect(cs.some((c) => c.signal === 'heading' && c.surface === 'changes')).toBe(false);
    expect(resolveConcepts(cs, [n]).map((c) => c.label)).toContain('Changes');
  });
});

describe('subsection headings of one family', () => {
  const text = (second: string) =>
    `# Zorp notes\n\n## Attacks on zorps\n\nTwo of them.\n\n### Zorp hijacking\n\nThe attacker steals it.\n\n### ${second}\n\nThe attacker plants one.\n`;
  const kept = (second: string) => {
    const n = note(text(second));
    return resolveConcepts(extractCandidates([n], []), [n]).map((c) => c.label.toLowerCase());
  };
  it('corroborate each other when they share a word (### Zorp hijacking, ### Zorp fixation)', () => {
    expect(kept('Zorp fixation')).toEqual(expect.arrayContaining(['zorp hijacking', 'zorp fixation']));
  });
  it('leave a heading alone when its siblings share nothing (### Zorp hijacking, ### Frob quuxing)', () => {
    expect(kept('Frob quuxing')).not.toContain('zorp hijacking');
  });
});

describe('a heading that opens with a count', () => {
  const headings = (text: string) => extractCandidates([note(text)], []).filter((c) => c.signal === 'heading').map((c) => c.surface);
  it('keeps the count that is part of the term (## 1-bit zorp, ### 3.1 Frob resumption and 0-RTT)', () => {
    const found = headings('# Zorps\n\n## 1-bit zorp\n\nText.\n\n### 3.1 Frob resumption and 0-RTT\n\nMore text.\n');
    expect(found).toEqual(expect.arrayContaining(['1-bit zorp', '0-RTT', 'Frob resumption']));
    expect(found).not.toContain('-bit zorp');
  });
});

describe('a heading closed by a parenthesis', () => {
  it('names the term before the parenthesis, not the term and half the aside (## Zorp mitigation (not correction!))', () => {
    const text = '# Frob\n\n## 5 Zorp mitigation (not correction!)\n\nBody.\n\n## Quux algorithms (NISQ)\n\nBody.\n';
    const heads = extractCandidates([note(text)], []).filter((c) => c.signal === 'heading').map((c) => c.surface);
    expect(heads).toEqual(expect.arrayContaining(['Zorp mitigation', 'Quux algorithms']));
    expect(heads.some((h) => h.includes('('))).toBe(false);
  });
});
