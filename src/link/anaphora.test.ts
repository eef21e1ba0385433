import { describe, expect, it } from 'vitest';
import { mayPointBack } from './anaphora.js';

describe('mayPointBack', () => {
  it('passes every form of the cue', () => {
    for (const text of ['PNG、GIF 都属于这一类', 'JPEG 和 WebP 都是此类', '它们归入该种', 'PNG 属于这类', 'they all belong to THIS family', 'are of thiſ kind']) expect(mayPointBack(text)).toBe(true);
  });

  it('fails sentences that hold only the cue bit’s characters', () => {
    for (const text of ['两类任务', '这是一种协议', 'thick clients', 'three kinds of index', 'th', '这']) expect(mayPointBack(text)).toBe(false);
  });
});
