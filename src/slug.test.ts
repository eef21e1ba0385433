import { describe, expect, it } from 'vitest';
import { noteSlug, safeSlug, SlugAllocator, slugify } from './slug.js';

describe('slugify', () => {
  it.each([
    ['容器', '容器'],
    ['Docker 镜像', 'docker-镜像'],
    ['1.2.1 全虚拟化架构', '1-2-1-全虚拟化架构'],
    ['Virtual Machine Monitor (VMM)', 'virtual-machine-monitor-vmm'],
    ['ＦＵＬＬ　Width', 'full-width'],
    ['写时复制（copy-on-write）', '写时复制-copy-on-write'],
    ['a/b\\c..d:e*f?g"h<i>j|k', 'a-b-c-d-e-f-g-h-i-j-k'],
    ["Docker's image", 'dockers-image'],
    ['  --trim--  ', 'trim'],
    ['Ünïcödé', 'ünïcödé'],
    ['日本語のノート', '日本語のノート'],
    ['C#', 'c-sharp'],
    ['C++', 'c-plus-plus'],
    ['C++ 模板', 'c-plus-plus-模板'],
    ['g++ 编译器', 'g-plus-plus-编译器'],
    ['A + B', 'a-b'],
    ['#tag', 'tag'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('caps long slugs at 80 characters without a trailing dash', () => {
    const slug = slugify('虚'.repeat(200));
    expect(Array.from(slug)).toHaveLength(80);
    expect(slugify(`${'a'.repeat(79)} b`)).toBe('a'.repeat(79));
  });
});

describe('safeSlug', () => {
  it('falls back to a stable hash when nothing is left', () => {
    expect(safeSlug('🎉🎉', 'note')).toMatch(/^note-[0-9a-f]{8}$/);
    expect(safeSlug('🎉🎉', 'note')).toBe(safeSlug('🎉🎉', 'note'));
    expect(safeSlug('???', 'note')).not.toBe(safeSlug('!!!', 'note'));
  });

  it.each(['index', '__proto__', 'constructor', 'CON', '..'])('escapes the reserved name %s', (name) => {
    const slug = safeSlug(name, 'concept');
    expect(slug).not.toBe(name.toLowerCase());
    expect(slug.length).toBeGreaterThan(0);
  });
});

describe('SlugAllocator', () => {
  it('suffixes collisions in arrival order, including case-only and width-only ones', () => {
    const allocator = new SlugAllocator();
    expect(['Docker', 'docker', 'ＤＯＣＫＥＲ'].map((t) => allocator.allocate(slugify(t)))).toEqual(['docker', 'docker-2', 'docker-3']);
  });

  it('never hands out a suffix that an earlier title already used', () => {
    const allocator = new SlugAllocator();
    expect(['a-2', 'a', 'a'].map((t) => allocator.allocate(t))).toEqual(['a-2', 'a', 'a-3']);
  });
});

describe('noteSlug', () => {
  it('keeps folders and drops the extension', () => {
    expect(noteSlug('kubernetes/Kubernetes Basics.md')).toBe('kubernetes/kubernetes-basics');
    expect(noteSlug('虚拟化概述.markdown')).toBe('虚拟化概述');
  });

  it('cannot escape the notes folder', () => {
    expect(noteSlug('../../etc/passwd.md').split('/')).not.toContain('..');
  });
});
