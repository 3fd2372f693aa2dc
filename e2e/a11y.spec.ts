/**
 * axe (WCAG 2.0/2.1/2.2 A and AA) on the page states no journey passes through: the resume
 * offer, the format helpers, an error, a blocked plan with flags, embed mode, the 404 page, dark
 * mode and a narrow screen. The start page, a radio and a checkbox question, the check page and
 * four plans are scanned inside the journeys (journeys.spec.ts), the agent page in agent.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { WORKED_EXAMPLES } from '../tests/fixtures/worked-examples';
import { EXAMPLE_1, expectNoAxeViolations, openWithAnswers } from './support';

test('start page with saved answers (resume)', async ({ page }) => {
  await openWithAnswers(page, '/', { id: 'nie' });
  await expect(page.getByRole('link', { name: 'Continue where you left off', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the doc question with the format helpers open and a warning shown', async ({ page }) => {
  await openWithAnswers(page, '/q/doc', { id: 'nie' });
  await page.getByText('Check the format of your numbers (optional)').click();
  await page.getByRole('textbox', { name: 'Your NIE', exact: true }).fill('X1234567A');
  await page.getByRole('textbox', { name: 'Your NIE', exact: true }).press('Enter');
  await expect(page.getByText(/does not match/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the error state', async ({ page }) => {
  await page.goto('/q/id');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a blocked plan (the rest as a preview) with route notes, uncertain-fact flags and secondary sources', async ({ page }) => {
  const answers = { ...WORKED_EXAMPLES['nie-paper-mallorca'], phone: 'none', tasks: ['tax', 'sign'], visit: 'no' };
  await openWithAnswers(page, '/result', answers);
  await expect(page.locator('[data-route-note="nie-paper-certificate-unconfirmed"]')).toBeVisible();
  await expect(page.locator('[data-flag="fnmt-video-identification"]')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the result in embed mode, themed', async ({ page }) => {
  await openWithAnswers(page, '/result?embed=1&accent=0b6e4f', EXAMPLE_1);
  await expect(page.locator('[data-section="route"]')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the 404 page', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('start, a question with an error, and check', async ({ page }) => {
    await page.goto('/');
    await expectNoAxeViolations(page);
    await page.goto('/q/id');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page);
    await openWithAnswers(page, '/check', EXAMPLE_1);
    await expectNoAxeViolations(page);
  });
});

test.describe('320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no horizontal scrolling on the start page, a question and check', async ({ page }) => {
    for (const path of ['/', '/q/id']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await openWithAnswers(page, '/check', EXAMPLE_1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
