import { numberFlag, parsedCorpus, startUp } from '/work/wt-pat/scripts/bench/profile-tools.js';
const useSrc = process.argv.includes('--src');
const mod = useSrc ? await import('/work/wt-pat/src/extract/index.js') : await import('/work/wt-pat/dist/extract/index.js');
const { notes } = parsedCorpus(10);
startUp();
for (let r = 0; r < 3; r++) {
  const laps = new Map<string, number>();
  let last = performance.now();
  const t0 = last;
  mod.extractCandidates(notes, [], { lap(name: string) { const now = performance.now(); laps.set(name, (laps.get(name) ?? 0) + now - last); last = now; } });
  console.log((useSrc ? 'src ' : 'dist ') + (performance.now() - t0).toFixed(0), [...laps].filter(([, v]) => v > 50).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
}
