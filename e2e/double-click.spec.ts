/**
 * One click, one step: a double click on "Continue" (or on "See my plan") advances exactly one page,
 * and its second click never ticks, unticks or validates anything on the page that replaced it.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { WORKED_EXAMPLES } from '../tests/fixtures/worked-examples';
import { STORAGE_KEY, type JourneyAnswers } from './support';

type Click = 'single' | 'double';

interface Outcome {
  /** The pages in the order they were shown. */
  readonly pages: string[];
  /** What the wizard stored at the end. */
  readonly stored: unknown;
  /** The plan as the user reads it. */
  readonly plan: string;
}

async function press(target: Locator, click: Click): Promise<void> {
  if (click === 'double') await target.dblclick();
  else await target.click();
}

function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** From the start page to the plan, pressing every "Start", "Continue" and "See my plan" with `click`. */
async function journey(page: Page, answers: JourneyAnswers, click: Click): Promise<Outcome> {
  await page.goto('/');
  const pages: string[] = [];
  await press(page.getByRole('link', { name: 'Start now', exact: true }), click);
  for (let i = 0; i < 20; i += 1) {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const path = pathOf(page);
    pages.push(path);
    const q = /^\/q\/([a-z]+)$/.exec(path)?.[1];
    if (q === undefined) break;
    // A page reached by a double click shows nothing the user did not do: no error, nothing ticked.
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.locator('input:checked')).toHaveCount(0);
    const value = answers[q];
    if (value === undefined) throw new Error(`The journey has no answer for "${q}"`);
    for (const v of typeof value === 'string' ? [value] : value) await page.locator(`input[name="${q}"][value="${v}"]`).check();
    await press(page.getByRole('button', { name: 'Continue', exact: true }), click);
    await expect(page).not.toHaveURL(new RegExp(`/q/${q}$`));
  }
  expect(pages.at(-1)).toBe('/check');
  await press(page.getByRole('button', { name: 'See my plan', exact: true }), click);
  await expect(page.locator('[data-section="route"]')).toBeVisible();
  pages.push(pathOf(page));
  await expect(page.locator('[data-section="checklist"] input:checked')).toHaveCount(0);
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown, STORAGE_KEY);
  const plan = await page.locator('main').innerText();
  return { pages, stored, plan };
}

const JOURNEYS: readonly [string, JourneyAnswers][] = [
  ['the letter, Mallorca (radios only, and the fiscal address)', WORKED_EXAMPLES['letter-mallorca']],
  ['FNMT first, Ibiza (three tasks ticked)', WORKED_EXAMPLES['autonomo-ibiza']],
  ['in person, Menorca', WORKED_EXAMPLES['in-person-menorca']],
];

for (const [name, answers] of JOURNEYS) {
  test(`double-clicking through a whole journey gives what single clicks give: ${name}`, async ({ browser }) => {
    const outcomes: Outcome[] = [];
    for (const click of ['single', 'double'] as const) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        outcomes.push(await journey(await context.newPage(), answers, click));
      } finally {
        await context.close();
      }
    }
    const [single, double] = outcomes as [Outcome, Outcome];
    expect(double.pages).toEqual(single.pages);
    expect(double.stored).toEqual(single.stored);
    expect(double.plan).toEqual(single.plan);
  });
}

test('Back after a double-clicked journey goes one page back, not two', async ({ page }) => {
  await page.goto('/q/id');
  await page.locator('input[name="id"][value="nie"]').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).dblclick();
  await expect(page).toHaveURL(/\/q\/doc$/);
  await page.locator('input[name="doc"][value="tie"]').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).dblclick();
  await expect(page).toHaveURL(/\/q\/phone$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/q\/doc$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/q\/id$/);
});
