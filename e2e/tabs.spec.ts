/**
 * Tabs in step: two pages of one browser context share the stored answers. Answers and ticks follow
 * from one tab to the other, a clear or "New client" holds in both, and a tab never writes back
 * answers that were cleared elsewhere.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { EXAMPLE_1, openWithAnswers, STORAGE_KEY } from './support';

interface Stored {
  readonly answers: Record<string, unknown>;
  readonly ticks: string[];
}

async function stored(page: Page): Promise<Stored | undefined> {
  return page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? 'null') as { state: Stored } | null)?.state, STORAGE_KEY);
}

async function twoTabs(context: BrowserContext): Promise<[Page, Page]> {
  return [await context.newPage(), await context.newPage()];
}

const firstTick = (page: Page) => page.locator('[data-section="checklist"] input[type="checkbox"]').first();

test('answers and ticks given in one tab show up in the other without a reload', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  await openWithAnswers(a, '/result', EXAMPLE_1);
  await b.goto('/result');
  await expect(b.locator('[data-section="route"]')).toHaveAttribute('data-route', 'invitation-letter');

  await firstTick(a).check();
  await expect(firstTick(b)).toBeChecked();
  await firstTick(b).uncheck();
  await expect(firstTick(a)).not.toBeChecked();

  // An answer changed in A changes the plan shown in B.
  await a.goto('/q/island?change=1');
  await a.locator('input[name="island"][value="ibiza"]').check();
  await a.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(a).toHaveURL(/\/check$/);
  await b.goto('/check');
  await expect(b.locator('[data-question="island"]')).toContainText('Ibiza');
});

test('"Clear my answers" in one tab holds in the other, which never brings the answers back', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  await openWithAnswers(a, '/result', EXAMPLE_1);
  await b.goto('/q/island');
  await expect(b.locator('input[name="island"][value="mallorca"]')).toBeChecked();

  await a.getByRole('button', { name: 'Clear my answers', exact: true }).click();
  await expect(a.getByText('Your answers have been cleared.')).toBeVisible();

  // B was on a question of the cleared set: it is sent to the first question, with nothing chosen.
  await expect(b).toHaveURL(/\/q\/id$/);
  await expect(b.locator('input:checked')).toHaveCount(0);
  await expect(b.getByRole('button', { name: 'Clear my answers', exact: true })).toHaveCount(0);
  await b.locator('input[name="id"][value="dni"]').check();
  await b.getByRole('button', { name: 'Continue', exact: true }).click();
  expect((await stored(b))?.answers).toEqual({ id: 'dni' });
  await a.reload();
  await expect(a.getByRole('heading', { level: 2, name: 'You have answers saved in this browser' })).toBeVisible();
  expect((await stored(a))?.answers).toEqual({ id: 'dni' });
});

test('a tab that missed the clear (frozen, its storage events lost) still cannot write the old answers back', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  // Registered before the app's own listener, so it can keep B deaf to other tabs when asked.
  await b.addInitScript(() => {
    window.addEventListener('storage', (event) => {
      if ((window as unknown as { __deaf?: boolean }).__deaf === true) event.stopImmediatePropagation();
    });
  });
  await openWithAnswers(a, '/q/island', EXAMPLE_1);
  await b.goto('/q/island');
  // From now on B hears nothing from other tabs, like a frozen tab whose events come late.
  await b.evaluate(() => {
    (window as unknown as { __deaf?: boolean }).__deaf = true;
  });
  await a.getByRole('button', { name: 'Clear my answers', exact: true }).click();
  await expect(a.getByText('Your answers have been cleared.')).toBeVisible();
  expect((await stored(a))?.answers).toEqual({});

  // B still shows the previous set, and its user answers the question on screen.
  await expect(b.locator('input[name="island"][value="mallorca"]')).toBeChecked();
  await b.locator('input[name="island"][value="ibiza"]').check();
  await b.getByRole('button', { name: 'Continue', exact: true }).click();

  // Nothing of the cleared set came back, not even the answer given on its page; B shows the empty set.
  expect((await stored(b))?.answers).toEqual({});
  await expect(b).toHaveURL(/\/q\/id$/);
  await a.reload();
  await expect(a.getByRole('button', { name: 'Clear my answers', exact: true })).toHaveCount(0);
});

test('"New client" on the agent page clears the client in every tab, also the other agent page', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  const c = await context.newPage();
  await openWithAnswers(b, '/result', EXAMPLE_1);
  await c.goto('/agent');
  await c.locator('fieldset[data-question="work"] input[value="company"]').check();
  await expect(c.getByTestId('agent-link')).toHaveValue(/work=company/);
  await a.goto('/agent');

  await a.getByRole('button', { name: 'New client', exact: true }).click();
  await expect(a.getByText(/^Cleared\./)).toBeVisible();

  await expect(b).toHaveURL(/\/q\/id$/);
  await expect(b.locator('input:checked')).toHaveCount(0);
  await expect(c.getByTestId('agent-link')).not.toHaveValue(/work=/);
  expect((await stored(b))?.answers).toEqual({});
});
