/** The elements JSON as the browser sees it: the shared shape, plus what the client adds at run time. */
import type { CytoscapeElements, NodeData as SharedNodeData } from '../shared/elements.js';

export type { Box, Community, EdgeData } from '../shared/elements.js';

export interface NodeData extends SharedNodeData {
  /** Added in the browser from meta.communities. */
  color?: string;
}

export type Elements = CytoscapeElements<NodeData>;
