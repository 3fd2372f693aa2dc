/**
 * The language-neutral content catalogue: ids, links, dates and sources, no prose.
 * Parsed and frozen by src/catalog at load; import it from there, not from here.
 */
import type { Catalog } from '../../src/catalog/catalog-schema';
import { capabilities } from './capabilities';
import { checklist } from './checklist';
import { fixes, fixNotes } from './fixes';
import { flags } from './flags';
import { nextSteps } from './next-steps';
import { offices } from './offices';
import { routeNotes } from './route-notes';
import { ruleSources } from './rule-sources';
import { sources } from './sources';
import { warnings } from './warnings';


export const rawCatalog = {
  sources,
  flags,
  checklist,
  warnings,
  routeNotes,
  fixes,
  fixNotes,
  nextSteps,
  offices,
  capabilities,
  ruleSources,
} satisfies Catalog;
