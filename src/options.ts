/** Every knob of a build, in one place. Merge user input once with `resolveOptions`. */
export interface Options {
  /** Folder of Markdown notes. */
  notesDir: string;
  /** Site output folder (Eleventy's output). */
  outDir: string;
  /** Folder holding the optional vocabulary `concepts.yaml` and the generated `graph.json`. */
  graphDir: string;
  /** URL path the site is served under, e.g. `/my-repo/` on GitHub Pages project sites. */
  base: string;
  /** Any error diagnostic makes the build fail (exit non-zero). */
  strict: boolean;
  /** Keep raw HTML in notes as written instead of sanitising it with the allow-list. */
  trustHtml: boolean;
  /** Which mentions of a concept become links in a rendered note: the first per section, per note, all, or none. */
  linkMentions: 'section' | 'note' | 'all' | 'none';
  /** Print progress and the summary. */
  quiet: boolean;
  /** Seed of the build-time layout, so every build draws the same map. */
  layoutSeed: number;
  /** Co-occurrence edges kept per concept (strongest first), so dense vaults stay readable. */
  maxCooccurrencePerConcept: number;
}

export const defaultOptions: Readonly<Options> = Object.freeze({
  notesDir: 'notes',
  outDir: '_site',
  graphDir: 'graph',
  base: '/',
  strict: false,
  trustHtml: false,
  linkMentions: 'section',
  quiet: false,
  layoutSeed: 42,
  maxCooccurrencePerConcept: 8,
});

/** Normalise a base path to `/`, or `/a/b/` with one leading and one trailing slash. */
export function normaliseBase(base: string): string {
  const parts = base.split('/').filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

export function resolveOptions(input: Partial<Options> = {}): Options {
  const merged: Options = { ...defaultOptions };
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  merged.base = normaliseBase(merged.base);
  return merged;
}
