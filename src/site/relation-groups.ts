/** A concept's relations, grouped by type and direction with reader-facing headings. */
import type { Concept, ConceptId, Relation } from '../types.js';

export interface RelationGroup {
  key: string;
  heading: string;
  items: Array<{ label: string; url: string; weight: number; evidence?: string }>;
}

/** Heading per (type, direction): "out" when this concept is the relation's source. */
const HEADINGS: Array<{ key: string; type: Relation['type']; out: boolean; heading: string }> = [
  { key: 'broader', type: 'broader', out: true, heading: 'Broader concepts' },
  { key: 'narrower', type: 'broader', out: false, heading: 'Narrower concepts' },
  { key: 'instance-of', type: 'instance', out: true, heading: 'Is an instance of' },
  { key: 'instances', type: 'instance', out: false, heading: 'Instances and examples' },
  { key: 'compared', type: 'compared', out: true, heading: 'Compared with' },
  { key: 'compared-in', type: 'compared', out: false, heading: 'Compared with' },
  { key: 'related', type: 'related', out: true, heading: 'Related' },
  { key: 'related-in', type: 'related', out: false, heading: 'Related' },
  { key: 'co-occurs', type: 'co-occurs', out: true, heading: 'Often mentioned with' },
  { key: 'co-occurs-in', type: 'co-occurs', out: false, heading: 'Often mentioned with' },
];

export function relationGroups(id: ConceptId, relations: Relation[], concepts: Map<ConceptId, Concept>, withBase: (url: string) => string): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const spec of HEADINGS) {
    for (const relation of relations) {
      if (relation.type !== spec.type || (spec.out ? relation.source !== id : relation.target !== id)) continue;
      const other = concepts.get(spec.out ? relation.target : relation.source);
      if (!other || other.id === id) continue;
      // Symmetric types share one heading whichever end this concept is.
      const group = groups.get(spec.heading) ?? { key: spec.key, heading: spec.heading, items: [] };
      if (group.items.some((item) => item.label === other.label)) continue;
      group.items.push({ label: other.label, url: withBase(other.url), weight: relation.weight, evidence: relation.evidence[0]?.text });
      groups.set(spec.heading, group);
    }
  }
  for (const group of groups.values()) group.items.sort((a, b) => b.weight - a.weight || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return [...groups.values()];
}
