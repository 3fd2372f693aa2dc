/** The newcomer's chain (docs/facts.md#11-the-newcomers-chain): sources and the page to act on; words in plan.json nextSteps.<id>. */
import type { NextStepId } from '../../src/domain';
import type { NextStepEntry } from '../../src/catalog/catalog-schema';
import { sources } from './sources';

export const nextSteps = {
  nie: { sources: ['interior-nie'], link: sources['interior-nie'].url },
  padron: { sources: ['palma-padron'] },
  'residence-document': { sources: ['policia-eu-registration', 'interior-tie'] },
  'census-030': {
    sources: ['aeat-modelo-030-instructions', 'aeat-census-by-post'],
    link: sources['aeat-census-by-post'].url,
  },
  'census-036': { sources: ['aeat-modelo-030-instructions', 'aeat-modelo-036'] },
  clave: { sources: ['clave-how-to-register'], link: sources['clave-how-to-register'].url },
  fnmt: { sources: ['madrid-fnmt-steps', 'fnmt-consular'] },
  'income-tax': { sources: ['aeat-tax-residence'] },
} satisfies Record<NextStepId, NextStepEntry>;
