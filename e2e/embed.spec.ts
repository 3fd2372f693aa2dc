/**
 * Embedding across origins: a host page on http://localhost:<port> (a tiny server started here)
 * embeds the wizard from the preview server (http://127.0.0.1:<E2E_PORT, default 4173>) with public/embed.js.
 */
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { startHost, type Host, type HostEvent } from './host';

/** Worked example 1 (docs/rules.md#worked-examples) without `island`: the wizard opens at the last question. */
const ALMOST_EXAMPLE_1 =
  'id=nie&doc=eu-cert&phone=es&app=yes&cert=no&work=employee&tasks=tax&use=occasional&visit=yes&fiscal=yes';

let host: Host;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.close();
});

function events(page: Page): Promise<HostEvent[]> {
  return page.evaluate(() => (window as unknown as { __events: HostEvent[] }).__events);
}

async function heights(iframe: Locator, frame: FrameLocator): Promise<{ iframe: number; content: number }> {
  const box = await iframe.boundingBox();
  const content = await frame.locator('.embed-root').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  return { iframe: Math.round(box?.height ?? 0), content };
}

/** Waits until the iframe is exactly as tall as the wizard's content; returns that height. */
async function settledHeight(iframe: Locator, frame: FrameLocator): Promise<number> {
  await expect
    .poll(async () => {
      const h = await heights(iframe, frame);
      return Math.abs(h.iframe - h.content);
    })
    .toBeLessThanOrEqual(1);
  return (await heights(iframe, frame)).iframe;
}

async function finishExampleInFrame(frame: FrameLocator): Promise<void> {
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Where do you live?');
  await frame.locator('input[name="island"][value="mallorca"]').check();
  await frame.getByRole('button', { name: 'Continue', exact: true }).click();
  await frame.getByRole('button', { name: 'See my plan' }).click();
  await expect(frame.locator('[data-route]')).toHaveAttribute('data-route', 'invitation-letter');
}

