import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Note } from '../types.js';
import { findMentions } from './find-mentions.js';
import { concept, note } from './testing.js';

function expectExact(notes: Note[], hits: ReturnType<typeof findMentions>['hits']): void {
  for (const n of notes) {
    const lines = n.text.split('\n');
    for (const hit of hits.get(n.id) ?? []) {
      expect(n.text.slice(hit.position.offset, hit.position.offset + hit.length)).toBe(hit.surface);
      expect(lines[hit.position.line - 1].slice(hit.position.column - 1, hit.position.column - 1 + hit.length)).toBe(hit.surface);
      const block = n.blocks[hit.block];
      const run = block.runs[hit.run];
      expect(block.text.slice(run.at + hit.index, run.at + hit.index + hit.length)).toBe(hit.surface);
    }
  }
}

describe('findMentions', () => {
  const concepts = [concept('Docker'), concept('容器', ['container']), concept('镜像', ['image']), concept('Docker镜像')];

  it('finds unlinked mentions with exact positions', () => {
    const n = note('a', '# Docker\n\n容器基于镜像启动。Docker镜像很小，\ncontainers and **image**s.\n');
    const { hits, mentions } = findMentions([n], concepts);
    expect(hits.get(n.id)!.toArray().map((h) => h.surface)).toEqual(['Docker', '容器', '镜像', 'Docker镜像', 'containers']);
    expectExact([n], hits);
    expect(mentions.map((m) => `${m.concept}:${m.count}`)).toEqual(['docker:1', 'docker镜像:1', '容器:2', '镜像:1']);
    const container = mentions.find((m) => m.concept === '容器')!;
    expect(container.positions.map((p) => [p.line, p.column])).toEqual([[3, 1], [4, 1]]);
  });

  it('skips code, URLs, link text and HTML', () => {
    const text = [
      '容器 `docker run 镜像` 与 [Docker镜像](https://x.io/镜像) 和 [[Docker]]',
      '',
      '```',
      'docker pull 镜像',
      '```',
      '',
      '<div>镜像</div>',
      '',
      '见 https://docker.com/容器 与 <https://x.io/镜像>',
      '',
    ].join('\n');
    const n = note('b', text);
    const { hits } = findMentions([n], concepts);
    expect(hits.get(n.id)!.toArray().map((h) => h.surface)).toEqual(['容器']);
    expectExact([n], hits);
  });

  it('escapes do not shift offsets', () => {
    const n = note('c', 'a \\*star\\* \\_x Docker and 镜像 here\n');
    const { hits } = findMentions([n], concepts);
    expect(hits.get(n.id)!.toArray().map((h) => h.surface)).toEqual(['Docker', '镜像']);
    expectExact([n], hits);
  });

  it('is deterministic and sorted by note then concept', () => {
    const a = note('z', 'Docker 容器');
    const b = note('a', '镜像 Docker');
    const first = findMentions([a, b], concepts).mentions;
    const second = findMentions([b, a], concepts).mentions;
    expect(first).toEqual(second);
    expect(first.map((m) => `${m.note}/${m.concept}`)).toEqual(['a/docker', 'a/镜像', 'z/docker', 'z/容器']);
  });

  const seed = '/work/shared/seeds/000_2b976d002345cde3.txt';
  it.runIf(existsSync(seed))('maps every hit on the real seed note exactly', () => {
    const n = note('seed', readFileSync(seed, 'utf8'));
    const cs = [...concepts, concept('虚拟化', ['Virtualization']), concept('Hypervisor', ['虚拟机监视器', 'VMM']), concept('VM'), concept('虚拟机')];
    const { hits } = findMentions([n], cs);
    expect(hits.get(n.id)!.length).toBeGreaterThan(100);
    expectExact([n], hits);
    // `VMware` must not yield `VM`; image file names (URLs) must not yield anything.
    expect(hits.get(n.id)!.toArray().filter((h) => h.concept === 'vm').every((h) => n.text.slice(h.position.offset, h.position.offset + 3) !== 'VMw')).toBe(true);
  });
});
