import { describe, expect, it } from 'vitest';
import { KEPT_FROM, englishFrequency } from './english-background.js';

describe('englishFrequency', () => {
  it('reads everyday words as frequent and technical ones as rare (0 below KEPT_FROM)', () => {
    expect(englishFrequency('build')).toBe(2452);
    expect(englishFrequency('push')).toBe(3598);
    expect(englishFrequency('parser')).toBe(0); // 1 in the list
    expect(englishFrequency('mutex')).toBe(0); // not in the list
    expect(englishFrequency('cache')).toBe(0); // 31 < KEPT_FROM
    expect(KEPT_FROM).toBeGreaterThan(31);
  });
  it('ignores case and counts a plural with its singular', () => {
    expect(englishFrequency('Build')).toBe(englishFrequency('build'));
    expect(englishFrequency('cookies')).toBe(englishFrequency('cookie') + 913);
    expect(englishFrequency('policies')).toBeGreaterThan(englishFrequency('policy'));
    // -ss, -us, -is words are no plurals: status is not stat + us.
    expect(englishFrequency('status')).toBe(750);
  });
});
