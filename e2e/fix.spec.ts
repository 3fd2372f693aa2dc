/**
 * The fix path ("I already have Cl@ve"): every problem clicked from the start page to its fix,
 * fix links opened in a fresh browser, the fix path embedded in a cross-origin host page, and
 * Back/Forward and deep links within the path. Pages are found by role and stable ids
 * (`data-fix`, `data-section`, input values), not by copy.
 */
import { expect, test, type Page } from '@playwright/test';
import { startHost, type Host, type HostEvent } from './host';
import { expectNoAxeViolations } from './support';

type FixAnswers = Readonly<Record<string, string>>;

/** The fix question a page of the fix path shows (`/fix` is the problem), or undefined. */
function currentFixQuestion(page: Page): string | undefined {
  const path = new URL(page.url()).pathname;
  if (path === '/fix') return 'problem';
  return /^\/fix\/q\/([a-z]+)$/.exec(path)?.[1];
}

const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue', exact: true });

/**
 * Answers whatever fix question the page shows, from `answers`, until the check page or the fix;
 * returns the ids asked. `axeAt` names questions whose page gets an axe scan (before answering).
 */
async function answerFixQuestions(page: Page, answers: FixAnswers, axeAt: readonly string[] = []): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const q = currentFixQuestion(page);
    if (q === undefined) break;
    asked.push(q);
    if (axeAt.includes(q)) await expectNoAxeViolations(page);
    const value = answers[q];
    if (value === undefined) throw new Error(`The fix journey has no answer for "${q}"`);
    await page.locator(`input[name="${q}"][value="${value}"]`).check();
    await continueButton(page).click();
    await expect(page).not.toHaveURL(new RegExp(`${q === 'problem' ? '/fix' : `/fix/q/${q}`}$`));
  }
  await expect(page).toHaveURL(/\/fix\/(check|result)$/);
  return asked;
}

/** The fix page's id hook. */
const fixView = (page: Page) => page.locator('[data-fix-view]');

