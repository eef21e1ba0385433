/** Links by file name: they name the linked note's title, not its slug. Heading echoes: the form the prose writes. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './index.js';
import { note } from './testing.js';
import { resolveConcepts } from '../resolve/index.js';
import { namesEnglishConcept } from './structural.js';

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

describe('a heading in title case', () => {
  it('records the echo in the lower case the prose writes (## Zorp Frobs … the zorp frobs), and the label follows it', () => {
    const n = note('# Zorp notes\n\nThe quux tool reads files.\n\n## Zorp Frobs\n\nEach of the zorp frobs holds a quux record.\n');
    const cs = extractCandidates([n], []);
    expect(cs.some((c) => c.signal === 'heading' && c.surface === 'zorp frobs')).toBe(true);
    expect(resolveConcepts(cs, [n]).map((c) => c.label)).toContain('zorp frobs');
  });
});

describe('subsection headings of one family', () => {
  const text = (first: string, second: string) =>
    `# Zorp notes\n\n## Attacks on zorps\n\nTwo of them.\n\n### ${first}\n\nThe attacker steals it.\n\n### ${second}\n\nThe attacker plants one.\n`;
  const kept = (first: string, second: string) => {
    const n = note(text(first, second));
    return resolveConcepts(extractCandidates([n], []), [n]).map((c) => c.label.toLowerCase());
  };
  it('corroborate each other when they share a word (### Hijacking of zorps, ### Fixation of zorps)', () => {
    expect(kept('Hijacking of zorps', 'Fixation of zorps')).toEqual(expect.arrayContaining(['hijacking of zorps', 'fixation of zorps']));
  });
  it('leave a heading alone when its siblings share nothing (### Hijacking of zorps, ### Frob quuxing)', () => {
    expect(kept('Hijacking of zorps', 'Frob quuxing')).not.toContain('hijacking of zorps');
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

describe('English headings that name a concept', () => {
  const kept = (heading: string) => {
    const n = note(`# Zorp notes\n\nThe zorp tool reads frob files.\n\n## ${heading}\n\nIt writes a quux record for each.\n`);
    return resolveConcepts(extractCandidates([n], []), [n]).map((c) => c.label.toLowerCase());
  };
  it('make a concept of a noun phrase heading on its own (## Zorp frobbing, ## quux_table)', () => {
    expect(kept('Zorp frobbing')).toContain('zorp frobbing');
    expect(kept('quux_table')).toContain('quux_table');
    expect(kept('quux_table and friends')).toContain('quux_table'); // a stop-word part is no second thing
  });
  it('leave a section label, a phrase with a preposition or article, or two things joined, weak', () => {
    for (const heading of ['Frobbing with zorps', 'Zorp checklist', 'The zorp frobbing', 'Zorp frobbing and quux reading']) {
      expect(kept(heading)).not.toContain('zorp frobbing');
      expect(kept(heading)).not.toContain('zorp checklist');
      expect(kept(heading)).not.toContain('frobbing with zorps');
    }
  });
  it('are noun phrases of two to four words or one name-shaped token', () => {
    for (const term of ['Write-ahead logging', 'Tri-color marking', 'node_modules', 'async/await', 'gRPC', '1-bit predictor']) expect(namesEnglishConcept(term), term).toBe(true);
    for (const term of ['Placement', 'Testing', 'Side by side', 'Basic vocabulary', 'Grant types', 'Validation levels', 'Making code testable', 'Multi-qubit gates', 'Multiple qubits', 'zstd(Zstandard', '四种状态',
      'Zorp R-CNN(2019', 'Flags I always forget', 'Options worth knowing', 'Part A — zorping', 'Chapter 3 frobnication'])
      expect(namesEnglishConcept(term), term).toBe(false);
  });
});
