/**
 * The agent page and shared links: build a link on /agent, open it in a fresh browser, see the
 * same plan; the QR code decodes to the link; bad links get a notice; "New client" clears the device.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';

import { EXAMPLE_1, expectNoAxeViolations } from './support';

async function fillAgentForm(page: Page, answers: Readonly<Record<string, string | readonly string[]>>) {
  for (const [id, value] of Object.entries(answers)) {
    const fieldset = page.locator(`fieldset[data-question="${id}"]`);
    for (const v of typeof value === 'string' ? [value] : value) {
      await fieldset.locator(`input[value="${v}"]`).check();
    }
  }
}

async function linkOf(page: Page): Promise<string> {
  return page.getByTestId('agent-link').inputValue();
}

/** Renders the QR <svg> into a canvas in the page and returns its pixels, for jsQR. */
async function qrPixels(qr: Locator): Promise<{ data: number[]; width: number; height: number }> {
  return qr.evaluate(async (svg) => {
    const markup = new XMLSerializer().serializeToString(svg);
    const viewBox = (svg.getAttribute('viewBox') ?? '0 0 0 0').split(' ').map(Number);
    const size = (viewBox[2] ?? 0) * 8;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2d context');
    context.imageSmoothingEnabled = false;
    context.drawImage(image, 0, 0, size, size);
    return { data: Array.from(context.getImageData(0, 0, size, size).data), width: size, height: size };
  });
}

test('an agent builds a link; a fresh browser opens it and sees the same plan', async ({ page, browser, baseURL }) => {
  await page.goto('/agent');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prepare a link for a client');
  await fillAgentForm(page, EXAMPLE_1);
  await page.getByLabel("Your client's language").selectOption('en');
  await expect(page.getByTestId('agent-opens')).toHaveText(/plan straight away/);
  const link = await linkOf(page);
  expect(link).toBe(
    `${baseURL ?? ''}/?id=nie&doc=eu-cert&phone=es&app=yes&cert=no&work=employee&tasks=tax&use=occasional&visit=yes&fiscal=yes&island=mallorca&lang=en&v=1`,
  );
  await expect(page.getByTestId('agent-off-path')).toHaveCount(0);
  // The agent page with a link, its QR code and the embed code, under axe.
  await expect(page.locator('svg').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Copy in one click (the clipboard permission makes the real clipboard available).
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const client = await browser.newContext();
  try {
    const clientPage = await client.newPage();
    await clientPage.goto(link);
    await expect(clientPage).toHaveURL(/\/result$/); // no parameters left in the address bar
    await expect(clientPage.locator('[data-route]')).toHaveAttribute('data-route', 'invitation-letter');
    await expect(clientPage.locator('[data-route]')).toHaveAttribute('data-level', 'basic');
    await expect(clientPage.locator('[data-variant]')).toHaveAttribute('data-variant', 'movil');
    await expect(clientPage.locator('[data-fnmt]')).toHaveAttribute('data-fnmt', 'not-needed');
    await expect(clientPage.getByTestId('link-notice')).toHaveCount(0);
  } finally {
    await client.close();
  }
});

test('the QR code decodes to exactly the link', async ({ page }) => {
  await page.goto('/agent');
  await fillAgentForm(page, { id: 'nie', doc: 'tie', phone: 'foreign', tasks: ['tax', 'health'] });
  const link = await linkOf(page);
  const { data, width, height } = await qrPixels(page.getByTestId('qr-code'));
  const decoded = jsQR(Uint8ClampedArray.from(data), width, height);
  expect(decoded?.data).toBe(link);

  const download = page.getByRole('link', { name: 'Download the QR code (SVG)' });
  await expect(download).toHaveAttribute('download', 'clave-wizard-link.svg');
  expect(await download.getAttribute('href')).toMatch(/^data:image\/svg\+xml/);
});

test('answers the link will not use are named and left out', async ({ page }) => {
  await page.goto('/agent');
  await fillAgentForm(page, { id: 'dni', doc: 'tie', app: 'yes' });
  await expect(page.getByTestId('agent-off-path')).toContainText('Which document');
  const link = await linkOf(page);
  expect(link).not.toContain('doc=');
  expect(link).toContain('id=dni');
});

test('the embed code carries the answers and options', async ({ page, baseURL }) => {
  await page.goto('/agent');
  await fillAgentForm(page, { id: 'nie' });
  await page.getByLabel('Accent colour').fill('0B6E4F');
  await page.getByLabel('Transparent background').check();
  const snippet = await page.getByTestId('agent-snippet').inputValue();
  expect(snippet).toBe(
    `<div data-clave-wizard data-answers="id=nie&amp;v=1" data-accent="#0b6e4f" data-bg="transparent"></div>\n<script src="${baseURL ?? ''}/embed.js" async></script>`,
  );
  await page.getByLabel(/Embed mode/).check();
  await page.getByLabel('Frame name').fill('agency_1');
  expect(await linkOf(page)).toContain('embed=1&accent=0b6e4f&bg=transparent&frame=agency_1');
  await page.getByLabel('Accent colour').fill('blue');
  await expect(page.getByText(/This colour is not used yet/)).toBeVisible();
  expect(await linkOf(page)).not.toContain('accent=');
});

test('"New client" clears the form and everything stored on this device', async ({ page }) => {
  await page.goto('/?id=nie&doc=tie');
  await expect(page).toHaveURL(/\/q\/phone$/);
  expect(await page.evaluate(() => localStorage.length)).toBeGreaterThan(0);

  await page.goto('/agent');
  await fillAgentForm(page, { id: 'dni' });
  await page.getByRole('button', { name: 'New client' }).click();
  await expect(page.getByText('Cleared.')).toBeVisible();
  // Only the wizard's own key is left, holding an empty set of answers (which other tabs adopt).
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['clave-wizard']);
  expect(await page.evaluate(() => localStorage.getItem('clave-wizard'))).not.toMatch(/nie|dni/);
  await expect(page.locator('fieldset[data-question="id"] input[value="unset"]')).toBeChecked();
  expect(await linkOf(page)).toMatch(/\/\?v=1$/);
});

