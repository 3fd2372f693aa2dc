/**
 * public/_headers in a real browser: the preview server does not send those headers, so the
 * tests add them to the wizard's responses. The app must run under its CSP without a single
 * violation, and `frame-ancestors` alone must decide who may embed it.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';

/** The headers `public/_headers` gives every path (`/*`). */
function headersForAllPaths(): Record<string, string> {
  const lines = readFileSync(new URL('../public/_headers', import.meta.url), 'utf8').split('\n');
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of lines) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      inAll = line.trim() === '/*';
      continue;
    }
    if (!inAll) continue;
    const [name, ...value] = line.trim().split(':');
    if (name !== undefined) headers[name.trim().toLowerCase()] = value.join(':').trim();
  }
  return headers;
}

const HEADERS = headersForAllPaths();

/** Serves the wizard's responses with the given headers added. */
async function withHeaders(page: Page, wizard: string, headers: Record<string, string>): Promise<void> {
  await page.route(`${wizard}/**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
}

function collectViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(error.message));
  return violations;
}

test('public/_headers: a CSP with frame-ancestors, a referrer policy, no X-Frame-Options', () => {
  expect(HEADERS['content-security-policy']).toMatch(/default-src 'self'/);
  expect(HEADERS['content-security-policy']).toMatch(/frame-ancestors [^;]+/);
  expect(HEADERS['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(HEADERS).not.toHaveProperty('x-frame-options');
  expect(readFileSync(new URL('../public/_headers', import.meta.url), 'utf8')).not.toMatch(/^\s*X-Frame-Options/im);
});

test('the app runs under the CSP of public/_headers without a violation', async ({ page, baseURL }) => {
  const wizard = baseURL ?? '';
  await withHeaders(page, wizard, HEADERS);
  const violations = collectViolations(page);
  await page.goto('/agent');
  await page.locator('fieldset[data-question="id"] input[value="nie"]').check();
  await expect(page.getByTestId('qr-code')).toBeVisible();
  await page.goto('/?id=nie&doc=eu-cert&phone=es&app=yes&cert=no&work=employee&tasks=tax&use=occasional&visit=yes&fiscal=yes&island=mallorca&embed=1&accent=0b6e4f');
  await expect(page.locator('[data-route]')).toHaveAttribute('data-route', 'invitation-letter');
  await expect(page.locator('html')).toHaveAttribute('data-embed', '');
  expect(violations).toEqual([]);
});

test.describe('frame-ancestors decides who may embed', () => {
  let server: Server;
  let hostOrigin = '';
  test.beforeAll(async () => {
    server = createServer((request, response) => {
      const src = new URL(request.url ?? '/', 'http://x').searchParams.get('src') ?? '';
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><title>host</title><iframe title="Cl@ve Wizard" src="${src.replace(/"/g, '')}"></iframe>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => { resolve(); }));
  });

  async function embedsWith(page: Page, wizard: string, csp: string): Promise<boolean> {
    await withHeaders(page, wizard, { ...HEADERS, 'content-security-policy': csp });
    await page.goto(`${hostOrigin}/?src=${encodeURIComponent(`${wizard}/?embed=1`)}`);
    const heading = page.frameLocator('iframe').getByRole('heading', { level: 1 });
    try {
      await expect(heading).toBeVisible({ timeout: 5000 });
      return true;
    } catch {
      return false;
    }
  }

  test('the default policy refuses a plain-http host page', async ({ page, baseURL }) => {
    expect(await embedsWith(page, baseURL ?? '', HEADERS['content-security-policy'] ?? '')).toBe(false);
  });

  test('naming the agency in frame-ancestors lets it embed', async ({ page, baseURL }) => {
    const csp = (HEADERS['content-security-policy'] ?? '').replace(/frame-ancestors [^;]+/, `frame-ancestors 'self' ${hostOrigin}`);
    expect(await embedsWith(page, baseURL ?? '', csp)).toBe(true);
  });
});
