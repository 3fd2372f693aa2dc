/**
 * The answer-space tests ask "does any plan say X?" through tests/rules/support/plan-text,
 * which lists the locale keys a plan page shows. This proves that list true: for a spread of
 * plans, every listed text is on the rendered page — so a correction proven there holds on
 * the page, and the list cannot drift from the UI unnoticed.
 */
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain';
import { createI18n } from '../../../src/i18n';
import { PLAN_TEXT, planTextKeys } from '../../rules/support/plan-text';
import { COMPANY, COMPANY_NO_COMPUTER, DNI_APP_SIGN, EU_IMMIGRATION, LETTER_SIGN, NO_VISIT_LETTER, WITH_CERTIFICATE, WORKED_EXAMPLES } from './fixtures';
import { renderPlan } from './render-plan';

let i18n: i18n;
beforeAll(async () => {
  i18n = await createI18n('en');
});

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

const PLANS: [string, Answers][] = [
  ...(Object.entries(WORKED_EXAMPLES) as [string, Answers][]),
  ['company', COMPANY],
  ['company without a computer', COMPANY_NO_COMPUTER],
  ['with a certificate', WITH_CERTIFICATE],
  ['no visit, letter', NO_VISIT_LETTER],
  ['signs on the letter', LETTER_SIGN],
  ['app video, signs', DNI_APP_SIGN],
  ['EU citizen, immigration', EU_IMMIGRATION],
];

describe('every text the answer-space tests attribute to a plan is on its page', () => {
  it.each(PLANS)('%s', (_name, answers) => {
    const { plan, container } = renderPlan(i18n, answers);
    const page = squash(container.textContent);
    const keys = planTextKeys(plan);
    expect(keys.length).toBeGreaterThan(30);
    const missing = keys.filter((key) => !page.includes(squash(PLAN_TEXT[key] ?? `(no text for ${key})`)));
    expect(missing).toEqual([]);
  });
});
