/**
 * The shape of `graph/elements.json`, shared by the build (src/emit) and the browser (src/client).
 * Pure types and functions only: no Node and no DOM imports, so both sides can import it.
 */
export interface NodeData {
  id: string;
  label: string;
  url: string;
  type: string;
  /** Number of notes that mention the concept (its importance). */
  notes: number;
  size: number;
  aliases: Array<{ text: string; lang: string }>;
  /** Index into `meta.communities`. */
  community: number;
  /** Definition excerpt for hover cards and the focus panel. */
  def?: string;
  /** Indices into `meta.notes` of the notes that mention the concept (for the tag and note filters). */
  in: number[];
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
}

export interface Community {
  /** Index into the list; the last index is the shared "other" community. */
  index: number;
  color: string;
  /** The most important member, used to name the community in the legend. */
  label: string;
  size: number;
}

export interface CytoscapeElements<N extends NodeData = NodeData> {
  nodes: Array<{ data: N; position: { x: number; y: number } }>;
  edges: Array<{ data: EdgeData }>;
  /** What the map's legend and filters list; not Cytoscape elements. */
  meta: { notes: Array<{ title: string; url: string; tags: string[] }>; communities: Community[] };
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Bounding box of the nodes including their radius: the box both the SVG preview and the client's fit use. */
export function nodesBox(nodes: ReadonlyArray<{ data: Pick<NodeData, 'size'>; position: { x: number; y: number } }>): Box {
  if (nodes.length === 0) return { x1: -50, y1: -50, x2: 50, y2: 50 };
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const { data, position } of nodes) {
    const r = data.size / 2;
    box.x1 = Math.min(box.x1, position.x - r);
    box.y1 = Math.min(box.y1, position.y - r);
    box.x2 = Math.max(box.x2, position.x + r);
    box.y2 = Math.max(box.y2, position.y + r);
  }
  return box;
}
