/**
 * Renders one parsed note to HTML: concept mentions become links (first per section by default), wikilinks
 * resolve to notes or concepts, missing images become a visible placeholder, headings get their section
 * anchors, and raw HTML is sanitised by an allow-list unless the user trusts it.
 */
import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import path from 'node:path';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Options } from '../options.js';
import type { RunTag } from '../parse/collect.js';
import type { WikiLinkNode } from '../parse/wikilinks.js';
import type { Concept, ConceptId, MentionHit, Note } from '../types.js';

export interface RenderContext {
  /** Prefix every site URL with this (the normalised base path). */
  base: string;
  concepts: Map<ConceptId, Concept>;
  linkMentions: Options['linkMentions'];
  trustHtml: boolean;
  /** Site-relative URL (no base) and title of a wikilink target, or undefined when nothing matches. */
  resolveWikiLink: (target: string) => { url: string; title: string } | undefined;
  /** Site-relative URL of a local image that exists. */
  imageUrl: (note: Note, url: string) => string;
}

type AttributeList = NonNullable<typeof defaultSchema.attributes>[string];
/** The default allow-list restricts `class` per element to a few values; ours are allowed everywhere. */
const withClass = (list: AttributeList = []): AttributeList => [
  ...list.filter((entry) => !(Array.isArray(entry) && entry[0] === 'className')),
  'className',
];

const schema = {
  ...defaultSchema,
  // Heading anchors must keep their ids so section links work; ids cannot clobber our script's state.
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id'),
  attributes: {
    ...defaultSchema.attributes,
    '*': withClass(defaultSchema.attributes?.['*']),
    a: [...withClass(defaultSchema.attributes?.a), 'dataConcept'],
    span: withClass(defaultSchema.attributes?.span),
    ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, [...withClass(defaultSchema.attributes?.[h]), 'id']])),
  },
};

const toHtml = {
  safe: unified().use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify).freeze(),
  safeRaw: unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeSanitize, schema).use(rehypeStringify).freeze(),
  trusted: unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true }).freeze(),
};

export function renderNote(note: Note, hits: MentionHit[], context: RenderContext): string {
  const tree = structuredClone(note.tree);
  dropTitleHeading(tree, note.title);
  // Headings are not linked: a link there reads as navigation, and the section's first mention in prose
  // (the one that gets the link) is where a reader wants it.
  const inProse = hits.filter((hit) => note.blocks[hit.block]?.kind !== 'heading');
  linkMentions(tree, note, inProse, context);
  rewriteSpecialNodes(tree, note, context);
  const hasHtml = containsHtml(tree);
  const processor = context.trustHtml ? toHtml.trusted : hasHtml ? toHtml.safeRaw : toHtml.safe;
  const hast = processor.runSync(tree) as HastRoot;
  fixLocalReferences(hast, note, context);
  return processor.stringify(hast);
}

/** The page already shows the title as its h1; a leading `# Title` in the note would repeat it. */
function dropTitleHeading(tree: Root, title: string): void {
  const index = tree.children.findIndex((node) => node.type !== 'yaml');
  const first = tree.children[index];
  if (first?.type !== 'heading' || first.depth !== 1) return;
  const text = first.children.map((child) => ('value' in child ? child.value : '')).join('').trim();
  if (text.toLowerCase() === title.trim().toLowerCase()) tree.children.splice(index, 1);
}

function containsHtml(tree: Root): boolean {
  let found = false;
  visit(tree, 'html', () => {
    found = true;
    return false;
  });
  return found;
}

/** Which hits become links: the first of each concept per section, per note, all, or none. */
function chooseLinked(note: Note, hits: MentionHit[], mode: Options['linkMentions']): Set<MentionHit> {
  if (mode === 'none') return new Set();
  if (mode === 'all') return new Set(hits);
  const seen = new Set<string>();
  const chosen = new Set<MentionHit>();
  for (const hit of hits) {
    const key = mode === 'section' ? `${note.blocks[hit.block]?.section}:${hit.concept}` : hit.concept;
    if (seen.has(key)) continue;
    seen.add(key);
    chosen.add(hit);
  }
  return chosen;
}

function linkMentions(tree: Root, note: Note, hits: MentionHit[], context: RenderContext): void {
  const linked = chooseLinked(note, hits, context.linkMentions);
  if (linked.size === 0) return;
  const byRun = new Map<string, MentionHit[]>();
  for (const hit of linked) {
    const key = `${hit.block}:${hit.run}`;
    byRun.set(key, [...(byRun.get(key) ?? []), hit]);
  }
  visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
    const tag = (node.data as { ngRuns?: RunTag } | undefined)?.ngRuns;
    if (!tag || !parent || index === undefined) return;
    const spans: Array<{ start: number; end: number; hit: MentionHit }> = [];
    tag.valueAt.forEach((valueAt, k) => {
      for (const hit of byRun.get(`${tag.block}:${tag.first + k}`) ?? []) spans.push({ start: valueAt + hit.index, end: valueAt + hit.index + hit.length, hit });
    });
    if (spans.length === 0) return;
    spans.sort((a, b) => a.start - b.start);
    const pieces: PhrasingContent[] = [];
    let last = 0;
    for (const span of spans) {
      const concept = context.concepts.get(span.hit.concept);
      if (!concept || span.start < last) continue;
      if (span.start > last) pieces.push({ type: 'text', value: node.value.slice(last, span.start) });
      pieces.push(mentionLink(node.value.slice(span.start, span.end), concept, context.base));
      last = span.end;
    }
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
    parent.children.splice(index, 1, ...(pieces as Parent['children']));
    return [SKIP, index + pieces.length];
  });
}

