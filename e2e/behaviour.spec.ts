/** Changing answers, history, reload, deep links, focus and print, in a real browser. */
import { expect, test } from '@playwright/test';
import { answerUntilCheck, EXAMPLE_1, openWithAnswers, STORAGE_KEY } from './support';

test('change an answer from the check page: back to check, or on to the questions it opens', async ({ page }) => {
  await openWithAnswers(page, '/check', EXAMPLE_1);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();

  // No new question: straight back to the check page.
  await page.getByRole('link', { name: 'Change Where you live', exact: true }).click();
  await expect(page).toHaveURL(/\/q\/island\?change=1$/);
  await page.getByLabel('Ibiza', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(/\/check$/);
  await expect(page.locator('[data-question="island"]')).toContainText('Ibiza');

  // visit = no puts `computer` on the path: answer it, then back to the check page.
  await page.getByRole('link', { name: 'Change Office visit', exact: true }).click();
  await page.locator('input[name="visit"][value="no"]').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(/\/q\/computer\?change=1$/);
  await page.locator('input[name="computer"][value="yes"]').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(/\/check$/);
  await expect(page.locator('[data-question="computer"]')).toBeVisible();

  await page.getByRole('button', { name: 'See my plan', exact: true }).click();
  // Cannot visit, letter viable, a phone: the letter is the primary route.
  await expect(page.locator('[data-section="route"]')).toHaveAttribute('data-route', 'invitation-letter');
});

test('browser Back and Forward move one question at a time; reload resumes on the same page', async ({ page }) => {
  await page.goto('/q/id');
  await page.locator('input[name="id"][value="nie"]').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.locator('input[name="doc"][value="tie"]').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(/\/q\/phone$/);

  await page.goBack();
  await expect(page).toHaveURL(/\/q\/doc$/);
  await expect(page.locator('input[name="doc"][value="tie"]')).toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(/\/q\/phone$/);

  await page.locator('input[name="phone"][value="foreign"]').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(/\/q\/app$/);
  await page.reload();
  await expect(page).toHaveURL(/\/q\/app$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Can you install apps on a smartphone?' })).toBeVisible();
  await expect(page.getByText(/^Question 4 of about \d+$/)).toBeVisible();
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(page.locator('input[name="phone"][value="foreign"]')).toBeChecked();

  const stored = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  expect(JSON.parse(stored ?? '{}')).toMatchObject({ state: { answers: { id: 'nie', doc: 'tie', phone: 'foreign' } }, version: 2 });
  expect(await page.context().cookies()).toEqual([]);
});

test('a deep link to a question that is not reachable yet goes to the first unanswered one', async ({ page }) => {
  await page.goto('/q/island');
  await expect(page).toHaveURL(/\/q\/id$/);
  await page.goto('/result');
  await expect(page).toHaveURL(/\/q\/id$/);
});

test('the error summary takes focus and links to the first radio', async ({ page }) => {
  await page.goto('/q/id');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: Which Spanish identity number/);
  await summary.getByRole('link').click();
  await expect(page.locator('input[name="id"]').first()).toBeFocused();
});

test('after Continue, focus is on the new h1 and the live region names the page', async ({ page }) => {
  await page.goto('/q/id');
  await expect(page.locator('body')).toBeFocused();
  await page.locator('input[name="id"][value="dni"]').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeFocused();
  await expect(page.getByTestId('route-announcer')).toHaveText(await heading.innerText());
  await expect(page).toHaveTitle(`${await heading.innerText()} – Cl@ve Wizard`);
});

test('"Clear my answers" empties storage and returns to the start page', async ({ page }) => {
  await openWithAnswers(page, '/check', EXAMPLE_1);
  await page.getByRole('button', { name: 'Clear my answers', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('status')).toHaveText('Your answers have been cleared.');
  const stored = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  expect(JSON.parse(stored ?? '{}')).toMatchObject({ state: { answers: {}, ticks: [] } });
});

test('the start page resumes where the user left off', async ({ page }) => {
  await openWithAnswers(page, '/', { id: 'nie', doc: 'tie' });
  await page.getByRole('link', { name: 'Continue where you left off', exact: true }).click();
  await expect(page).toHaveURL(/\/q\/phone$/);
});

test('keyboard only: from the start page to the plan', async ({ page }) => {
  const answers = { id: 'dni', phone: 'es', app: 'yes', cert: 'no', work: 'student', tasks: ['tax', 'health'], use: 'occasional', island: 'mallorca' };
  await page.goto('/');

  /** Presses Tab until the focused element matches `selector` (fails if it never does). */
  async function tabTo(selector: string): Promise<void> {
    for (let i = 0; i < 40; i += 1) {
      if (await page.evaluate((sel) => document.activeElement?.matches(sel) === true, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  await tabTo('a.button--start');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 12; i += 1) {
    const match = /\/q\/([a-z]+)$/.exec(new URL(page.url()).pathname);
    if (match === null) break;
    const q = match[1] ?? '';
    const value = answers[q as keyof typeof answers];
    for (const v of typeof value === 'string' ? [value] : value) {
      await tabTo(`input[name="${q}"]${typeof value === 'string' ? '' : `[value="${v}"]`}`);
      if (typeof value === 'string') {
        // In a radio group, the arrow keys move and select; stop on the wanted value.
        for (let k = 0; k < 8 && !(await page.locator(`input[name="${q}"][value="${v}"]`).isChecked()); k += 1) {
          await page.keyboard.press(k === 0 ? 'Space' : 'ArrowDown');
        }
      } else await page.keyboard.press('Space');
    }
    await tabTo('button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(new RegExp(`/q/${q}$`));
  }
  await expect(page).toHaveURL(/\/check$/);
  await tabTo('main button.button');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.locator('[data-section="route"]')).toHaveAttribute('data-route', 'app-video');
});

test('print: the plan shows its checklist and hides the navigation', async ({ page }) => {
  await openWithAnswers(page, '/result', EXAMPLE_1);
  await expect(page.locator('[data-section="checklist"]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-section="checklist"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Your Cl@ve plan' })).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Back to your answers', exact: true })).toBeHidden();
});

test('nothing but the app’s own origin is contacted', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(`${baseURL ?? ''}/`) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  await answerUntilCheck(await (async () => {
    await page.goto('/q/id');
    return page;
  })(), EXAMPLE_1);
  await page.getByRole('button', { name: 'See my plan', exact: true }).click();
  await expect(page.locator('[data-section="route"]')).toBeVisible();
  expect(foreign).toEqual([]);
});

test('a link in the plan summary takes focus to its section and leaves the address alone', async ({ page }) => {
  await openWithAnswers(page, '/result', EXAMPLE_1);
  const summary = page.locator('[data-section="summary"]');
  await summary.getByRole('link', { name: 'Details: Your registration route', exact: true }).click();
  await expect(page.locator('[data-section="route"] h2')).toBeFocused();
  expect(new URL(page.url()).pathname).toBe('/result');
  expect(new URL(page.url()).hash).toBe('');
});
