/**
 * Part-of-speech tags of short terms (a heading part, a label, a gloss, a definition's subject), memoised for
 * one extraction run: the same terms recur across a vault's headings and definitions, and each jieba call
 * costs far more than a map lookup. Only terms are memoised, never running text (clauses, sentences), and the
 * memo lives only as long as the segmenter returned by withTermMemo.
 */
import type { Segmenter, TaggedWord } from './segmenter.js';

/** Terms are short; anything longer is text and is tagged afresh. */
const MAX_TERM = 32;

interface TermSegmenter extends Segmenter {
  tagTerm(term: string): readonly TaggedWord[];
}

/** `segmenter` plus a memo of its tags of short terms; its own cut() and tag() are unchanged. */
export function withTermMemo(segmenter: Segmenter): Segmenter {
  const memo = new Map<string, readonly TaggedWord[]>();
  const tagTerm = (term: string): readonly TaggedWord[] => {
    if (term.length > MAX_TERM) return segmenter.tag(term);
    let tags = memo.get(term);
    if (tags === undefined) {
      tags = segmenter.tag(term);
      memo.set(term, tags);
    }
    return tags;
  };
  const memoised: TermSegmenter = { cut: (text) => segmenter.cut(text), tag: (text) => segmenter.tag(text), tagTerm };
  return memoised;
}

/** The tags of a term: memoised when the segmenter comes from withTermMemo. Callers must not mutate the result. */
export function tagTerm(segmenter: Segmenter, term: string): readonly TaggedWord[] {
  return 'tagTerm' in segmenter ? (segmenter as TermSegmenter).tagTerm(term) : segmenter.tag(term);
}
