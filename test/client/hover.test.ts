/**
 * The map's hover highlight (src/client/view.ts) on headless Cytoscape: the same events the renderer emits, no
 * browser. The browser test (test/browser/map.test.ts) checks the same behaviour through real pointer moves.
 */
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { highlightOnHover, HOVER_DIM_LIMIT } from '../../src/client/view.js';

/** A star of `leaves` nodes around `hub` plus a chain of `others` unrelated nodes. */
function map(leaves: number, others: number): Core {
  const elements: cytoscape.ElementDefinition[] = [{ data: { id: 'hub' } }];
  for (let i = 0; i < leaves; i++) elements.push({ data: { id: `l${i}` } }, { data: { id: `e${i}`, source: 'hub', target: `l${i}` } });
  for (let i = 0; i < others; i++) elements.push({ data: { id: `o${i}` } });
  const cy = cytoscape({ headless: true, styleEnabled: true, elements });
  highlightOnHover(cy);
  return cy;
}

describe('hover highlight', () => {
  it('lights up a neighbourhood and dims the rest on a small map, and clears both on leaving', () => {
    const cy = map(3, 10);
    cy.$id('hub').emit('mouseover');
    expect(cy.elements('.hover-hl').length).toBe(7);
    expect(cy.elements('.hover-dim').length).toBe(10);
    cy.$id('hub').emit('mouseout');
    expect(cy.elements('.hover-hl, .hover-dim').length).toBe(0);
  });

  it('does not dim the rest of a map larger than HOVER_DIM_LIMIT elements', () => {
    const cy = map(3, HOVER_DIM_LIMIT);
    cy.$id('hub').emit('mouseover');
    expect(cy.elements('.hover-hl').length).toBe(7);
    expect(cy.elements('.hover-dim').length).toBe(0);
  });

  it('holds still while a button is held and clears on release', () => {
    const cy = map(3, 10);
    cy.$id('hub').emit('mouseover');
    cy.emit('tapstart');
    cy.$id('hub').emit('mouseout');
    cy.$id('o1').emit('mouseover');
    expect(cy.elements('.hover-hl').length).toBe(7);
    cy.emit('tapend');
    expect(cy.elements('.hover-hl, .hover-dim').length).toBe(0);
  });
});
