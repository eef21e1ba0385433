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

/** `segmenter` plus a memo of its tags of short terms; its own cut(), tag(), tagOf(), cutBlocks() and cutBlockEnds() are unchanged. */
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
  const memoised: TermSegmenter = {
    cut: (text) => segmenter.cut(text),
    tag: (text) => segmenter.tag(text),
    tagOf: segmenter.tagOf,
    cutBlocks: segmenter.cutBlocks,
    cutBlockEnds: segmenter.cutBlockEnds,
    tagTerm,
  };
  return memoised;
}

/** The tags of a term: memoised when the segmenter comes from withTermMemo. Callers must not mutate the result. */
export function tagTerm(segmenter: Segmenter, term: string): readonly TaggedWord[] {
  return 'tagTerm' in segmenter ? (segmenter as TermSegmenter).tagTerm(term) : segmenter.tag(term);
}

/**
 * `segmenter`, with `texts` cut ahead of time in one call into jieba (cutBlocks): its tag() of one of them then
 * makes no call of its own. Each call into jieba has a fixed cost that weighed more than the cut of a short clause,
 * and a pass that walks back from many parentheses of a note knows the clauses before it reads them. The table
 * lives as long as the returned segmenter (one note); tag() of any other text, and tagTerm(), are as before.
 * The tags are the same: tag() is cut() with tagOf() of each token, and cutBlocks() cuts each text as cut() does.
 */
export function withPrecut(segmenter: Segmenter, texts: readonly string[]): Segmenter {
  const { cutBlocks, tagOf } = segmenter;
  if (!cutBlocks || !tagOf || texts.length < 2) return segmenter;
  const { words, starts, ends } = cutBlocks(texts);
  const at = new Map<string, number>();
  for (let i = 0; i < texts.length; i++) if (!at.has(texts[i])) at.set(texts[i], i);
  const tag = (text: string): TaggedWord[] => {
    const i = at.get(text);
    if (i === undefined) return segmenter.tag(text);
    const tagged: TaggedWord[] = [];
    for (let k = starts[i]; k < ends[i]; k++) tagged.push({ word: words[k], tag: tagOf(words[k]) });
    return tagged;
  };
  const precut: TermSegmenter = { cut: (text) => segmenter.cut(text), tag, tagOf, cutBlocks, tagTerm: (term) => tagTerm(segmenter, term) };
  return precut;
}
