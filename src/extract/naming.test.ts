/** Naming sentences in English (naming.ts). Made-up terms. */
import { describe, expect, it } from 'vitest';
import { namingCandidates } from './naming.js';
import { note } from './testing.js';

const names = (text: string) => namingCandidates(note(text)).map((c) => c.surface);

describe('English naming cues', () => {
  it('takes the name after `called`', () => {
    expect(names('It keeps an in-memory table called the zorptable.\n')).toContain('zorptable');
  });
  it('does not read `named` after an article or a preposition as naming (`a set of named blorks`)', () => {
    expect(names('Each record is a set of named blorks, usually written out as text.\n')).not.toContain('blorks');
  });
});
