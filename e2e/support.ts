/** Shared steps for the journeys: answer questions by their stable ids and values, run axe. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { WORKED_EXAMPLES } from '../tests/fixtures/worked-examples';

export type JourneyAnswers = Readonly<Record<string, string | readonly string[]>>;

export const STORAGE_KEY = 'clave-wizard';

/** Worked example 1 (docs/rules.md): the invitation letter. */
export const EXAMPLE_1: JourneyAnswers = WORKED_EXAMPLES['letter-mallorca'];

function currentQuestion(page: Page): string | undefined {
  return /\/q\/([a-z]+)$/.exec(new URL(page.url()).pathname)?.[1];
}

/**
 * Answers whatever question the page shows, from `answers`, until the check page; returns the
 * ids asked. `axeAt` names questions whose page gets an axe scan on the way (before answering).
 */
export async function answerUntilCheck(
  page: Page,
  answers: JourneyAnswers,
  { axeAt = [] }: { readonly axeAt?: readonly string[] } = {},
): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const q = currentQuestion(page);
    if (q === undefined) break;
    asked.push(q);
    if (axeAt.includes(q)) await expectNoAxeViolations(page);
    const value = answers[q];
    if (value === undefined) throw new Error(`The journey has no answer for "${q}"`);
    for (const v of typeof value === 'string' ? [value] : value) {
      await page.locator(`input[name="${q}"][value="${v}"]`).check();
    }
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page).not.toHaveURL(new RegExp(`/q/${q}$`));
  }
  await expect(page).toHaveURL(/\/check$/);
  return asked;
}

/** Puts answers straight into storage (current version) and opens `path`. */
export async function openWithAnswers(page: Page, path: string, answers: JourneyAnswers): Promise<void> {
  await page.goto('/');
  await page.evaluate(
    ([key, state]) => {
      localStorage.setItem(key, JSON.stringify({ state, version: 2 }));
    },
    [STORAGE_KEY, { answers, ticks: [] }] as const,
  );
  await page.goto(path);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations, JSON.stringify(results.violations.map((v) => [v.id, v.nodes.map((n) => n.target)]))).toEqual([]);
}
