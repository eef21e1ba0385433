/**
 * `npx tsx scripts/bench/pat-jieba.ts [--mb N]`: calls into jieba (cut and tag) and the characters sent, per pass of
 * one extraction of the bench corpus (dist/): which pass crosses into Rust how often.
 */
import { Jieba } from '@node-rs/jieba';
import { extractCandidates } from '../../dist/extract/index.js';
import { numberFlag, parsedCorpus, startUp } from './profile-tools.js';

const { notes } = parsedCorpus(numberFlag(process.argv.slice(2), '--mb', 10));
startUp();
let calls = 0;
let chars = 0;
let tags = 0;
const proto = Jieba.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
for (const name of ['cut', 'tag']) {
  const original = proto[name];
  proto[name] = function (this: unknown, ...args: unknown[]) {
    if (name === 'tag') tags++;
    else calls++;
    chars += String(args[0]).length;
    return original.apply(this, args);
  };
}
const rows = new Map<string, { calls: number; chars: number; tags: number }>();
extractCandidates(notes, [], {
  lap(name) {
    const row = rows.get(name) ?? { calls: 0, chars: 0, tags: 0 };
    row.calls += calls;
    row.chars += chars;
    row.tags += tags;
    rows.set(name, row);
    calls = chars = tags = 0;
  },
});
for (const [name, r] of rows) if (r.calls || r.tags) console.log(`${name.padEnd(14)} cut ${String(r.calls).padStart(7)}  tag ${String(r.tags).padStart(6)}  chars ${r.chars}`);
