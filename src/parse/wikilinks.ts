/**
 * `[[Target]]` and `[[Target|label]]` as a micromark syntax extension, so a wikilink is read before emphasis,
 * autolinks or link labels can take its characters apart: `[[__init__]]` names the target `__init__`, not a
 * bold `init`. Inside a GFM table the pipe is written `\|` (`[[Target\|label]]`), as Obsidian does, because the
 * table splits cells at a bare `|` before inline text is read.
 * The resulting mdast node is `{ type: 'wikiLink', target, label?, value, position }`, with exact positions.
 */
import type { Processor } from 'unified';
import type { CompileContext, Extension as FromMarkdownExtension, Token as MdastToken } from 'mdast-util-from-markdown';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

export interface WikiLinkNode {
  type: 'wikiLink';
  target: string;
  label?: string;
  /** What the link shows (label, else target): mdast-util-to-string reads it, so a heading or table cell holding a wikilink keeps its text. */
  value: string;
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
  data?: Record<string, unknown>;
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    wikiLink: 'wikiLink';
    wikiLinkMarker: 'wikiLinkMarker';
    wikiLinkTarget: 'wikiLinkTarget';
    wikiLinkSeparator: 'wikiLinkSeparator';
    wikiLinkLabel: 'wikiLinkLabel';
  }
}

const LEFT_BRACKET = 91;
const RIGHT_BRACKET = 93;
const PIPE = 124;
const BACKSLASH = 92;
/** Longer than any note name or label: a `[[` left open in prose fails fast instead of scanning the paragraph. */
const MAX_PART = 400;

/** A character that may not appear in a target or a label: brackets, line endings (codes below -2), end of input. */
function isStop(code: Code): boolean {
  return code === null || code === LEFT_BRACKET || code === RIGHT_BRACKET || code < -2;
}

/** Spaces and tabs (micromark gives a tab as -2, followed by virtual spaces, -1). */
function isBlank(code: Code): boolean {
  return code === 32 || code === -2 || code === -1;
}

const wikiLinkConstruct: Construct = { name: 'wikiLink', tokenize: tokenizeWikiLink, add: 'before' };

function tokenizeWikiLink(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let size = 0;
  let hasText = false;
  return start;

  function start(code: Code): State | undefined {
    if (code !== LEFT_BRACKET) return nok(code);
    effects.enter('wikiLink');
    effects.enter('wikiLinkMarker');
    effects.consume(code);
    return secondOpen;
  }

  function secondOpen(code: Code): State | undefined {
    if (code !== LEFT_BRACKET) return nok(code);
    effects.consume(code);
    effects.exit('wikiLinkMarker');
    effects.enter('wikiLinkTarget');
    return target;
  }

  function target(code: Code): State | undefined {
    if (code === PIPE) return separator(code);
    if (code === BACKSLASH && hasText) {
      // `\|` separates target and label in a table cell; any other backslash is part of the target.
      return effects.attempt({ tokenize: tokenizeEscapedPipe, partial: true }, separatorDone, plainTarget)(code);
    }
    if (code === RIGHT_BRACKET) return endTarget(code);
    return plainTarget(code);
  }

  function plainTarget(code: Code): State | undefined {
    if (isStop(code) || ++size > MAX_PART) return nok(code);
    if (!isBlank(code)) hasText = true;
    effects.consume(code);
    return target;
  }

  function endTarget(code: Code): State | undefined {
    if (!hasText) return nok(code);
    effects.exit('wikiLinkTarget');
    return close(code);
  }

  function separator(code: Code): State | undefined {
    if (!hasText) return nok(code);
    effects.exit('wikiLinkTarget');
    effects.enter('wikiLinkSeparator');
    effects.consume(code);
    return separatorDone;
  }

  function separatorDone(code: Code): State | undefined {
    if (code === RIGHT_BRACKET) return nok(code); // `[[Target|]]` is not a link
    effects.exit('wikiLinkSeparator');
    effects.enter('wikiLinkLabel');
    size = 0;
    return label(code);
  }

  function label(code: Code): State | undefined {
    if (code === RIGHT_BRACKET) {
      effects.exit('wikiLinkLabel');
      return close(code);
    }
    if (isStop(code) || ++size > MAX_PART) return nok(code);
    effects.consume(code);
    return label;
  }

  function close(code: Code): State | undefined {
    effects.enter('wikiLinkMarker');
    effects.consume(code);
    return secondClose;
  }

  function secondClose(code: Code): State | undefined {
    if (code !== RIGHT_BRACKET) return nok(code);
    effects.consume(code);
    effects.exit('wikiLinkMarker');
    effects.exit('wikiLink');
    return ok;
  }
}

/** `\|`, entered as the separator token (the table already left the backslash in the cell's text). */
function tokenizeEscapedPipe(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return start;
  function start(code: Code): State | undefined {
    effects.exit('wikiLinkTarget');
    effects.enter('wikiLinkSeparator');
    effects.consume(code);
    return pipe;
  }
  function pipe(code: Code): State | undefined {
    if (code !== PIPE) return nok(code);
    effects.consume(code);
    return ok;
  }
}

export const wikiLinkSyntax: Extension = { text: { [LEFT_BRACKET]: wikiLinkConstruct } };

export const wikiLinkFromMarkdown: FromMarkdownExtension = {
  enter: {
    wikiLink(this: CompileContext, token: MdastToken) {
      const node: WikiLinkNode = { type: 'wikiLink', target: '', value: '' };
      this.enter(node as never, token);
    },
  },
  exit: {
    wikiLinkTarget(this: CompileContext, token: MdastToken) {
      current(this).target = this.sliceSerialize(token).trim();
    },
    wikiLinkLabel(this: CompileContext, token: MdastToken) {
      current(this).label = this.sliceSerialize(token).trim() || undefined;
    },
    wikiLink(this: CompileContext, token: MdastToken) {
      const node = current(this);
      node.value = node.label ?? node.target;
      this.exit(token);
    },
  },
};

function current(context: CompileContext): WikiLinkNode {
  return context.stack[context.stack.length - 1] as unknown as WikiLinkNode;
}

/** The unified plugin: registers the syntax and its mdast node with remark-parse. */
export function remarkWikiLinks(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: Extension[]; fromMarkdownExtensions?: FromMarkdownExtension[] };
  (data.micromarkExtensions ??= []).push(wikiLinkSyntax);
  (data.fromMarkdownExtensions ??= []).push(wikiLinkFromMarkdown);
}
