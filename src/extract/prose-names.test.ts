import { describe, expect, it } from 'vitest';
import { extractCandidates } from './index.js';
import { find, note } from './testing.js';

const score = (text: string, surface: string) => find(extractCandidates([note(text)], []), surface, 'statistical')?.score ?? 0;

describe('Latin names in Chinese prose', () => {
  it('takes a lower-case word standing alone in Chinese paragraphs for a term', () => {
    const text = ['# 缓存笔记', '', '每个分片都有一个 primary，写请求先到 primary。', '', '其他副本从 primary 复制数据，落后太多就被踢掉。'].join('\n');
    expect(score(text, 'primary')).toBeGreaterThanOrEqual(0.5);
  });

  it('leaves the words of an English gloss, of code and of short abbreviations alone', () => {
    const gloss = ['# 排序', '', '把元素往上挪，叫上浮（bubble）。', '', '再往下挪，叫下沉（bubble）。', '', '两步合起来（bubble）就是调整。'].join('\n');
    expect(score(gloss, 'bubble')).toBeLessThan(0.5);
    const code = ['# 配置', '', '先设置 `retries` 参数。', '', '再检查 `retries` 是否生效。', '', '最后看 `retries` 的日志。'].join('\n');
    expect(score(code, 'retries')).toBeLessThan(0.5);
    const short = ['# 笔记', '', '这里的 key 很重要。', '', '每个 key 都唯一。', '', '删除 key 要小心。'].join('\n');
    expect(score(short, 'key')).toBeLessThan(0.5);
  });
});