test('a link with bad parameters opens, names them politely and breaks nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/?id=nie&doc=passport&colour=blue&phone=es&phone=none&lang=xx');
  await expect(page).toHaveURL(/\/q\/doc\?colour=blue$/);
  const notice = page.getByTestId('link-notice');
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText('the answer in the link was not one we know');
  await expect(notice).toContainText('“colour”: this guide does not ask about it');
  await expect(notice).toContainText('more than once');
  await expect(notice).toContainText('Language');
  // The valid answer was kept and the wizard goes on.
  await page.locator('input[name="doc"][value="tie"]').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(/\/q\/phone$/);
  await notice.getByRole('button', { name: 'Dismiss this message' }).click();
  await expect(notice).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a link starts afresh: it never merges with answers stored before', async ({ page }) => {
  await page.goto('/?id=dni&phone=es&app=yes');
  await expect(page).toHaveURL(/\/q\/cert$/);
  await page.goto('/?id=nie');
  await expect(page).toHaveURL(/\/q\/doc$/);
  const stored = await page.evaluate(() => localStorage.getItem('clave-wizard'));
  expect(JSON.parse(stored ?? '{}')).toMatchObject({ state: { answers: { id: 'nie' } } });
  expect(stored).not.toContain('"phone"');
});

test('a link too long to read, or with no usable answer, still starts afresh and says why', async ({ page }) => {
  for (const link of [`/result?id=nie&doc=tie&tasks=${'tax,'.repeat(600)}`, '/?id=passport&doc=%3Cscript%3E']) {
    await page.goto('/?id=dni&phone=es&app=yes');
    await expect(page).toHaveURL(/\/q\/cert$/);
    await page.goto(link);
    await expect(page).toHaveURL(/\/q\/id$/);
    await expect(page.locator('input:checked')).toHaveCount(0);
    const notice = page.getByTestId('link-notice');
    await expect(notice).toContainText('The answers saved in this browser before have been cleared');
    // Nothing to continue: the start page does not offer the previous answers.
    await page.getByRole('link', { name: 'Cl@ve Wizard' }).first().click();
    await expect(page.getByRole('heading', { name: 'You have answers saved in this browser' })).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('clave-wizard'))).not.toMatch(/dni|"phone"/);
  }
});

test('"Share these answers" copies a link to the same answers', async ({ page, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const query = 'id=nie&doc=eu-cert&phone=es&app=yes&cert=no&work=employee&tasks=tax&use=occasional&visit=yes&fiscal=yes&island=mallorca';
  await page.goto(`/?${query}`);
  await expect(page).toHaveURL(/\/result$/);
  await page.getByRole('button', { name: 'Share these answers' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL ?? ''}/?${query}&lang=en&v=1`);
});
