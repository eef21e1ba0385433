/**
 * `npx tsx scripts/relation-probe.ts [FAMILY …]`: development rows only (never blind9–blind13). For families of
 * concept pairs a rule might relate, how many pairs the run does not relate that way yet and how many of those the
 * gold has (the family's type, or `related` for a pair nothing joins yet): a rule's precision, measured before it is
 * written. Families: same sentence/paragraph (adjacent, by shared sentences, subject sentences), note title × its
 * concepts, heading × its first block, heading nesting, headings that list concepts, consecutive term items, an
 * entry's genus (`X: … Y`), table cells under a column header, cue words between two adjacent mentions (slash, vs,
 * replaced, prefer … over, like, 的, 's, of, a parenthesis), acronym variants (QLoRA/LoRA), compounds by the shape
 * of their modifier against the gold's type. Then `TYPE …` lines: the run's instance/broader edges by
 * the shape of their source's label against the gold's type. Name a family to list its pairs (G = gold).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseGold, type Gold } from '../src/extract/evaluate.js';
import { normaliseKey } from '../src/extract/normalise.js';
import { findMentions } from '../src/link/find-mentions.js';
import type { Concept, MentionHit, Note } from '../src/types.js';
import { FIXTURE_VAULTS, fixtureSources, NO_VOCABULARY, REPO, runVault, sampleSources, seedSources } from '../test/eval/run-vault.js';

const NOT_DEVELOPMENT = new Set(['blind9', 'blind10', 'blind11', 'blind12', 'blind13']);
const rows: Array<[string, string, () => ReturnType<typeof runVault>]> = [
  ['sample', 'sample.yaml', async () => runVault((await sampleSources())!)],
  ['seed', 'seed.yaml', async () => runVault((await seedSources())!)],
  ...FIXTURE_VAULTS.filter(([, kind]) => !NOT_DEVELOPMENT.has(kind)).map(([row, kind, name]): [string, string, () => ReturnType<typeof runVault>] => [row, `${kind}-${name}.yaml`, async () => runVault(await fixtureSources(kind, name), NO_VOCABULARY)]),
];
const fam = new Map<string, { n: number; gold: number; ex: string[] }>();
const offer = (family: string, gold: boolean, text: string) => {
  const f = fam.get(family) ?? fam.set(family, { n: 0, gold: 0, ex: [] }).get(family)!;
  f.n++;
  if (gold) f.gold++;
  if (f.ex.length < 400) f.ex.push(`${gold ? 'G ' : '- '}${text}`);
};
const verbose = process.argv.slice(2);
for (const [row, goldFile, load] of rows) {
  const gold = parseGold(await readFile(path.join(REPO, 'test/gold', goldFile), 'utf8'));
  const run = await load();
  const ids = conceptIds(gold, run.concepts);
  const goldPairs = new Set<string>();
  for (const r of gold.relations) for (const a of ids(r.source)) for (const b of ids(r.target)) goldPairs.add(key(a, b));
  const related = new Set((run.relations ?? []).map((r) => key(r.source, r.target)));
  const goldTypes = new Map<string, Set<string>>();
  for (const r of gold.relations) for (const a of ids(r.source)) for (const b of ids(r.target)) (goldTypes.get(key(a, b)) ?? goldTypes.set(key(a, b), new Set()).get(key(a, b))!).add(r.type);
  const madeTypes = new Map<string, Set<string>>();
  for (const r of run.relations ?? []) (madeTypes.get(key(r.source, r.target)) ?? madeTypes.set(key(r.source, r.target), new Set()).get(key(r.source, r.target))!).add(r.type);
  /** A pair a rule would type `type`: counted when not made with that type yet; gold when the gold has that type, or only `related` and nothing joins the pair yet. */
  const typed = (family: string, type: string, a: string, b: string, text: string) => {
    if (a === b) return;
    const k = key(a, b);
    if (madeTypes.get(k)?.has(type) || seen.has(family + k)) return;
    seen.add(family + k);
    const g = goldTypes.get(k);
    const isGold = !!g && (g.has(type) || (g.has('related') && !related.has(k)));
    offer(family, isGold, `${row} ${label.get(a)} ~ ${label.get(b)} [gold ${[...(g ?? [])].join('+') || '-'}; made ${[...(madeTypes.get(k) ?? [])].join('+') || '-'}]  «${text.replace(/\s+/gu, ' ').slice(0, 220)}»`);
  };
  const label = new Map(run.concepts.map((c) => [c.id as string, c.label]));
  const hits = findMentions(run.notes, run.concepts).hits;
  // typed edges by the shape of their source's label, against the gold's type for the pair
  for (const r of run.relations ?? []) {
    if (r.type !== 'instance' && r.type !== 'broader') continue;
    const lab = label.get(r.source) ?? '';
    const shape = /\p{Script=Han}/u.test(lab) ? 'han' : /[A-Z0-9]/u.test(lab.slice(1)) ? 'name-shaped' : /^[a-z]/u.test(lab) ? (/\s/u.test(lab) ? 'lower phrase' : 'lower word') : /\s/u.test(lab) ? 'Capital phrase' : 'Capital word';
    const g = goldTypes.get(key(r.source, r.target));
    const gt = !g ? 'none' : g.has('instance') ? 'instance' : g.has('broader') ? 'broader' : g.has('compared') ? 'compared' : 'related';
    const ev = r.evidence[0]?.text ?? '';
    const src = ev.includes('›') ? 'struct' : 'sentence';
    const f = fam.get(`TYPE ${r.type} ${src} ${shape}`) ?? fam.set(`TYPE ${r.type} ${src} ${shape}`, { n: 0, gold: 0, ex: [] }).get(`TYPE ${r.type} ${src} ${shape}`)!;
    f.n++;
    if (gt === 'instance' || gt === 'broader') { f.ex.push(`${gt}`); }
  }
  const seen = new Set<string>();
  const consider = (family: string, a: string, b: string, text: string) => {
    if (a === b) return;
    const k = key(a, b);
    if (related.has(k) || seen.has(family + k)) return;
    seen.add(family + k);
    offer(family, goldPairs.has(k), `${row} ${label.get(a)} ~ ${label.get(b)}  «${text.replace(/\s+/gu, ' ').slice(0, 220)}»`);
  };
  // shared sentences / paragraphs per unrelated pair, over the vault
  const shared = new Map<string, { s: number; p: number; subj: number; text: string }>();
  // compounds whose modifier is a name: `Maybe monad` → monad, `npm registry` → registry, `Docker镜像` → 镜像
  for (const r of run.relations ?? []) {
    if (r.type !== 'broader') continue;
    const src = run.concepts.find((c) => c.id === r.source);
    const tgt = run.concepts.find((c) => c.id === r.target);
    if (!src || !tgt) continue;
    for (const f of [src.label, ...src.aliases.map((a) => a.text)]) {
      const tf = [tgt.label, ...tgt.aliases.map((a) => a.text)].find((t) => f.toLowerCase().endsWith(t.toLowerCase()) && f.length > t.length);
      if (!tf) continue;
      const modifier = f.slice(0, f.length - tf.length).trim();
      const shape = /\p{Script=Han}/u.test(modifier) ? 'han' : /^[A-Z]/u.test(modifier) || /.[A-Z0-9]/u.test(modifier) ? 'name' : 'lower';
      const g = goldTypes.get(key(r.source, r.target));
      const gt = !g ? 'none' : g.has('instance') ? 'instance' : g.has('broader') ? 'broader' : 'other';
      offer(`compound modifier ${shape} -> gold ${gt}`, gt === 'instance', `${row} ${f} → ${tf}`);
      break;
    }
  }
  // co-members: items one sentence lists as instances/kinds of one head (`常见的有：A、B、C`)
  {
    const groups = new Map<string, string[]>();
    for (const r of run.relations ?? []) {
      if (r.type !== 'instance' && r.type !== 'broader') continue;
      for (const e of r.evidence.slice(0, 1)) {
        const k = `${r.type}|${r.target}|${e.note}|${e.line}|${e.text}`;
        (groups.get(k) ?? groups.set(k, []).get(k)!).push(r.source);
      }
    }
    for (const [k, members] of groups) {
      const m = [...new Set(members)];
      if (m.length < 2) continue;
      const structural = k.includes('›') || k.includes('| ');
      const fam2 = `co-members ${structural ? 'struct' : 'sentence'} ${m.length > 4 ? '5+' : m.length}`;
      for (let i = 0; i < m.length; i++) for (let j = i + 1; j < m.length; j++) typed(fam2, 'compared', m[i], m[j], k.split('|').slice(4).join('|'));
    }
  }
  // acronym variants: one token another's with 1–2 letters added before or after (QLoRA/LoRA, BM25F/BM25, ZGC/GC)
  {
    const tokens: Array<[string, string]> = [];
    for (const c of run.concepts) for (const f of [c.label, ...c.aliases.map((a) => a.text)]) if (/^[A-Za-z0-9+]+$/u.test(f) && /[A-Z]/u.test(f)) tokens.push([c.id, f]);
    for (const [a, fa] of tokens) for (const [b, fb] of tokens) {
      if (a === b || fb.length - fa.length < 1 || fb.length - fa.length > 2 || fa.length < 2) continue;
      const pos = fb.endsWith(fa) ? 'prefix-added' : fb.startsWith(fa) ? 'suffix-added' : '';
      if (!pos) continue;
      typed(`acronym ${pos}${fa.length === 2 ? ' (2-letter base)' : ''}`, 'broader', b, a, `${fb} / ${fa}`);
    }
  }
  for (const note of run.notes) {
    const byB = new Map<number, MentionHit[]>();
    for (const h of (hits.get(note.id) ?? []) as MentionHit[]) (byB.get(h.block) ?? byB.set(h.block, []).get(h.block)!).push(h);
    for (const [b, hs] of byB) {
      if (note.blocks[b].kind === 'heading') continue;
      hs.sort((x, y) => x.position.offset - y.position.offset);
      const pairsS = new Set<string>();
      const pairsP = new Set<string>();
      const subj = new Set<string>();
      let sentenceStart = 0;
      for (let i = 0; i < hs.length; i++) {
        if (i > 0 && /[.。!?！？;；\n]/u.test(note.text.slice(hs[i - 1].position.offset + hs[i - 1].length, hs[i].position.offset))) sentenceStart = i;
        for (let j = 0; j < i; j++) {
          if (hs[i].concept === hs[j].concept) continue;
          const k = key(hs[i].concept, hs[j].concept);
          pairsP.add(k);
          if (j >= sentenceStart) {
            pairsS.add(k);
            if (j === sentenceStart) subj.add(k);
          }
        }
      }
      for (const k of pairsP) {
        const v = shared.get(k) ?? shared.set(k, { s: 0, p: 0, subj: 0, text: note.blocks[b].text }).get(k)!;
        v.p++;
        if (pairsS.has(k)) v.s++;
        if (subj.has(k)) v.subj++;
      }
    }
  }
  for (const [k, v] of shared) {
    if (related.has(k)) continue;
    const [a, b] = k.split('|');
    consider(`pair sentences ${Math.min(v.s, 3)}${v.s >= 3 ? '+' : ''}`, a, b, v.text);
    consider(`pair paragraphs ${Math.min(v.p, 3)}${v.p >= 3 ? '+' : ''}`, a, b, v.text);
    if (v.subj) consider(`pair subject-sentences ${Math.min(v.subj, 2)}${v.subj >= 2 ? '+' : ''}`, a, b, v.text);
  }
  for (const note of run.notes) {
    const list = [...(hits.get(note.id) ?? [])] as MentionHit[];
    const byBlock = new Map<number, MentionHit[]>();
    for (const h of list) (byBlock.get(h.block) ?? byBlock.set(h.block, []).get(h.block)!).push(h);
    for (const [b, hs] of byBlock) {
      const block = note.blocks[b];
      if (block.kind === 'heading') continue;
      hs.sort((x, y) => x.position.offset - y.position.offset);
      for (let i = 0; i < hs.length; i++) {
        for (let j = i + 1; j < hs.length; j++) {
          const between = note.text.slice(hs[i].position.offset + hs[i].length, hs[j].position.offset);
          const sameSentence = !/[.。!?！？;；\n]/u.test(between);
          if (j === i + 1 && sameSentence && /\b(?:replac(?:ed|es|ing)|supersed(?:ed|es)|successor|predecessor)\b|取代|替代|代替|替换成|换成/iu.test(between)) typed(`replace ${block.kind}`, 'compared', hs[i].concept, hs[j].concept, block.text);
          if (j === i + 1 && sameSentence && /\b(?:prefer(?:red)?|over)\b/iu.test(between) && /\bover\b/iu.test(between)) typed(`prefer-over ${block.kind}`, 'compared', hs[i].concept, hs[j].concept, block.text);
          if (j === i + 1 && sameSentence && /相当于|类似于?|looks? like|similar to|akin to|equivalent (?:of|to)|counterpart/iu.test(between)) typed(`similar ${block.kind}`, 'compared', hs[i].concept, hs[j].concept, block.text);
          if (j === i + 1 && /^\s*的\s*$/u.test(between)) typed(`possessive 的 ${block.kind}`, 'related', hs[i].concept, hs[j].concept, block.text);
          if (j === i + 1 && /^\s*(?:'s|’s)\s*$/u.test(between)) typed(`possessive 's ${block.kind}`, 'related', hs[i].concept, hs[j].concept, block.text);
          if (j === i + 1 && /^\s+of\s+(?:the\s+|a\s+|an\s+)?$/u.test(between)) typed(`of ${block.kind}`, 'related', hs[i].concept, hs[j].concept, block.text);
          if (j === i + 1 && /^\s*[（(]\s*$/u.test(between)) typed(`paren ${block.kind}`, 'related', hs[i].concept, hs[j].concept, block.text);
          if (j === i + 1 && /^\s*(?:in|inside|within|里|中|内)\s*$/u.test(between)) typed(`in ${block.kind}`, 'related', hs[i].concept, hs[j].concept, block.text);
          if (j === i + 1 && /^\s*$/u.test(between)) typed(`juxtaposed ${block.kind}`, 'related', hs[i].concept, hs[j].concept, block.text);
          if (j === i + 1 && /^\s*\/\s*$/u.test(between)) typed(`slash ${block.kind}`, 'compared', hs[i].concept, hs[j].concept, block.text);
          if (j === i + 1 && /^\s*(?:vs\.?|versus)\s*$/iu.test(between)) typed(`vs ${block.kind}`, 'compared', hs[i].concept, hs[j].concept, block.text);
          const kind = block.kind;
          if (sameSentence) {
            const adjacent = j === i + 1;
            consider(`sentence ${kind}${adjacent ? ' adjacent' : ''}`, hs[i].concept, hs[j].concept, block.text);
            consider(`sentence ${kind} any`, hs[i].concept, hs[j].concept, block.text);
          } else consider(`block ${kind} other sentence`, hs[i].concept, hs[j].concept, block.text);
        }
      }
    }
    // note topic: concept named by the title / depth-1 heading
    const titleBlock = note.blocks.findIndex((bl) => bl.kind === 'heading' && note.sections[bl.section]?.depth === 1);
    const titleHits = titleBlock >= 0 ? (byBlock.get(titleBlock) ?? []) : [];
    if (titleHits.length === 1) {
      const t = titleHits[0].concept;
      const counts = new Map<string, number>();
      for (const h of list) if (note.blocks[h.block].kind !== 'heading') counts.set(h.concept, (counts.get(h.concept) ?? 0) + 1);
      for (const [c, n] of counts) consider(`title topic x prose concept${n >= 2 ? ' (2+)' : ''}`, t, c, note.title);
    }
    // consecutive term items (a block opening with a concept, then a gloss and a colon or dash)
    let prevItem: { c: string; b: number; section: number; text: string } | undefined;
    const headOf = (label: string) => { const k = label.toLowerCase(); if (/\p{Script=Han}$/u.test(k)) return k.length >= 2 ? k.slice(-1) : ''; const at = Math.max(k.lastIndexOf(' '), k.lastIndexOf('-')); return at > 0 ? k.slice(at + 1) : ''; };
    for (let b = 0; b < note.blocks.length; b++) {
      const block = note.blocks[b];
      const hs = (byBlock.get(b) ?? []).slice().sort((x, y) => x.position.offset - y.position.offset);
      const first = hs[0];
      const startIn = first ? block.text.indexOf(first.surface) : -1;
      const isItem = block.kind === 'paragraph' && first && startIn >= 0 && startIn <= 4 && /^\s*(?:[（(][^（()）\n]{0,80}[）)]\s*)?(?:[：:]|[-–—]{1,2}\s)/u.test(block.text.slice(startIn + first.surface.length, startIn + first.surface.length + 90));
      if (!isItem) {
        if (block.kind === 'heading' || block.kind === 'paragraph') prevItem = undefined;
        continue;
      }
      {
        const colonAt = block.text.slice(startIn + first.surface.length).search(/[：:]|[-–—]{1,2}\s/u) + startIn + first.surface.length;
        for (const h of hs.slice(1)) {
          const at = block.text.indexOf(h.surface, colonAt);
          if (at < 0) break;
          const between = block.text.slice(colonAt + 1, at);
          const after = block.text.slice(at + h.surface.length, at + h.surface.length + 12);
          if (/[,，.。;；:：()（）]/u.test(between) || between.trim().split(/\s+/u).filter(Boolean).length > 3 || between.length > 30) break;
          const ends = /^\s*(?:$|[,，.。;；:：(（]|\s(?:that|which|with|for|where|used|in|on)\b)/u.test(after);
          if (!ends) continue;
          const g = `genus ${/\p{Script=Han}/u.test(block.text) ? 'zh' : 'en'}${between.trim() === '' ? ' bare' : ''}`;
          typed(g, 'broader', first.concept, h.concept, block.text);
          typed(g + ' (inst)', 'instance', first.concept, h.concept, block.text);
          break;
        }
      }
      if (prevItem && prevItem.b === b - 1 && prevItem.section === block.section && prevItem.c !== first.concept) {
        const same = headOf(label.get(prevItem.c) ?? '') !== '' && headOf(label.get(prevItem.c) ?? '') === headOf(label.get(first.concept) ?? '');
        typed(`consecutive items${same ? ' same head' : ''}`, 'compared', prevItem.c, first.concept, `${prevItem.text.slice(0, 100)} // ${block.text.slice(0, 100)}`);
      }
      prevItem = { c: first.concept, b, section: block.section, text: block.text };
    }
    // table rows: first cell's concept × the concept opening another cell, by that column's header
    for (const table of note.tables) {
      const cellsOnLine = new Map<number, number[]>();
      for (let b = 0; b < note.blocks.length; b++) if (note.blocks[b].kind === 'table-cell') (cellsOnLine.get(note.blocks[b].line) ?? cellsOnLine.set(note.blocks[b].line, []).get(note.blocks[b].line)!).push(b);
      for (const [line, cells] of cellsOnLine) {
        if (line <= table.line + 1 || line > table.line + 1 + table.rows.length) continue;
        const firstHits = (byBlock.get(cells[0]) ?? []).slice().sort((x, y) => x.position.offset - y.position.offset);
        const head = firstHits[0];
        if (!head || note.blocks[cells[0]].text.trim().length > head.surface.length + 2) continue;
        for (let k = 1; k < cells.length; k++) {
          const hs = (byBlock.get(cells[k]) ?? []).slice().sort((x, y) => x.position.offset - y.position.offset);
          const opener = hs[0];
          if (!opener || note.blocks[cells[k]].text.indexOf(opener.surface) > 1) continue;
          const header = table.header[k] ?? '';
          const kindHeader = /类型|类别|种类|分类|架构|属于|type|kind|category|class|family|architecture/iu.test(header);
          typed(`table cell opener${kindHeader ? ' kind-header' : ''}`, 'instance', head.concept, opener.concept, `[${header}] ${note.blocks[cells[0]].text} | ${note.blocks[cells[k]].text}`);
          typed(`table cell opener${kindHeader ? ' kind-header' : ''} (broader)`, 'broader', head.concept, opener.concept, `[${header}] ${note.blocks[cells[0]].text} | ${note.blocks[cells[k]].text}`);
        }
      }
    }
    const headingConcept0 = (section: number): string | undefined => {
      const b = note.blocks.findIndex((bl) => bl.kind === 'heading' && bl.section === section);
      const hs = b < 0 ? [] : byBlock.get(b) ?? [];
      const set = new Set(hs.map((h) => h.concept));
      return set.size === 1 ? hs[0].concept : undefined;
    };
    // headings that list concepts only
    for (const [b, hs0] of byBlock) {
      const block = note.blocks[b];
      if (block.kind !== 'heading') continue;
      const hs = hs0.slice().sort((x, y) => x.position.offset - y.position.offset);
      if (hs.length < 2) continue;
      const text = block.text;
      let at = 0;
      const starts = hs.map((h) => text.indexOf(h.surface));
      if (starts.some((x) => x < 0)) continue;
      const lead = text.slice(0, starts[0]);
      if (!/^[\s\d.、()（）一二三四五六七八九十]*(?:[^：:]{0,12}[：:])?\s*$/u.test(lead)) continue;
      let ok = true;
      for (let k = 1; k < hs.length; k++) {
        const gap = text.slice(starts[k - 1] + hs[k - 1].surface.length, starts[k]);
        if (!/^\s*(?:[、,，/／&]|vs\.?|versus|and|or|与|和|及|或|对比)\s*$/iu.test(gap)) ok = false;
      }
      const tail = text.slice(starts[hs.length - 1] + hs[hs.length - 1].surface.length);
      if (!ok || !/^\s*(?:[（(][^）)]*[）)])?\s*$/u.test(tail)) continue;
      at = hs.length;
      {
        const parent = note.sections[block.section]?.parent;
        const pc = parent === undefined ? undefined : headingConcept0(parent);
        const pd = parent === undefined ? 0 : note.sections[parent].depth;
        if (pc) for (const h of hs) if (h.concept !== pc) { typed(`list heading under concept d${pd}`, 'broader', h.concept, pc, `${note.sections[parent!].title} › ${text}`); typed(`list heading under concept d${pd} (inst)`, 'instance', h.concept, pc, `${note.sections[parent!].title} › ${text}`); }
      }
      const distinct = [...new Set(hs.map((h) => h.concept))];
      for (let i = 0; i < distinct.length; i++) for (let j = i + 1; j < distinct.length; j++) typed(`heading list ${Math.min(at, 4)}${at >= 4 ? '+' : ''}`, 'compared', distinct[i], distinct[j], text);
    }
    // heading nesting: a section heading naming one concept over a direct sub-section heading naming one other
    const headingConcept = new Map<number, string>();
    for (const [b, hs] of byBlock) if (note.blocks[b].kind === 'heading' && new Set(hs.map((h) => h.concept)).size === 1) headingConcept.set(note.blocks[b].section, hs[0].concept);
    for (const [section, c] of headingConcept) {
      const parent = note.sections[section]?.parent;
      if (parent === undefined) continue;
      const p = headingConcept.get(parent);
      if (!p) continue;
      const pd = note.sections[parent].depth;
      typed(`nest parent d${pd}`, 'broader', c, p, `${note.sections[parent].title} › ${note.sections[section].title}`);
      typed(`nest parent d${pd} (instance)`, 'instance', c, p, `${note.sections[parent].title} › ${note.sections[section].title}`);
    }
    // section heading topic × concepts in its first paragraph
    for (const [b, hs] of byBlock) {
      const block = note.blocks[b];
      if (block.kind !== 'heading' || hs.length !== 1) continue;
      const depth = note.sections[block.section]?.depth ?? 0;
      const next = note.blocks[b + 1];
      if (!next || next.kind === 'heading') continue;
      for (const h of byBlock.get(b + 1) ?? []) consider(`heading(d${depth}) x first block ${next.kind}`, hs[0].concept, h.concept, `# ${block.text} / ${next.text}`);
    }
  }
}
for (const [f, v] of [...fam].sort()) if (f.startsWith('TYPE')) console.log(`${f.padEnd(48)} n ${v.n}  gold-instance ${v.ex.filter((x) => x === 'instance').length}  gold-broader ${v.ex.filter((x) => x === 'broader').length}`);
for (const [f, v] of [...fam].sort()) if (!f.startsWith('TYPE')) console.log(`${f.padEnd(48)} ${String(v.n).padStart(5)} gold ${String(v.gold).padStart(4)}  ${(v.gold / v.n).toFixed(2)}`);
for (const f of verbose) for (const line of fam.get(f)?.ex ?? []) console.log(line);

function key(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
function conceptIds(gold: Gold, concepts: Concept[]): (label: string) => string[] {
  return (label) => {
    const entry = gold.concepts.find((c) => c.label.toLowerCase() === label.toLowerCase());
    const keys = new Set([label, ...(entry?.aliases ?? [])].map((text) => normaliseKey(text)));
    return concepts.filter((c) => [c.label, ...c.aliases.map((x) => x.text)].some((text) => keys.has(normaliseKey(text)))).map((c) => c.id);
  };
}
