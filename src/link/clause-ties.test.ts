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
