/**
 * The app under its own headers, as the preview server sends them (scripts/hosting/headers.ts): whole
 * journeys, the agent page and embed mode without a single Content-Security-Policy violation,
 * Permissions-Policy complaint or request to another origin; and a build with no inline script,
 * no inline style and no eval for the policy to refuse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { WORKED_EXAMPLES } from '../tests/fixtures/worked-examples';
import { startHost } from './host';
import { answerUntilCheck, type JourneyAnswers } from './support';

interface Watch {
  /** CSP violations (reported by every frame) and the browser's own policy errors. */
  readonly violations: string[];
  /** Requests to any origin not allowed for the test. */
  readonly foreign: string[];
}

/** Records violations and foreign requests in every page and frame of the context. */
async function watch(context: BrowserContext, allowedOrigins: readonly string[]): Promise<Watch> {
  const violations: string[] = [];
  const foreign: string[] = [];
  // Injected by the browser, not by the page, so it runs in every frame whatever the page's policy.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`[policy violation] ${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  context.on('console', (message) => {
    if (/policy violation|Content Security Policy|Refused to|Permissions-Policy|permissions policy/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  context.on('weberror', (error) => violations.push(`page error: ${error.error().message}`));
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!allowedOrigins.includes(url.origin)) foreign.push(request.url());
  });
  return { violations, foreign };
}

async function journey(page: Page, answers: JourneyAnswers): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now', exact: true }).click();
  await answerUntilCheck(page, answers);
  await page.getByRole('button', { name: 'See my plan', exact: true }).click();
  await expect(page.locator('[data-section="route"]')).toBeVisible();
  await page.locator('[data-section="checklist"] input[type="checkbox"]').first().check();
  await page.getByRole('button', { name: 'Share these answers' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Back to your answers' }).click();
  await page.getByRole('button', { name: 'Clear my answers', exact: true }).click();
  await expect(page.getByText('Your answers have been cleared.')).toBeVisible();
}

test('the watch itself sees a violation and a foreign request when there is one', async ({ context, page, baseURL }) => {
  const seen = await watch(context, [baseURL ?? '']);
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
    const image = new Image();
    image.src = 'https://elsewhere.example/pixel.png';
    document.body.append(image);
  });
  await expect.poll(() => seen.violations.length).toBeGreaterThan(0);
  await expect.poll(() => seen.foreign).toContain('https://elsewhere.example/pixel.png');
  expect(await page.evaluate(() => (window as unknown as { __inline?: boolean }).__inline)).toBeUndefined();
});

test('whole journeys run under the policy: no violation, no request to another origin', async ({ context, page, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const seen = await watch(context, [baseURL ?? '']);
  for (const answers of [WORKED_EXAMPLES['letter-mallorca'], WORKED_EXAMPLES['autonomo-ibiza'], WORKED_EXAMPLES['in-person-menorca']]) {
    await journey(page, answers);
  }
  expect(seen.violations).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('the agent page runs under the policy: link, QR code, its download, the embed code', async ({ context, page, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const seen = await watch(context, [baseURL ?? '']);
  await page.goto('/agent');
  for (const [id, value] of Object.entries({ id: 'nie', doc: 'tie', phone: 'es', work: 'company' })) {
    await page.locator(`fieldset[data-question="${id}"] input[value="${value}"]`).check();
  }
  await page.locator('fieldset[data-question="tasks"] input[value="tax"]').check();
  await page.getByLabel(/Embed mode/).check();
  await page.getByLabel('Accent colour').fill('0b6e4f');
  await expect(page.getByTestId('qr-code')).toBeVisible();
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the QR code (SVG)' }).click();
  expect((await download).suggestedFilename()).toBe('clave-wizard-link.svg');
  await page.getByRole('button', { name: 'New client', exact: true }).click();
  await expect(page.getByText(/^Cleared\./)).toBeVisible();
  expect(seen.violations).toEqual([]);
  expect(seen.foreign).toEqual([]);
});

test('embed mode runs under the policy, in an agency’s page and on its own', async ({ context, page, baseURL }) => {
  const wizard = baseURL ?? '';
  const host = await startHost();
  try {
    const seen = await watch(context, [wizard, host.origin]);
    await page.goto(host.url('embed.html', { WIZARD: wizard, ANSWERS: 'id=nie&doc=eu-cert&phone=es&app=yes&cert=no&work=employee&tasks=tax&use=occasional&visit=yes&fiscal=yes' }));
    const frame = page.frameLocator('#wizard iframe');
    await frame.locator('input[name="island"][value="mallorca"]').check();
    await frame.getByRole('button', { name: 'Continue', exact: true }).click();
    await frame.getByRole('button', { name: 'See my plan' }).click();
    await expect(frame.locator('[data-route]')).toHaveAttribute('data-route', 'invitation-letter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __events: { type: string }[] }).__events.some((e) => e.type === 'result'))).toBe(true);

    await page.goto(`/?id=nie&tasks=tax,sign&embed=1&accent=0b6e4f&bg=transparent`);
    await expect(page.locator('html')).toHaveAttribute('data-embed', '');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(seen.violations).toEqual([]);
    expect(seen.foreign).toEqual([]);
  } finally {
    await host.close();
  }
});

test('the build has no inline script, no inline style and no eval for the policy to refuse', () => {
  const dist = new URL('../dist/', import.meta.url);
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
  const html = files.filter((f) => f.endsWith('.html'));
  const js = files.filter((f) => f.endsWith('.js'));
  expect(html).toContain('index.html');
  expect(js.length).toBeGreaterThan(2);
  for (const file of html) {
    const text = readFileSync(new URL(file, dist), 'utf8');
    // Every <script> has a src, and nothing carries a style element, a style attribute or an inline handler.
    for (const [tag] of text.matchAll(/<script\b[^>]*>/gi)) expect(tag, file).toMatch(/\ssrc=/);
    expect(text, file).not.toMatch(/<style\b/i);
    expect(text, file).not.toMatch(/\sstyle\s*=/i);
    expect(text, file).not.toMatch(/\son[a-z]+\s*=/i);
    expect(text, file).not.toMatch(/javascript:/i);
  }
  for (const file of js) {
    const text = readFileSync(new URL(file, dist), 'utf8');
    expect(text, file).not.toMatch(/\beval\s*\(|new Function\s*\(|\bFunction\s*\(\s*["'`]/);
  }
});
