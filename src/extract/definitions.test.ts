/**
 * Informal definitions of English notes (definitions.ts): label lines with an equals sign, equations in brackets,
 * lines that look like labels but name nothing, shouted words, and noun phrases that end before a label's dash.
 * Made-up terms, so the patterns are tested, not words.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './index.js';
import { note } from './testing.js';

const run = (text: string) => extractCandidates([note(text)], []);
const best = (cs: ReturnType<typeof run>, surface: string) => Math.max(0, ...cs.filter((c) => c.surface === surface).map((c) => c.score));
const has = (cs: ReturnType<typeof run>, surface: string) => cs.some((c) => c.surface === surface && c.signal === 'definition');

describe('label lines with an equals sign', () => {
  it('takes one-word labels before `=` in a list as a glossary (`- recipe = the shell commands`)', () => {
    const cs = run('Rules:\n\n- zorget = the thing to build\n- frobisites = what it depends on\n- quuxipe = the shell commands to run\n');
    for (const s of ['zorget', 'frobisites', 'quuxipe']) expect(best(cs, s), s).toBeGreaterThanOrEqual(0.5);
  });
  it('keeps a one-word label before a colon a rubric', () => {
    const cs = run('Notes:\n\n- zorget: the thing to build\n- frobisites: what it depends on\n- quuxipe: the shell commands to run\n');
    expect(best(cs, 'zorget')).toBeLessThan(0.5);
  });
  it('reads no label out of a formula (`f(g(x)) == f(x)`, `compose(f, g)(x) = f(g(x))`)', () => {
    const cs = run('- zorpify(zorpify(s)) == zorpify(s)\n- frobnose(f, g)(x) = f(g(x)). Zython writes it another way.\n');
    expect(cs.some((c) => c.surface.startsWith('zorpify') || c.surface.startsWith('frobnose'))).toBe(false);
  });
});

describe('an equation in brackets', () => {
  it('defines the noun phrase on its left (`(a transitive zorp = a zorp of one of your zorps)`)', () => {
    const cs = run('Every constraint must hold, including the majority (a transitive zorp = a zorp of one of your zorps).\n');
    expect(best(cs, 'transitive zorp')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('lines shaped like labels that name nothing', () => {
  it('takes no label from a sequence between dashes, and keeps the glossary around it whole', () => {
    const text = '1. Zorp Context — the standard now. The header looks like\n   ```\n   x\n   ```\n   version – zorp-id – frob-id – flags. An optional header carries data.\n2. Q9 headers — the older format, still around in older stacks.\n';
    const cs = run(text);
    expect(has(cs, 'version')).toBe(false);
    expect(best(cs, 'Zorp Context')).toBeGreaterThanOrEqual(0.5);
  });
  it('takes no label from a line that only points somewhere (`Next: some-note`)', () => {
    expect(has(run('Frobbing is done.\n\nNext: zorp-hermetic-builds\n'), 'Next')).toBe(false);
  });
});

describe('shouted words', () => {
  it('does not take a word in capitals for an acronym when the note writes it in lower case', () => {
    const cs = run('The zorp budget counts every zorp.\n\n- ZORP = a human should look at it; FROB = odd but handled\n');
    expect(best(cs, 'ZORP')).toBeLessThan(0.45);
  });
});

describe('subject noun phrases', () => {
  it('ends a phrase at a plural before a label dash instead of reading the plural as its verb', () => {
    const cs = run('Two families:\n\n- language zorp managers — npm, Yarn, pnpm (JavaScript), Cargo (Rust)\n- system zorp managers — apt (Debian), Homebrew (macOS)\n');
    expect(has(cs, 'language zorp')).toBe(false);
    expect(has(cs, 'system zorp')).toBe(false);
  });
});

describe('quoted names', () => {
  it('takes a quoted phrase of two or three words where a name stands', () => {
    const cs = run('The anti-pattern is the "ice-cream zorp" — mostly manual tests.\n\nVersion conflicts are settled by "nearest frob": the closest one wins.\n\n"Quux hell" is the end state: nothing resolves.\n');
    for (const s of ['ice-cream zorp', 'nearest frob', 'Quux hell']) expect(best(cs, s), s).toBeGreaterThanOrEqual(0.5);
  });
  it('keeps a quoted design of two parts whole (`"functional zorp, imperative frob"`)', () => {
    expect(best(run('The usual design is a "functional zorp, imperative frob": keep the logic pure.\n'), 'functional zorp, imperative frob')).toBeGreaterThanOrEqual(0.5);
  });
  it('takes no scare-quoted word, title or quoted phrase in passing', () => {
    const cs = run('It measures how "full" the service is.\n\nHis "Zorps Are Not Frobs" essay says so.\n\nHoare called it his "billion zorp mistake".\n');
    expect(has(cs, 'full')).toBe(false);
    expect(has(cs, 'Zorps Are Not Frobs')).toBe(false);
    expect(has(cs, 'billion zorp mistake')).toBe(false);
  });
});

describe('lists whose length is announced', () => {
  it('takes every label of a list the paragraph before it counts, one lower-case word included', () => {
    const text = 'The four zorp signals are a starting checklist for any service:\n\n1. zlatency — how long requests take\n2. frobbing — demand, e.g. requests per second\n3. quuxes — rate of failed requests\n4. zaturation — how full the service is\n';
    const cs = run(text);
    for (const s of ['zlatency', 'frobbing', 'quuxes', 'zaturation']) expect(best(cs, s), s).toBeGreaterThanOrEqual(0.5);
  });
  it('takes nothing more when the count disagrees', () => {
    const text = 'The three zorp signals are a starting checklist for any service:\n\n1. zlatency — how long requests take\n2. frobbing — demand, e.g. requests per second\n3. quuxes — rate of failed requests\n4. zaturation — how full the service is\n';
    expect(best(run(text), 'zlatency')).toBeLessThan(0.5);
  });
});

describe('labels holding an acronym that spells a function word', () => {
  it('reads `USE method, for …: …` as a label beside its sibling', () => {
    const cs = run('- ZED method, for request-driven services: Rate, Errors, Duration.\n- USE method, for resources: Utilization, Saturation, Errors.\n');
    expect(best(cs, 'USE method')).toBeGreaterThanOrEqual(0.5);
    expect(best(cs, 'ZED method')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('appositions and glosses after a colon', () => {
  it('takes a capitalised name opening a bracket with an appositive (`(Zorpmod, the new dependency system)`)', () => {
    expect(best(run('Its root is marked by a file (Zorpmod, the new external-dependency system) or the legacy one.\n'), 'Zorpmod')).toBeGreaterThanOrEqual(0.5);
  });
  it('takes one word of a process before a gloss after a colon (`through zorpboxing: each action …`)', () => {
    expect(best(run('The tool enforces part of this through zorpboxing: each action runs in a directory of its own.\n'), 'zorpboxing')).toBeGreaterThanOrEqual(0.5);
  });
  it('takes no single plain word before such a colon', () => {
    expect(has(run('The tool enforces part of this through work: each action runs in a directory of its own.\n'), 'work')).toBe(false);
  });
});

describe('a paragraph of label lines', () => {
  it('reads every line of a paragraph that is all label lines as a glossary (`1.1 Input zorp: …` / `1.2 …`)', () => {
    const text = '## Stages\n\n1.1 Input zorpling: data is pulled from buffers.\n1.2 Vertex frobbing: the shader runs once per vertex.\n1.3 Primitive quuxing: vertices are grouped into triangles.\n';
    const cs = run(text);
    for (const s of ['Input zorpling', 'Vertex frobbing', 'Primitive quuxing']) expect(best(cs, s), s).toBeGreaterThanOrEqual(0.5);
  });
  it('reads nothing more when one line of the paragraph is prose', () => {
    const text = '## Stages\n\n1.1 Input zorpling: data is pulled from buffers.\nand then the vertex frobbing runs once per vertex.\n';
    expect(best(run(text), 'Input zorpling')).toBeLessThan(0.5);
  });
});

describe('appositions in lists', () => {
  it('takes a coined name and its appositive', () => {
    expect(best(run('Most common is ZOTP, a six-digit code that changes.\n'), 'ZOTP')).toBeGreaterThanOrEqual(0.5);
  });
  it('reads no apposition in a list of article phrases (`a frob ZD, a parent frob ZD, a status and attributes`)', () => {
    expect(has(run('It has a name, a frob ZD, a parent frob ZD, a status and attributes.\n'), 'ZD')).toBe(false);
  });
});

describe('plural subjects', () => {
  it('reads an -s word before an auxiliary as the head of the subject (`The four zorp signals are …`)', () => {
    const cs = run('## Signals\n\nThe four zorp signals (from the book) are a starting checklist for any service.\n');
    expect(has(cs, 'four zorp')).toBe(false);
  });
});

describe('instructions shaped like labels', () => {
  it('takes no label holding a word no term holds (`install both copies — …`), nor vouches with it', () => {
    const text = 'Zorp dependency: A needs B and C. What happens:\n\n1. zail — pip, most system managers\n2. install both copies — npm nests a second one\n';
    const cs = run(text);
    expect(has(cs, 'install both copies')).toBe(false);
    expect(best(cs, 'zail')).toBeLessThan(0.5);
  });
});

describe('a phrase equated with its explanation', () => {
  it('takes a label line of two words before `=` alone as a definition (`Zorp rate = how fast …`)', () => {
    expect(best(run('Zorp rate = how fast the frob budget is being consumed relative to the allowed pace.\n'), 'Zorp rate')).toBeGreaterThanOrEqual(0.5);
  });
  it('keeps the same phrase before a colon weak alone', () => {
    expect(best(run('Zorp rate: how fast the frob budget is being consumed relative to the allowed pace.\n'), 'Zorp rate')).toBeLessThan(0.5);
  });
  it('cuts a quoted label before its copula without a stray quote (`"Zorp hell" is the end state: …`)', () => {
    expect(run('"Zorp hell" is the end state: constraints conflict.\n').some((c) => c.surface.endsWith('"'))).toBe(false);
  });
});

describe('a role whose holder is quoted', () => {
  it('defines the quoted name, not the role (`The zorp-pattern is the "ice-cream frob"`)', () => {
    const cs = run('The zorp-pattern is the "ice-cream frob" — mostly manual tests.\n');
    expect(best(cs, 'zorp-pattern')).toBeLessThan(0.5);
    expect(best(cs, 'ice-cream frob')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('judging predicates', () => {
  it('reads a ranking as a judgement, not a definition (`Over-zorping is the most common smell`)', () => {
    expect(best(run('Over-zorping is the most common smell in our codebase.\n'), 'Over-zorping')).toBeLessThan(0.5);
    expect(best(run('Zorpscan is the cheap alternative popular with JITs.\n'), 'Zorpscan')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('acronyms spelled out by their label line', () => {
  it('takes an acronym whose explanation opens with the words it abbreviates (`ZTFN: zorp taken, frob not taken`)', () => {
    expect(best(run('Static schemes:\n\n* always guess one way\n* ZTFN: zorp taken, frob not taken (loops jump backwards)\n'), 'ZTFN')).toBeGreaterThanOrEqual(0.5);
  });
  it('keeps an acronym label alone weak when its explanation says something else', () => {
    expect(best(run('ZTFN: a response header that tells the browser what to do.\n'), 'ZTFN')).toBeLessThan(0.5);
  });
});
