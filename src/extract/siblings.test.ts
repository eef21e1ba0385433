/** Unknown siblings of known names in lists (siblings.ts). Made-up terms. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './index.js';
import { note } from './testing.js';

const siblings = (text: string) => extractCandidates([note(text)], []).filter((c) => c.provenance.excerpt.includes('sibling of')).map((c) => c.surface);

describe('names opening list items', () => {
  it('takes an unknown name among known ones', () => {
    const text = 'Tools:\n\n- **Zorpkit** – the first one\n- **Frobber** – the second one\n- Quuxly uses the same model, on bigger trees.\n';
    expect(siblings(text)).toContain('Quuxly');
  });
  it('does not take the first word of a label phrase for a name (`Root zorp – …`)', () => {
    const text = 'Words:\n\n- **Zorp** – the whole journey of one request\n- **Frob** – one timed operation inside a zorp\n- **Root zorp** – the zorp with no parent\n';
    expect(siblings(text)).not.toContain('Root');
  });
  it('does not take an instruction for a name (`resolve the branch earlier`)', () => {
    const text = 'Fixes:\n\n- **zorp**: wait until the value is there\n- **frob**: guess and go on\n- resolve the branch earlier, e.g. in ID\n';
    expect(siblings(text)).not.toContain('resolve');
  });
});