test('a host page embeds the wizard pre-filled, follows its height and receives the result', async ({ page, baseURL }) => {
  const wizard = baseURL ?? '';
  await page.goto(host.url('embed.html', { WIZARD: wizard, ANSWERS: ALMOST_EXAMPLE_1 }));
  const iframe = page.locator('#wizard iframe');
  const frame = page.frameLocator('#wizard iframe');
  await expect(iframe).toHaveAttribute('title', 'Cl@ve Wizard');
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  const src = new URL((await iframe.getAttribute('src')) ?? '');
  expect(src.origin).toBe(wizard);
  expect(src.searchParams.get('embed')).toBe('1');
  expect(src.searchParams.get('origin')).toBe(host.origin);

  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Where do you live?');
  // No chrome in embed mode, and nothing took the focus from the host page.
  await expect(frame.locator('.site-header')).toBeHidden();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  const short = await settledHeight(iframe, frame);

  await finishExampleInFrame(frame);
  const long = await settledHeight(iframe, frame);
  expect(long).toBeGreaterThan(short + 300);

  await expect.poll(async () => (await events(page)).filter((e) => e.type === 'result')).toHaveLength(1);
  const all = await events(page);
  const frameId = src.searchParams.get('frame');
  for (const event of all) expect(event).toMatchObject({ source: 'clave-wizard', version: 1, frame: frameId });
  expect(all.filter((e) => e.type === 'step').map((e) => e.step)).toEqual(['island', 'check', 'result']);
  const result = all.find((e) => e.type === 'result')?.result ?? {};
  expect(Object.keys(result).sort()).toEqual(
    ['alsoActivate', 'alternatives', 'blockers', 'checklist', 'fnmt', 'level', 'levelObtained', 'route', 'variant', 'warnings'].sort(),
  );
  expect(result).toMatchObject({
    route: 'invitation-letter',
    level: 'basic',
    levelObtained: 'basic',
    variant: 'movil',
    fnmt: 'not-needed',
    blockers: [],
    alternatives: ['in-person'],
  });
  expect(JSON.stringify(all)).not.toMatch(/eu-cert|mallorca|employee/); // ids of the plan only, no answers

  // Back to a short page: the frame shrinks again.
  await frame.getByRole('link', { name: 'Back to your answers' }).click();
  await frame.getByRole('link', { name: 'Change Where you live' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Where do you live?');
  const again = await settledHeight(iframe, frame);
  expect(again).toBeLessThan(long - 300);
});

test('the frame stays embedded when it reloads at a path without the embed parameters', async ({ page, baseURL }) => {
  const wizard = baseURL ?? '';
  await page.goto(host.url('embed.html', { WIZARD: wizard, ANSWERS: ALMOST_EXAMPLE_1 }));
  const iframe = page.locator('#wizard iframe');
  const frame = page.frameLocator('#wizard iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Where do you live?');
  // As the service worker's update does: a plain reload, here of the start page (reachable
  // whether or not the frame's storage kept the answers).
  await frame.locator('body').evaluate(() => {
    window.location.assign('/');
  });
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('Find the right Cl@ve login');
  await expect(frame.locator('.site-header')).toBeHidden();
  await settledHeight(iframe, frame);
  await expect.poll(async () => (await events(page)).map((e) => e.step)).toEqual(['island', 'start']);
});

test('messages from a foreign origin or window are ignored', async ({ page, baseURL }) => {
  const wizard = baseURL ?? '';
  // A frame on another origin (127.0.0.1:<host port>) imitating the wizard's messages.
  const evilOrigin = host.origin.replace('localhost', '127.0.0.1');
  await page.goto(
    host.url('embed.html', {
      WIZARD: wizard,
      ANSWERS: ALMOST_EXAMPLE_1,
      EXTRA: `<iframe id="evil" title="other" src="${evilOrigin}/evil.html"></iframe>`,
    }),
  );
  const iframe = page.locator('#wizard iframe');
  const frame = page.frameLocator('#wizard iframe');
  await expect(page.frameLocator('#evil').locator('body[data-sent="yes"]')).toHaveCount(1);
  const before = await settledHeight(iframe, frame);

  // The host page itself posting a wizard-shaped message: wrong source window.
  await page.evaluate(() => {
    window.postMessage({ source: 'clave-wizard', version: 1, type: 'resize', height: 41 }, '*');
    window.postMessage({ source: 'clave-wizard', version: 1, type: 'result', result: { route: 'app-video' } }, '*');
  });
  await page.waitForTimeout(300);
  expect(Math.round((await iframe.boundingBox())?.height ?? 0)).toBe(before);
  const received = await events(page);
  expect(received.filter((e) => e.type === 'result')).toEqual([]);
  expect(received.map((e) => e.step)).toEqual(['island']);
});

test('addresses the host-page script must refuse: no script runs in the host, no forged event is passed on', async ({ page, baseURL }) => {
  const wizard = baseURL ?? '';
  const foreign = host.origin.replace('localhost', '127.0.0.1');
  await page.goto(host.url('hostile.html', { WIZARD: wizard, FOREIGN: foreign }));
  const ids = ['w-javascript', 'w-data', 'w-blob', 'w-relative', 'w-foreign'];
  // Every element gets the wizard itself, which reports its start page: the script is working.
  await expect
    .poll(async () => (await events(page)).map((e) => (e as HostEvent & { element: string }).element).sort())
    .toEqual([...ids].sort());
  for (const id of ids) {
    const src = new URL((await page.locator(`#${id} iframe`).getAttribute('src')) ?? '');
    expect(src.origin, id).toBe(wizard);
    expect(src.pathname, id).toBe('/');
  }
  await page.waitForTimeout(300);
  const received = await events(page);
  expect(received.map((e) => [e.type, e.step])).toEqual(ids.map(() => ['step', 'start']));
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  const warnings = await page.evaluate(() => (window as unknown as { __warnings: string[] }).__warnings);
  expect(warnings).toHaveLength(ids.length);
  for (const warning of warnings) expect(warning).toMatch(/data-src must be an absolute http\(s\) address/);
});

test('the wizard sends data only to a parent origin it can verify', async ({ page, baseURL }) => {
  const wizard = baseURL ?? '';
  // The host claims to be another site: the wizard still reports its height, but no step or result.
  await page.goto(
    host.url('raw-iframe.html', {
      WIZARD: wizard,
      QUERY: `${ALMOST_EXAMPLE_1}&island=ibiza&embed=1&frame=f1&origin=https://agency.example`,
    }),
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-route]')).toHaveAttribute('data-route', 'invitation-letter');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __messages: HostEvent[] }).__messages.map((m) => m.type)))
    .toContain('resize');
  await page.waitForTimeout(300);
  const types = await page.evaluate(() => (window as unknown as { __messages: HostEvent[] }).__messages.map((m) => m.type));
  expect(new Set(types)).toEqual(new Set(['resize']));
});

test('the embedded wizard completes with storage blocked', async ({ browser, baseURL }) => {
  const wizard = baseURL ?? '';
  const context = await browser.newContext();
  try {
    // In the wizard's frames, touching localStorage or sessionStorage throws, as in a blocked third-party frame.
    await context.addInitScript((wizardOrigin: string) => {
      if (location.origin !== wizardOrigin) return;
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    }, wizard);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(host.url('embed.html', { WIZARD: wizard, ANSWERS: ALMOST_EXAMPLE_1 }));
    const frame = page.frameLocator('#wizard iframe');
    expect(
      await frame.locator('body').evaluate(() => {
        try {
          return typeof window.localStorage;
        } catch {
          return 'blocked';
        }
      }),
    ).toBe('blocked');
    await finishExampleInFrame(frame);
    await expect.poll(async () => (await events(page)).some((e) => e.type === 'result')).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
