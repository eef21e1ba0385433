import { describe, expect, it } from 'vitest';
import { HitBuffer } from './find-mentions.js';
import { HIT_FIELDS } from './note-hits.js';

describe('HitBuffer', () => {
  it('grows a note larger than a chunk geometrically, not run by run (a 10 MB note has millions of hits)', () => {
    const buffer = new HitBuffer();
    buffer.startNote();
    let reallocations = 0;
    let data = buffer.data;
    const hits = 70_000; // a little more than one chunk (65,536 hits)
    for (let i = 0; i < hits; i++) {
      buffer.reserve(1);
      buffer.data[buffer.length] = i;
      buffer.length += HIT_FIELDS;
      if (buffer.data !== data) {
        reallocations++;
        data = buffer.data;
      }
    }
    // Doubling from one chunk: a handful of copies. Sized to fit, it would reallocate at every run once past a chunk.
    expect(reallocations).toBeLessThan(10);
    const note = buffer.noteData();
    expect(note.length).toBe(hits * HIT_FIELDS);
    expect([note[0], note[HIT_FIELDS], note[(hits - 1) * HIT_FIELDS]]).toEqual([0, 1, hits - 1]);
  });

  it('keeps each finished note in place when the next note starts a new chunk', () => {
    const buffer = new HitBuffer();
    buffer.startNote();
    buffer.reserve(1);
    buffer.data[buffer.length] = 7;
    buffer.length += HIT_FIELDS;
    const first = buffer.noteData();
    buffer.startNote();
    for (let i = 0; i < 100_000; i++) {
      buffer.reserve(1);
      buffer.data[buffer.length] = 9;
      buffer.length += HIT_FIELDS;
    }
    expect(Array.from(first)).toEqual([7, 0, 0, 0, 0]);
    expect(buffer.noteData().length).toBe(100_000 * HIT_FIELDS);
  });
});
