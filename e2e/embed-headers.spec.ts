/**
 * Headers everywhere the app is served, from one definition (scripts/hosting/headers.ts): the files the
 * build writes for the hosts, what the preview server sends, the nginx snippet in docs/hosting.md,
 * and `frame-ancestors` alone deciding who may embed the wizard.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { headerRules, headersFile, headersFor, REDIRECTS_FILE } from '../scripts/hosting/headers';
import { startHost, type Host } from './host';
import { E2E_RULES, SHIPPED_CSP } from './server';

const dist = (name: string) => readFileSync(new URL(`../dist/${name}`, import.meta.url), 'utf8');

/** The nginx configuration in docs/hosting.md: the shared snippet, and each location's own headers. */
function nginxConfig(): { snippet: Record<string, string>; locations: Map<string, Record<string, string>> } {
  const doc = readFileSync(new URL('../docs/hosting.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf('## nginx'));
  const [snippet = '', server = ''] = [...section.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]);
  const headers = (text: string) =>
    Object.fromEntries([...text.matchAll(/add_header ([A-Za-z-]+) "([^"]*)" always;/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
  const locations = new Map<string, Record<string, string>>();
  for (const [, path = '', body = ''] of server.matchAll(/location (?:= )?(\S+) \{([^}]*)\}/g)) locations.set(path, headers(body));
  return { snippet: headers(snippet), locations };
}

test('the build writes the hosting files from the one definition, with no X-Frame-Options', () => {
  expect(dist('_headers')).toBe(headersFile(headerRules()));
  expect(dist('_headers')).not.toMatch(/^\s*X-Frame-Options:/im);
  expect(dist('_redirects')).toBe(REDIRECTS_FILE);
  expect(dist('_redirects')).toMatch(/^\/\*\s+\/index\.html\s+200$/m);
  expect(headersFor('/')['Content-Security-Policy']).toBe(SHIPPED_CSP);
  expect(headersFor('/')['Referrer-Policy']).toBe('no-referrer');
});

test('docs/hosting.md’s nginx configuration sends exactly those headers', () => {
  const { snippet, locations } = nginxConfig();
  // The snippet every location includes: the headers of every path.
  expect(snippet).toEqual(headerRules()[0]?.headers);
  // Each location adds its path's own headers: `/` stands for the app shell, index.html.
  const own = (path: string) => Object.fromEntries(Object.entries(headersFor(path)).filter(([name]) => !(name in snippet)));
  for (const [location, path] of [['/', '/index.html'], ['/assets/', '/assets/x.js'], ['/sw.js', '/sw.js'], ['/manifest.webmanifest', '/manifest.webmanifest'], ['/embed.js', '/embed.js']] as const) {
    expect(locations.get(location), location).toEqual(own(path));
  }
  expect(JSON.stringify([snippet, [...locations.values()]])).not.toMatch(/X-Frame-Options/i);
});

test('the preview server sends the same headers on every path, deep links included', async ({ request }) => {
  for (const path of ['/', '/q/doc', '/result', '/agent', '/check?x=1', '/embed.js', '/sw.js', '/manifest.webmanifest', '/favicon.svg']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    for (const [name, value] of Object.entries(headersFor(new URL(path, 'http://x').pathname, E2E_RULES))) {
      expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
    }
    expect(headers, path).not.toHaveProperty('x-frame-options');
    expect(headers, path).not.toHaveProperty('set-cookie');
  }
  const html = await (await request.get('/')).text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
  expect((await request.get(asset)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test.describe('frame-ancestors decides who may embed', () => {
  let host: Host;
  test.beforeAll(async () => {
    host = await startHost();
  });
  test.afterAll(async () => {
    await host.close();
  });

  /** Serves the wizard with this CSP instead of the preview server's, and says whether the frame shows it. */
  async function embedsWith(page: Page, wizard: string, csp: string): Promise<boolean> {
    await page.route(`${wizard}/**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    await page.goto(host.url('raw-iframe.html', { WIZARD: wizard, QUERY: 'embed=1' }));
    const heading = page.frameLocator('iframe').getByRole('heading', { level: 1 });
    try {
      await expect(heading).toBeVisible({ timeout: 5000 });
      return true;
    } catch {
      return false;
    }
  }

  test('the shipped policy refuses a plain-http host page', async ({ page, baseURL }) => {
    expect(await embedsWith(page, baseURL ?? '', SHIPPED_CSP)).toBe(false);
  });

  test('naming the agency in frame-ancestors lets it embed', async ({ page, baseURL }) => {
    const csp = SHIPPED_CSP.replace(/frame-ancestors [^;]+/, `frame-ancestors 'self' ${host.origin}`);
    expect(await embedsWith(page, baseURL ?? '', csp)).toBe(true);
  });
});