function mentionLink(text: string, concept: Concept, base: string): Link {
  return {
    type: 'link',
    url: base + concept.url.slice(1),
    title: null,
    children: [{ type: 'text', value: text }],
    data: { hProperties: { className: ['ng-mention'], dataConcept: concept.id } },
  };
}

function rewriteSpecialNodes(tree: Root, note: Note, context: RenderContext): void {
  visit(tree, (node: Nodes, index, parent: Parent | undefined) => {
    if (node.type === 'heading') {
      const section = note.sections[(node.data as { ngSection?: number } | undefined)?.ngSection ?? -1];
      if (section) node.data = { ...(node.data ?? {}), hProperties: { id: section.anchor } };
      return;
    }
    if (!parent || index === undefined) return;
    if ((node as unknown as WikiLinkNode).type === 'wikiLink') {
      parent.children.splice(index, 1, wikiLinkNode(node as unknown as WikiLinkNode, context) as Parent['children'][number]);
      return SKIP;
    }
    if (node.type === 'image') {
      const ref = note.images.find((image) => image.url === node.url);
      if (ref && !ref.exists) {
        parent.children.splice(index, 1, placeholder(`Missing image: ${node.alt || node.url}`, node.url) as Parent['children'][number]);
        return SKIP;
      }
      if (ref && isLocal(node.url)) {
        node.url = context.base + context.imageUrl(note, node.url).slice(1);
        node.data = { ...(node.data ?? {}), hProperties: { className: ['ng-image'] } };
      }
    }
  });
}

function wikiLinkNode(wiki: WikiLinkNode, context: RenderContext): PhrasingContent {
  const text = wiki.label ?? wiki.target;
  const target = context.resolveWikiLink(wiki.target);
  if (!target) {
    return { type: 'emphasis', children: [{ type: 'text', value: text }], data: { hName: 'span', hProperties: { className: ['ng-unresolved'], title: `No note or concept named “${wiki.target}”` } } };
  }
  return { type: 'link', url: context.base + target.url.slice(1), title: null, children: [{ type: 'text', value: text }], data: { hProperties: { className: ['ng-wikilink'] } } };
}

function placeholder(text: string, url: string): PhrasingContent {
  return {
    type: 'emphasis',
    children: [{ type: 'text', value: text }],
    data: { hName: 'span', hProperties: { className: ['ng-missing-image'], role: 'img', ariaLabel: text, title: url } },
  };
}

function isLocal(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//') && !url.startsWith('#');
}

/** Classes of the elements this module made itself; their URLs are already final. */
const OURS = new Set(['ng-mention', 'ng-wikilink', 'ng-image']);

/**
 * Local URLs the note wrote itself (Markdown links and raw HTML) would break on the site, where notes live at
 * /notes/<id>/: a link to another note file (`[x](other.md)`) becomes that note's URL, a raw-HTML image of a
 * note image becomes its /files/ URL, and anything else local that the site does not publish becomes plain
 * text (links) or a placeholder (images) instead of a broken reference.
 */
function fixLocalReferences(tree: HastRoot, note: Note, context: RenderContext): void {
  const stack: Array<HastRoot | Element> = [tree];
  while (stack.length) {
    const parent = stack.pop()!;
    parent.children.forEach((child, index) => {
      if (child.type !== 'element') return;
      const classes = Array.isArray(child.properties.className) ? child.properties.className.map(String) : [];
      if (!classes.some((c) => OURS.has(c))) {
        if (child.tagName === 'a' && typeof child.properties.href === 'string' && isLocal(child.properties.href)) {
          const target = noteTarget(note, child.properties.href, context);
          if (target) child.properties.href = target;
          else {
            child.tagName = 'span';
            child.properties = { className: ['ng-unresolved'], title: `Not published on this site: ${child.properties.href}` };
          }
        } else if (child.tagName === 'img' && typeof child.properties.src !== 'string') {
          // The sanitiser dropped an unsafe src (javascript:, data:); an <img> without one is invalid HTML.
          const text = `Image removed: ${String(child.properties.alt ?? '') || 'unsafe address'}`;
          (parent.children as ElementContent[])[index] = { type: 'element', tagName: 'span', properties: { className: ['ng-missing-image'], role: 'img', ariaLabel: text }, children: [{ type: 'text', value: text }] };
          return;
        } else if (child.tagName === 'img' && typeof child.properties.src === 'string' && isLocal(child.properties.src)) {
          const url = child.properties.src;
          const ref = note.images.find((image) => image.url === url && image.exists);
          if (ref) child.properties.src = context.base + context.imageUrl(note, url).slice(1);
          else {
            const text = `Missing image: ${String(child.properties.alt ?? '') || url}`;
            (parent.children as ElementContent[])[index] = { type: 'element', tagName: 'span', properties: { className: ['ng-missing-image'], role: 'img', ariaLabel: text, title: url }, children: [{ type: 'text', value: text }] };
            return;
          }
        }
      }
      stack.push(child);
    });
  }
}

/** Site URL (with base) of the note a local link such as `../docker/镜像.md#层` points at, if any. */
function noteTarget(note: Note, href: string, context: RenderContext): string | undefined {
  const [pathPart, hash] = href.split('#', 2);
  if (!/\.(md|markdown)$/i.test(pathPart)) return undefined;
  let decoded = pathPart.split('?')[0];
  try {
    decoded = decodeURI(decoded);
  } catch {
    // keep as written
  }
  const relative = decoded.startsWith('/') ? decoded.slice(1) : path.posix.join(path.posix.dirname(note.path), decoded);
  const target = context.resolveWikiLink(path.posix.normalize(relative).replace(/\.(md|markdown)$/i, ''));
  if (!target || !target.url.startsWith('/notes/')) return undefined;
  return context.base + target.url.slice(1) + (hash ? `#${encodeURIComponent(hash)}` : '');
}
