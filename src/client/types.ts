/** The shape of graph/elements.json as the browser sees it (mirror of src/emit/to-graph.ts; no Node imports here). */
export interface NodeData {
  id: string;
  label: string;
  url: string;
  type: string;
  notes: number;
  size: number;
  aliases: Array<{ text: string; lang: string }>;
  community: number;
  def?: string;
  in: number[];
  /** Added in the browser from meta.communities. */
  color?: string;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
}

export interface Community {
  index: number;
  color: string;
  label: string;
  size: number;
}

export interface Elements {
  nodes: Array<{ data: NodeData; position: { x: number; y: number } }>;
  edges: Array<{ data: EdgeData }>;
  meta: { notes: Array<{ title: string; url: string; tags: string[] }>; communities: Community[] };
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