/** What every fix page shows, whatever the fix: its id, the steps, the sources, print and share. */
async function expectFixShown(page: Page, fix: string): Promise<void> {
  await expect(page).toHaveURL(/\/fix\/result$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your Cl@ve fix' })).toBeVisible();
  await expect(fixView(page)).toHaveAttribute('data-fix', fix);
  const steps = page.locator('[data-section="fix-steps"]');
  await expect(steps).toHaveAttribute('data-fix', fix);
  expect(await steps.getByRole('list').last().getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
  const sources = page.locator('[data-section="sources"]');
  const cited = await sources.locator('[data-source]').count();
  expect(cited).toBeGreaterThan(0);
  await expect(sources).toHaveAttribute('data-count', String(cited));
  for (const link of await sources.getByRole('link').all()) await expect(link).toHaveAttribute('href', /^https:\/\//);
  await expect(page.getByRole('button', { name: /^Print/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share these answers', exact: true })).toBeVisible();
}

interface FixJourney {
  answers: FixAnswers & { problem: string };
  /** the questions asked, in order (more than two: the check page comes before the fix) */
  asked: string[];
  fix: string;
  /** the notes and warnings shown, space-separated ('' for none) */
  notes: string;
  /** what to bring ('' for nothing) */
  bring?: string;
  offices?: string;
  /** the hand-over link to the main flow: its answers, and where it lands */
  handover?: { query: string; lands?: RegExp };
  axe?: { problem?: true; questions?: readonly string[]; check?: true; result?: true };
}

const IN_PERSON_NIE = 'book-appointment bring-residence-document bring-passport';
const NEW_NUMBER_WARNINGS = 'one-number-per-person register-the-number-you-keep';

const FIX_JOURNEYS: FixJourney[] = [
  {
    answers: { problem: 'new-phone', oldsms: 'yes' },
    asked: ['problem', 'oldsms'],
    fix: 'new-phone-sms',
    notes: 'only-one-device',
    axe: { problem: true },
  },
  {
    answers: { problem: 'new-number', cert: 'no', visit: 'yes', id: 'nie', island: 'mallorca' },
    asked: ['problem', 'cert', 'visit', 'id', 'island'],
    fix: 'new-number-in-person',
    notes: NEW_NUMBER_WARNINGS,
    bring: IN_PERSON_NIE,
    offices: 'aeat-appointment seg-social-appointment clave-office-finder',
    axe: { questions: ['island'], check: true, result: true },
  },
  { answers: { problem: 'password' }, asked: ['problem'], fix: 'password-reset', notes: '' },
  {
    answers: { problem: 'activation-code', id: 'nie' },
    asked: ['problem', 'id'],
    fix: 'activation-code-renew',
    notes: 'code-blocked-register-again',
    // The main flow opens with the NIE known: its next question is the document.
    handover: { query: 'id=nie&v=1', lands: /\/q\/doc$/ },
  },
  { answers: { problem: 'card-renewed', id: 'dni' }, asked: ['problem', 'id'], fix: 'card-renewed-dni', notes: '' },
  {
    answers: { problem: 'need-advanced', cert: 'no', visit: 'no', id: 'dni' },
    asked: ['problem', 'cert', 'visit', 'id'],
    fix: 'advanced-no-route',
    notes: 'review-raises-level',
  },
  {
    answers: { problem: 'firma-expired', visit: 'no', id: 'nie' },
    asked: ['problem', 'visit', 'id'],
    fix: 'firma-renew-no-route',
    notes: '',
  },
  { answers: { problem: 'change-email' }, asked: ['problem'], fix: 'email-change', notes: '' },
  {
    answers: { problem: 'renounce', cert: 'yes' },
    asked: ['problem', 'cert'],
    fix: 'renounce-online',
    notes: 'renounce-instead renouncing-is-hard',
    handover: { query: 'cert=yes&v=1' },
  },
];

test('the fix journeys cover every problem the problem page offers', async ({ page }) => {
  await page.goto('/fix');
  const offered = await page.locator('input[name="problem"]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  expect(offered).toHaveLength(9);
  expect(FIX_JOURNEYS.map((j) => j.answers.problem)).toEqual(offered);
  // Every problem is optional to explain, but each radio has an accessible name.
  for (const radio of await page.getByRole('radio').all()) await expect(radio).toHaveAccessibleName(/\S/);
});

for (const journey of FIX_JOURNEYS) {
  test(`fix journey, ${journey.answers.problem}: ${journey.fix}`, async ({ page, baseURL }) => {
    await page.goto('/');
    // The start page's second way in.
    const way = page.getByRole('region', { name: 'Two ways in' }).locator('[data-way="fix"]');
    await expect(way.getByRole('heading', { name: 'I already have Cl@ve' })).toBeVisible();
    await way.getByRole('link').click();
    await expect(page).toHaveURL(/\/fix$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

    const asked = await answerFixQuestions(page, journey.answers, [
      ...(journey.axe?.problem === true ? ['problem'] : []),
      ...(journey.axe?.questions ?? []),
    ]);
    expect(asked).toEqual(journey.asked);

    if (journey.asked.length > 2) {
      await expect(page).toHaveURL(/\/fix\/check$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
      // One row per question asked, each with its Change link.
      const rows = page.locator('[data-question]');
      await expect(rows).toHaveCount(journey.asked.length);
      expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-question')))).toEqual(journey.asked);
      await expect(page.getByRole('link', { name: /^Change / })).toHaveCount(journey.asked.length);
      if (journey.axe?.check === true) await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'See my fix', exact: true }).click();
    }
    await expectFixShown(page, journey.fix);

    const notes = page.locator('[data-section="notes"]');
    if (journey.notes === '') await expect(notes).toHaveCount(0);
    else await expect(notes).toHaveAttribute('data-notes', journey.notes);
    const bring = page.locator('[data-section="bring"]');
    if (journey.bring === undefined) await expect(bring).toHaveCount(0);
    else await expect(bring).toHaveAttribute('data-bring', journey.bring);
    const offices = page.locator('[data-section="offices"]');
    if (journey.offices === undefined) await expect(offices).toHaveCount(0);
    else {
      await expect(offices).toHaveAttribute('data-offices', journey.offices);
      await expect(offices.locator('[data-office]')).toHaveCount(journey.offices.split(' ').length);
      await expect(offices).toHaveAttribute('data-island', journey.answers.island ?? '');
    }
    if (journey.axe?.result === true) await expectNoAxeViolations(page);

    const handover = page.locator('[data-handover]');
    if (journey.handover === undefined) {
      await expect(handover).toHaveCount(0);
    } else {
      const link = handover.getByRole('link');
      await expect(link).toHaveAttribute('href', `${baseURL ?? ''}/?${journey.handover.query}`);
      if (journey.handover.lands !== undefined) {
        await link.click();
        await expect(page).toHaveURL(journey.handover.lands);
        // The main flow's answers were carried over: Back shows the identity number chosen.
        await page.getByRole('link', { name: 'Back', exact: true }).click();
        await expect(page).toHaveURL(/\/q\/id$/);
        await expect(page.locator(`input[name="id"][value="${journey.answers.id ?? ''}"]`)).toBeChecked();
      }
    }
  });
}

test.describe('fix links', () => {
  test('a shared fix link opens the same fix in a fresh browser', async ({ page, browser, baseURL }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/fix');
    await page.locator('input[name="problem"][value="firma-expired"]').check();
    await continueButton(page).click();
    await page.locator('input[name="visit"][value="yes"]').check();
    await continueButton(page).click();
    await page.locator('input[name="id"][value="dni"]').check();
    await continueButton(page).click();
    await page.locator('input[name="island"][value="menorca"]').check();
    await continueButton(page).click();
    await expect(page).toHaveURL(/\/fix\/check$/);
    await page.getByRole('button', { name: 'See my fix', exact: true }).click();
    await expect(fixView(page)).toHaveAttribute('data-fix', 'firma-renew-dnie-or-in-person');
    await page.getByRole('button', { name: 'Share these answers', exact: true }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${baseURL ?? ''}/fix?problem=firma-expired&visit=yes&id=dni&island=menorca&lang=en&v=1`);

    const client = await browser.newContext();
    try {
      const clientPage = await client.newPage();
      await clientPage.goto(link);
      // A complete link opens the fix itself, however many questions its path asks (like /result
      // for the main flow), with the link's answers and without its parameters in the address bar.
      await expect(clientPage).toHaveURL(/\/fix\/result$/);
      await expectFixShown(clientPage, 'firma-renew-dnie-or-in-person');
      await expect(clientPage.locator('[data-section="bring"]')).toHaveAttribute('data-bring', 'book-appointment bring-dni');
      await expect(clientPage.locator('[data-section="offices"]')).toHaveAttribute('data-island', 'menorca');
      await expect(clientPage.getByTestId('link-notice')).toHaveCount(0);
    } finally {
      await client.close();
    }
  });

  test('a short fix link opens the fix itself, an incomplete one its first unanswered question', async ({ browser }) => {
    const client = await browser.newContext();
    try {
      const page = await client.newPage();
      await page.goto('/fix?problem=card-renewed&id=nie&v=1');
      await expectFixShown(page, 'card-renewed-nie');
      await page.goto('/fix?problem=new-number&cert=no&v=1');
      await expect(page).toHaveURL(/\/fix\/q\/visit$/);
      // Back from there is the question the link answered, with its answer.
      await page.getByRole('link', { name: 'Back', exact: true }).click();
      await expect(page).toHaveURL(/\/fix\/q\/cert$/);
      await expect(page.locator('input[name="cert"][value="no"]')).toBeChecked();
      await expect(page.getByTestId('link-notice')).toHaveCount(0);
    } finally {
      await client.close();
    }
  });

  test("a link mixing both paths' answers names the other path's parameter", async ({ browser }) => {
    const client = await browser.newContext();
    try {
      const page = await client.newPage();
      // A fix link with a question of the main flow: the fix is shown, `doc` is named and left out.
      await page.goto('/fix?problem=password&doc=tie');
      await expectFixShown(page, 'password-reset');
      const notice = page.getByTestId('link-notice');
      await expect(notice).toHaveAttribute('role', 'status');
      await expect(notice.getByRole('listitem')).toHaveCount(1);
      await expect(notice).toContainText('Document with your NIE');
      await expect(notice).toContainText('the other part of this guide');
      expect(await page.evaluate(() => localStorage.getItem('clave-wizard'))).not.toContain('tie');

      // A main-flow link with a fix-only question: the main flow opens, `oldsms` is named.
      await page.goto('/?id=dni&oldsms=yes');
      await expect(page).toHaveURL(/\/q\/phone$/);
      await expect(notice.getByRole('listitem')).toHaveCount(1);
      await expect(notice).toContainText('SMS to the registered number');
      await expect(notice).toContainText('the other part of this guide');
    } finally {
      await client.close();
    }
  });
});

test.describe('the fix path embedded', () => {
  let host: Host;
  test.beforeAll(async () => {
    host = await startHost();
  });
  test.afterAll(async () => {
    await host.close();
  });

  test('a cross-origin host page hears the fix steps and the fix ids, never the answers', async ({ page, baseURL }) => {
    const wizard = baseURL ?? '';
    // The host fixture page, set up to embed the wizard at /fix (data-src) instead of its start
    // page, and to record the `clave-wizard:fix-result` DOM events too.
    const extra = `<div id="fix-wizard" data-clave-wizard data-src="${wizard}/fix" data-min-height="150" data-max-height="20000"></div>
<script>
  window.__raw = [];
  window.addEventListener('message', (event) => { if (event.origin === '${wizard}') window.__raw.push(event.data); });
  document.addEventListener('clave-wizard:fix-result', (event) => window.__events.push({ name: event.type, ...event.detail }));
  document.getElementById('wizard').remove();
  if (window.ClaveWizard) window.ClaveWizard.scan();
</script>`;
    await page.goto(host.url('embed.html', { WIZARD: wizard, EXTRA: extra }));
    const iframe = page.locator('#fix-wizard iframe');
    const frame = page.frameLocator('#fix-wizard iframe');
    const src = new URL((await iframe.getAttribute('src')) ?? '');
    expect(src.origin).toBe(wizard);
    expect(src.pathname).toBe('/fix');
    const frameId = src.searchParams.get('frame');
    expect(frameId).toBeTruthy();

    const events = () => page.evaluate(() => (window as unknown as { __events: (HostEvent & { name?: string })[] }).__events);
    await expect(frame.locator('input[name="problem"]')).toHaveCount(9);
    await expect(frame.locator('.site-header')).toBeHidden();
    await expect.poll(async () => (await events()).map((e) => e.step)).toEqual(['fix:problem']);

    const answers: FixAnswers = { problem: 'new-number', cert: 'no', visit: 'yes', id: 'nie', island: 'ibiza' };
    for (const q of ['problem', 'cert', 'visit', 'id', 'island']) {
      await frame.locator(`input[name="${q}"][value="${answers[q] ?? ''}"]`).check();
      await frame.getByRole('button', { name: 'Continue', exact: true }).click();
    }
    await frame.getByRole('button', { name: 'See my fix', exact: true }).click();
    await expect(frame.locator('[data-fix-view]')).toHaveAttribute('data-fix', 'new-number-in-person');

    await expect.poll(async () => (await events()).filter((e) => e.type === 'fix-result')).toHaveLength(1);
    const all = await events();
    for (const event of all) expect(event).toMatchObject({ source: 'clave-wizard', version: 1, frame: frameId });
    expect(all.filter((e) => e.type === 'step').map((e) => e.step)).toEqual([
      'fix:problem',
      'fix:cert',
      'fix:visit',
      'fix:id',
      'fix:island',
      'fix:check',
      'fix:result',
    ]);
    // The fix's ids, as the DOM event `clave-wizard:fix-result`; no main-flow result event.
    expect(all.filter((e) => e.type === 'result')).toEqual([]);
    const fixResult = all.find((e) => e.type === 'fix-result');
    expect(fixResult?.name).toBe('clave-wizard:fix-result');
    expect(fixResult?.result).toEqual({
      fix: 'new-number-in-person',
      notes: [],
      warnings: NEW_NUMBER_WARNINGS.split(' '),
      bring: IN_PERSON_NIE.split(' '),
    });
    // Ids of the fix only: no answer value (the island, the NIE, the problem chosen) reaches the
    // host, neither in the DOM events nor in the wizard's raw messages (before embed.js filters them).
    const raw = await page.evaluate(() => (window as unknown as { __raw: { type: string; result?: object }[] }).__raw);
    const rawFix = raw.filter((m) => m.type === 'fix-result');
    expect(rawFix).toHaveLength(1);
    expect(Object.keys(rawFix[0]?.result ?? {}).sort()).toEqual(['bring', 'fix', 'notes', 'warnings']);
    for (const sent of [JSON.stringify(all), JSON.stringify(raw)]) {
      expect(sent).not.toMatch(/ibiza|"nie"|"new-number"|"problem"|"island"|"cert"|"visit"/);
    }
  });
});

test.describe('moving within the fix path', () => {
  test('Back and Forward revisit the questions with their answers; a changed problem leaves the old questions', async ({ page }) => {
    await page.goto('/fix');
    // On the problem page, Back is the start page.
    await expect(page.getByRole('link', { name: 'Back', exact: true })).toHaveAttribute('href', '/');
    await page.locator('input[name="problem"][value="new-number"]').check();
    await continueButton(page).click();
    await expect(page).toHaveURL(/\/fix\/q\/cert$/);
    await page.locator('input[name="cert"][value="no"]').check();
    await continueButton(page).click();
    await expect(page).toHaveURL(/\/fix\/q\/visit$/);

    await page.goBack();
    await expect(page).toHaveURL(/\/fix\/q\/cert$/);
    await expect(page.locator('input[name="cert"][value="no"]')).toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/\/fix$/);
    await expect(page.locator('input[name="problem"][value="new-number"]')).toBeChecked();
    await page.goForward();
    await expect(page).toHaveURL(/\/fix\/q\/cert$/);
    await page.goForward();
    await expect(page).toHaveURL(/\/fix\/q\/visit$/);
    await expect(page.locator('input[name="visit"]:checked')).toHaveCount(0);
    // The page's own Back link follows the path.
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(page).toHaveURL(/\/fix\/q\/cert$/);
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(page).toHaveURL(/\/fix$/);

    // Another problem: its own (short) path, straight to its fix; Back from the fix is the problem.
    await page.locator('input[name="problem"][value="change-email"]').check();
    await continueButton(page).click();
    await expectFixShown(page, 'email-change');
    await page.getByRole('link', { name: 'Back to your answers', exact: true }).click();
    await expect(page).toHaveURL(/\/fix$/);
    // Forward again to the old question: it is off the new path, so the guard sends to the fix.
    await page.goto('/fix/q/visit');
    await expectFixShown(page, 'email-change');
  });

  test('from the check page, Change returns to the check page; Back from the fix goes to the check page', async ({ page }) => {
    // A complete link opens the fix; its Back goes to the check page (a path of three questions).
    await page.goto('/fix?problem=firma-expired&visit=no&id=nie');
    await expect(page).toHaveURL(/\/fix\/result$/);
    await expectFixShown(page, 'firma-renew-no-route');
    await page.getByRole('link', { name: 'Back to your answers', exact: true }).click();
    await expect(page).toHaveURL(/\/fix\/check$/);
    await page.locator('[data-question="id"]').getByRole('link').click();
    await expect(page).toHaveURL(/\/fix\/q\/id\?change=1$/);
    await page.locator('input[name="id"][value="dni"]').check();
    await continueButton(page).click();
    await expect(page).toHaveURL(/\/fix\/check$/);
    await page.getByRole('button', { name: 'See my fix', exact: true }).click();
    await expectFixShown(page, 'firma-renew-dnie');
  });

  test('a deep link to a fix page not reachable yet opens the first unanswered question', async ({ page }) => {
    // Nothing answered: every fix page is the problem page.
    for (const path of ['/fix/q/oldsms', '/fix/q/island', '/fix/check', '/fix/result']) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/fix$/);
      await expect(page.locator('input[name="problem"]')).toHaveCount(9);
    }
    await page.locator('input[name="problem"][value="new-number"]').check();
    await continueButton(page).click();
    await expect(page).toHaveURL(/\/fix\/q\/cert$/);
    // The problem is known; the island and the check page are not reachable yet.
    for (const path of ['/fix/q/island', '/fix/q/oldsms', '/fix/check', '/fix/result']) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/fix\/q\/cert$/);
    }
    // Each redirect replaced the address: Back steps through them without ever showing an
    // unreachable page, down to the problem page.
    for (let i = 0; i < 4; i += 1) {
      await page.goBack();
      await expect(page).toHaveURL(/\/fix\/q\/cert$/);
      await expect(page.locator('input[name="cert"]')).toHaveCount(2);
    }
    await page.goBack();
    await expect(page).toHaveURL(/\/fix$/);

    // A short path has no check page: /fix/check opens the fix.
    await page.goto('/fix?problem=card-renewed&id=dni');
    await expectFixShown(page, 'card-renewed-dni');
    await page.goto('/fix/check');
    await expectFixShown(page, 'card-renewed-dni');
    // The problem page has one address: /fix/q/problem is not a page.
    await page.goto('/fix/q/problem');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });
});
