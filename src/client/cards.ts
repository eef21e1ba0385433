/**
 * Browser entry for note pages (bundled into assets/cards.js): hover cards on concept mentions. Apart from the
 * map bundle because it needs no Cytoscape: the map's budget stays the map's, and cards work on their own.
 * Configured by the page's `[data-elements]` element (the elements JSON holds each concept's card data).
 */
import { enableHoverCards } from './hover-card.js';

const elementsUrl = document.querySelector<HTMLElement>('[data-elements]')?.dataset.elements;
if (elementsUrl) enableHoverCards(document, elementsUrl);
