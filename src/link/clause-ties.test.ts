import { describe, expect, it } from 'vitest';
import type { Concept, Note, Relation } from '../types.js';
import { findMentions } from './find-mentions.js';
import { buildRelations } from './relations.js';
import { concept, note } from './testing.js';

function relate(notes: Note[], concepts: Concept[]): Relation[] {
  const { hits } = findMentions(notes, concepts);
  return buildRelations(notes, concepts, hits);
}
function pairs(relations: Relation[]): string[] {
  return relations.map((r) => `${r.type}:${r.source}>${r.target}`).sort();
}

describe('subject ties', () => {
  it('a sentence opening with a concept ties it to the concepts of its first clause, once seen together', () => {
    const cs = [concept('Prometheus'), concept('pull model'), concept('time series'), concept('HTTP endpoint'), concept('因子分解机', ['FM']), concept('隐向量'), concept('特征'), concept('内积')];
    // Each concept has a partner of its own elsewhere (so no co-occurrence fallback pairs the ones named once together).
    const filler = ['Prometheus stores each time series.', 'A pull model scrapes an HTTP endpoint.', '因子分解机学习特征。', '隐向量的内积。'].map((t) => `${t}\n\n`).join('').repeat(3);
    const text = `${filler}Prometheus uses a pull model: the server scrapes an HTTP endpoint on each target.\n\n因子分解机（FM）给每个特征学一个隐向量，任意两个特征的交叉权重 = 两个隐向量的内积。\n`;
    const related = relate([note('a', text)], cs).filter((r) => r.type === 'related');
    // The clause ends at the colon after `pull model`, and at the comma after 隐向量.
    expect(related.map((r) => `${r.source}>${r.target}`).sort()).toEqual(['prometheus>pull-model', '因子分解机>隐向量']);
    expect(related[0].evidence[0]).toMatchObject({ note: 'a', line: 25 });
  });

  it('an enumeration’s first item, a mention that does not open the sentence and a chain of stages tie nothing', () => {
    const cs = [concept('Kafka'), concept('RabbitMQ'), concept('消息队列'), concept('Loki'), concept('LogQL'), concept('lexer'), concept('parser')];
    const text = 'Kafka、RabbitMQ 都是常见的消息队列。\n\nWith Loki the text is grepped with LogQL.\n\nlexer → parser\n';
    expect(pairs(relate([note('b', text)], cs)).filter((p) => p.startsWith('related:'))).toEqual([]);
  });

  it('a pair some other builder already related gets no second edge', () => {
    const cs = [concept('containerd'), concept('runc')];
    const rels = relate([note('c', 'containerd is based on runc.\n\ncontainerd calls runc.\n')], cs);
    expect(pairs(rels)).toEqual(['related:containerd>runc']);
    expect(rels[0].weight).toBe(0.8);
  });
});

describe('subject ties after an outline mark', () => {
  const tied = (text: string, cs: Concept[]) => relate([note('d', text)], cs).filter((r) => r.type === 'related').map((r) => [r.source, r.target].sort().join('~'));
  it('a sentence opened by （3）, (4), ①, 三、 or 第三， still opens with its subject', () => {
    const cases: Array<[string, string, string]> = [
      ['（3）发布确认：把确认回给生产者。', '发布确认', '生产者'],
      ['(4) 心跳：由 Leader 定期发送。', '心跳', 'Leader'],
      ['① 点对点模型：一条消息只被一个消费者处理。', '点对点模型', '消费者'],
      ['三、延迟队列靠定时器实现。', '延迟队列', '定时器'],
      ['第三，幂等让重试安全。', '幂等', '重试'],
    ];
    for (const [text, a, b] of cases) expect(tied(`${text}\n`, [concept(a), concept(b)])).toEqual([[concept(a).id, concept(b).id].sort().join('~')]);
  });

  it('an opening bracket that is no outline number is not a subject prefix', () => {
    expect(tied('（注）发布确认：把确认回给生产者。\n', [concept('发布确认'), concept('生产者')])).toEqual([]);
  });
});
