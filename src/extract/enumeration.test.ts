/**
 * English list rules of enumeration.ts: plural acronyms in a list, chains of steps, names before a quantified rest,
 * parts added up with `+`, and names counted by the phrase before them. Made-up terms.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './index.js';
import { note } from './testing.js';

const run = (text: string) => extractCandidates([note(text)], []);
/** The score a list gave (the enumeration candidates only). */
const listed = (cs: ReturnType<typeof run>, surface: string) => Math.max(0, ...cs.filter((c) => c.surface === surface && c.provenance.excerpt.startsWith('enumeration:')).map((c) => c.score));

describe('plural acronyms', () => {
  it('does not count a plural acronym as a name (`resources like ZPUs, blorks, QICs`)', () => {
    const cs = run('The method is for resources like ZPUs, blorks, QICs: use, load, faults.\n');
    for (const s of ['ZPUs', 'blorks', 'QICs']) expect(listed(cs, s), s).toBe(0);
  });
  it('still takes a list of names after the same cue', () => {
    const cs = run('The method is for tools like Zorpify, FrobDB, QuuxLog: use, load, faults.\n');
    for (const s of ['Zorpify', 'FrobDB', 'QuuxLog']) expect(listed(cs, s), s).toBe(0.5);
  });
});

describe('chains', () => {
  it('keeps a chain of plain lower-case words weak: steps of a procedure as often as things', () => {
    const cs = run('Phases, in order:\n\nvalidate → zorpile → frobtest → deploy\n');
    expect(listed(cs, 'zorpile')).toBe(0.4);
  });
  it('takes a chain with names at full strength', () => {
    const cs = run('The call chain is: zorplet → ZRI → frobd → runq.\n');
    expect(listed(cs, 'zorplet')).toBe(0.5);
  });
  it('reads no chain out of a formula whose steps repeat (`Zint -> Zint -> Zint`)', () => {
    const cs = run('In Zaskell every function is curried, add :: Zint -> Zint -> Zint really is Zint -> (Zint -> Zint).\n');
    expect(listed(cs, 'Zint')).toBe(0);
  });
});

describe('names before the rest of their kind', () => {
  it('takes the names in brackets before a quantified phrase (`(ZorpD, Frobite, most SaaS agents)`)', () => {
    const cs = run('In a push model (ZorpD, Frobite, most SaaS agents) the application sends its data.\n');
    expect(listed(cs, 'ZorpD')).toBe(0.5);
    expect(listed(cs, 'Frobite')).toBe(0.5);
    expect(cs.some((c) => /SaaS agents/u.test(c.surface))).toBe(false);
  });
});

describe('labelled lists', () => {
  it('reads parts added up with `+`, even when their initials spell the label', () => {
    const cs = run('- **ZQK stack**: Zlastic (storage + full-text index) + Qogstash (parsing, transforming) + Kibbana (UI).\n');
    for (const s of ['Zlastic', 'Qogstash', 'Kibbana']) expect(listed(cs, s), s).toBe(0.5);
  });
});

describe('counted names after a comma', () => {
  it('takes as many names as the phrase before them counts (`two older projects, OpenZorp and OpenFrob`)', () => {
    const cs = run('It came from merging two older projects, OpenZorp and OpenFrob, which is why old posts name them.\n');
    expect(listed(cs, 'OpenZorp')).toBe(0.5);
    expect(listed(cs, 'OpenFrob')).toBe(0.5);
  });
  it('takes nothing when the count disagrees or the words are a clause', () => {
    expect(listed(run('It came from merging three older projects, OpenZorp and OpenFrob, long ago.\n'), 'OpenZorp')).toBe(0);
    expect(listed(run('In two cases, the parser fails and the lexer retries.\n'), 'parser fails')).toBe(0);
  });
});

describe('parallel subjects', () => {
  it('reads a plural head followed by a verb without -s (`Zorping rules precompute …. Frobbing rules evaluate …`)', () => {
    const cs = run('Zorping rules precompute expensive expressions into new series. Frobbing rules evaluate an expression and fire.\n');
    expect(cs.some((c) => c.surface === 'zorping rules' && c.score >= 0.5)).toBe(true);
    expect(cs.some((c) => c.surface === 'frobbing rules' && c.score >= 0.5)).toBe(true);
  });
});

describe('names with underscores', () => {
  it('takes snake_case names in a labelled list (`Examples: zorp_exporter (…), frob_exporter (…)`)', () => {
    const cs = run('Examples: zorp_exporter (host disks), frob_exporter (probes endpoints from the outside).\n');
    expect(listed(cs, 'zorp_exporter')).toBe(0.5);
    expect(listed(cs, 'frob_exporter')).toBe(0.5);
  });
});

describe('parts added up in brackets', () => {
  it('takes the name-shaped parts (`(zorp ID + frob ID + flags)`)', () => {
    const cs = run('The span context (zorp ID + frob ID + flags) travels in headers.\n');
    expect(listed(cs, 'zorp ID')).toBe(0.5);
    expect(listed(cs, 'frob ID')).toBe(0.5);
    expect(listed(cs, 'flags')).toBe(0);
  });
});

describe('the kind before bracketed names', () => {
  it('takes the phrase after an article as the kind (`a zorp model (ZorpD, Frobite, most agents)`)', () => {
    expect(listed(run('In a zorp model (ZorpD, Frobite, most SaaS agents) the app sends its data.\n'), 'zorp model')).toBe(0.5);
  });
});

describe('choices and annotated lists', () => {
  it('reads the names after `choices are`', () => {
    const cs = run('When the set is full, which line goes? Common choices are ZRU, pseudo-ZRU, FIFO-Z and random.\n');
    expect(listed(cs, 'pseudo-ZRU')).toBe(0.5);
    expect(listed(cs, 'FIFO-Z')).toBe(0.5);
  });
  it('takes a labelled list half of whose items are name-shaped when each item carries its own note', () => {
    const cs = run('Ports: Zypothesis for Python, fast-zorp for JavaScript, jzorp for Java, propzorp for Rust.\n');
    for (const s of ['Zypothesis', 'fast-zorp', 'jzorp', 'propzorp']) expect(listed(cs, s), s).toBe(0.5);
  });
  it('still needs most items name-shaped when they carry no note', () => {
    expect(listed(run('Ports: Zypothesis, fast-zorp, jzorp, propzorp.\n'), 'jzorp')).toBe(0);
  });
});
