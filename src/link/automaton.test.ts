import { describe, expect, it } from 'vitest';
import type { Concept } from '../types.js';
import { buildAutomaton } from './automaton.js';
import { concept } from './testing.js';

function surfaces(concepts: Concept[], text: string): string[] {
  return buildAutomaton(concepts)
    .scan(text)
    .map((m) => `${text.slice(m.start, m.end)}=${m.concept}`);
}

describe('buildAutomaton', () => {
  it('prefers the longest match at the leftmost position', () => {
    const cs = [concept('虚拟机'), concept('虚拟机监视器'), concept('监视器')];
    expect(surfaces(cs, '虚拟机监视器和虚拟机')).toEqual(['虚拟机监视器=虚拟机监视器', '虚拟机=虚拟机']);
  });

  it('is leftmost first, then non-overlapping', () => {
    const cs = [concept('ab'), concept('bcd')];
    expect(surfaces(cs, 'xx ab bcd abcd')).toEqual(['ab=ab', 'bcd=bcd']);
    const zh = [concept('容器'), concept('器技术')];
    expect(surfaces(zh, '容器技术')).toEqual(['容器=容器']);
  });

  it('finds keys after units that start no key, which the scan passes over at the root', () => {
    const cs = [concept('form'), concept('ware'), concept('virtual machine'), concept('器技术')];
    // `器` starts no key (the scan stays at the root over it) but ends one; `form` and `ware` inside words are no matches.
    expect(surfaces(cs, 'platform VMware form  ware, a virtual   machine；容器器技术')).toEqual(['form=form', 'ware=ware', 'virtual   machine=virtual-machine', '器技术=器技术']);
    expect(surfaces(cs, 'ｐｌａｔｆｏｒｍ ＦＯＲＭ')).toEqual(['ＦＯＲＭ=form']);
  });

  it('matches Chinese inside longer Chinese text (no word boundaries)', () => {
    expect(surfaces([concept('镜像')], '基于镜像来运行，Docker镜像很小')).toEqual(['镜像=镜像', '镜像=镜像']);
  });

  it('respects English word boundaries', () => {
    const cs = [concept('VM'), concept('image'), concept('Docker')];
    expect(surfaces(cs, 'VMware runs a VM; imagery; Docker镜像; dockerd')).toEqual(['VM=vm', 'Docker=docker']);
  });

  it('accepts English plurals s/es/ies and keeps the suffix in the match', () => {
    const cs = [concept('image'), concept('process'), concept('registry'), concept('VM')];
    expect(surfaces(cs, 'images, processes, registries, VMs, imagees')).toEqual([
      'images=image',
      'processes=process',
      'registries=registry',
      'VMs=vm',
    ]);
  });

  it('matches case-insensitively but keeps abbreviations case-sensitive', () => {
    const cs = [concept('Docker'), concept('IT', [{ text: 'IT', lang: 'en', abbreviation: true }])];
    expect(surfaces(cs, 'DOCKER and docker; it is IT')).toEqual(['DOCKER=docker', 'docker=docker', 'IT=it']);
  });

  it('normalises full width and maps offsets back exactly', () => {
    const cs = [concept('Docker'), concept('file system')];
    const text = '用ＤＯＣＫＥＲ和 file\n  system，ﬁ';
    const matches = buildAutomaton(cs).scan(text);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['ＤＯＣＫＥＲ', 'file\n  system']);
    expect(matches[0].start).toBe(1);
  });

  it('never matches half of a character expansion', () => {
    // ﬁ normalises to "fi": an alias "fi" may match it whole, but "if" must not take half of it.
    const cs = [concept('if'), concept('fix')];
    expect(surfaces(cs, 'iﬁx ﬁx')).toEqual(['ﬁx=fix']);
  });

  it('keeps offsets exact when normal forms are longer than the text (buffer growth mid-scan)', () => {
    // ﷺ expands to 18 units under NFKC: many of them push the scan past its first buffer.
    const text = `${'ﷺ'.repeat(200)}容器${'ﷺ'.repeat(100)}容器`;
    const matches = buildAutomaton([concept('容器')]).scan(text);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['容器', '容器']);
    expect(matches.map((m) => m.start)).toEqual([200, 302]);
    // Whatever the prefix length, a key that straddles a growth keeps its true start.
    const auto = buildAutomaton([concept('fixture')]);
    for (let n = 1; n <= 300; n++) {
      const t = `${'ﷺ'.repeat(n)} fixture`;
      expect(auto.scan(t).map((m) => m.start)).toEqual([n + 1]);
    }
  });

  it('handles astral characters and offsets after them', () => {
    const text = '😀容器𠀀容器';
    const matches = buildAutomaton([concept('容器')]).scan(text);
    expect(matches.map((m) => [m.start, m.end])).toEqual([[2, 4], [6, 8]]);
  });

  it('uses context outside the scanned range only as a boundary', () => {
    const text = 'xVM VM';
    const auto = buildAutomaton([concept('VM')]);
    expect(auto.scan(text, 1, 3)).toEqual([]);
    expect(auto.scan(text, 4, 6).map((m) => m.start)).toEqual([4]);
  });

  it('ignores single-character aliases', () => {
    expect(surfaces([concept('C', ['库'])], 'C 语言的库')).toEqual([]);
  });
  it('finds the singular of a plural common-noun label, unless another concept owns it; a capitalised single word is a name', () => {
    const cs = [concept('Unit tests'), concept('write policies'), concept('caches'), concept('Windows'), concept('data hazards'), concept('data hazard')];
    expect(surfaces(cs, 'A unit test, a write policy, one cache, a window, a data hazard.')).toEqual([
      'unit test=unit-tests',
      'write policy=write-policies',
      'cache=caches',
      'data hazard=data-hazard',
    ]);
  });
});
