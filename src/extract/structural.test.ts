/** Links by file name: they name the linked note's written title, not its slug. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './index.js';
import { note } from './testing.js';

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
