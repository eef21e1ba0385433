/** Abbreviations that close a paragraph introducing what follows (named-tokens.ts). Made-up terms. */
import { describe, expect, it } from 'vitest';
import { namedTokenCandidates } from './named-tokens.js';
import { note } from './testing.js';

const names = (text: string) => namedTokenCandidates(note(text)).map((c) => c.surface);

describe('abbreviations introducing what follows', () => {
  it('takes an abbreviation closing a paragraph before a list', () => {
    expect(names('The guarantees are summed up as ZACID:\n\n- one\n- two\n')).toContain('ZACID');
  });
  it('takes none before a code block, whose format it names (`written out as ZSON:`)', () => {
    expect(names('Each record is a set of fields, usually written out as ZSON:\n\n```\n{"a": 1}\n```\n')).not.toContain('ZSON');
  });
});
