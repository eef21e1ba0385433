/**
 * The view in the URL, so it can be shared: ?focus=<concept id>&depth=1|2&filter=<list>.
 * filter is a `;`-separated list: `tag:<tag>`, `note:<note id>`, `hide:<type>,<type>`, `w:<min weight>`,
 * `orphans` (hide concepts without a visible link), `c:<community>,<community>` (communities switched off).
 */
export interface Filter {
  tag: string;
  note: string;
  hiddenTypes: Set<string>;
  minWeight: number;
  hideOrphans: boolean;
  hiddenCommunities: Set<number>;
}

export interface ViewState {
  focus: string;
  depth: number;
  filter: Filter;
}

export function emptyFilter(): Filter {
  return { tag: '', note: '', hiddenTypes: new Set(), minWeight: 0, hideOrphans: false, hiddenCommunities: new Set() };
}

export function encodeFilter(f: Filter): string {
  const parts: string[] = [];
  if (f.tag) parts.push(`tag:${f.tag}`);
  if (f.note) parts.push(`note:${f.note}`);
  if (f.hiddenTypes.size) parts.push(`hide:${[...f.hiddenTypes].sort().join(',')}`);
  if (f.minWeight > 0) parts.push(`w:${f.minWeight}`);
  if (f.hideOrphans) parts.push('orphans');
  if (f.hiddenCommunities.size) parts.push(`c:${[...f.hiddenCommunities].sort((a, b) => a - b).join(',')}`);
  return parts.join(';');
}

export function decodeFilter(text: string): Filter {
  const f = emptyFilter();
  for (const part of text.split(';')) {
    const [key, ...rest] = part.split(':');
    const value = rest.join(':');
    if (key === 'tag') f.tag = value;
    else if (key === 'note') f.note = value;
    else if (key === 'hide') value.split(',').filter(Boolean).forEach((t) => f.hiddenTypes.add(t));
    else if (key === 'w') f.minWeight = Math.max(0, Number(value) || 0);
    else if (key === 'orphans') f.hideOrphans = true;
    else if (key === 'c') value.split(',').filter(Boolean).map(Number).filter(Number.isInteger).forEach((c) => f.hiddenCommunities.add(c));
  }
  return f;
}

export function readViewState(search = window.location.search): ViewState {
  const params = new URLSearchParams(search);
  const depth = Number(params.get('depth'));
  return { focus: params.get('focus') ?? '', depth: depth === 2 ? 2 : 1, filter: decodeFilter(params.get('filter') ?? '') };
}

/** replaceState, not pushState: every click would otherwise fill the back button with map states. */
export function writeViewState(state: ViewState): void {
  const params = new URLSearchParams();
  if (state.focus) params.set('focus', state.focus);
  if (state.focus && state.depth !== 1) params.set('depth', String(state.depth));
  const filter = encodeFilter(state.filter);
  if (filter) params.set('filter', filter);
  const query = params.toString();
  window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
}
