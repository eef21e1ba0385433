import { describe, expect, it } from 'vitest';
import { concept } from '../link/testing.js';
import { evaluate, parseGold } from './evaluate.js';

const gold = parseGold('concepts:\n  - {label: OpenTelemetry, aliases: [OTel]}\n  - {label: span, aliases: []}\nrelations: []\n');

describe('evaluate', () => {
  it('lists a gold concept that several extracted concepts match as split, and counts both as matched', () => {
    const scores = evaluate(gold, [concept('OpenTelemetry'), concept('OTel'), concept('span'), concept('zorp')]);
    expect(scores.splitConcepts).toEqual(['OpenTelemetry | OTel']);
    expect(scores.conceptRecall).toBe(1);
    expect(scores.conceptPrecision).toBe(0.75);
  });
  it('lists nothing when each gold concept is one extracted concept, aliases included', () => {
    expect(evaluate(gold, [concept('OpenTelemetry', ['OTel']), concept('spans')]).splitConcepts).toEqual([]);
  });
  it('lists an extracted concept that several gold concepts match as merged, in concept order', () => {
    const scores = evaluate(gold, [concept('spans'), concept('OpenTelemetry', ['span', 'OTel'])]);
    expect(scores.mergedConcepts).toEqual(['OpenTelemetry ← OpenTelemetry + span']);
    expect(scores.conceptRecall).toBe(1);
    expect(evaluate(gold, [concept('OpenTelemetry', ['OTel']), concept('span')]).mergedConcepts).toEqual([]);
  });
});
