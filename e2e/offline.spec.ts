import { expect, test } from '@playwright/test';

// This test needs the real service worker, which the config blocks by default.
test.use({ serviceWorkers: 'allow' });

test('works offline after the first visit, including deep links', async ({ page, context }) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('/a/deep/link');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
