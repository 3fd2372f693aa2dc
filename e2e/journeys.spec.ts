/** One journey per registration route, clicked from the start page to the plan (the worked examples). */
import { expect, test } from '@playwright/test';
import { WORKED_EXAMPLES } from '../tests/fixtures/worked-examples';
import { answerUntilCheck, EXAMPLE_1, expectNoAxeViolations, type JourneyAnswers } from './support';

interface Journey {
  name: string;
  answers: JourneyAnswers;
  asked: string[];
  route: string;
  variant: string;
  fnmt: string;
  alternatives: string;
  /** the route notes the route section must show, space-separated ('' for none) */
  notes?: string;
  levelObtained?: string;
  /**
   * axe scans on the way (every page template gets one in some journey): the start page, the
   * questions named, the check page, and the plan this journey ends on.
   */
  axe?: { start?: true; questions?: readonly string[]; check?: true; result?: true };
}

const JOURNEYS: Journey[] = [
  {
    name: 'example 1: invitation letter',
    answers: EXAMPLE_1,
    asked: ['id', 'doc', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'visit', 'fiscal', 'island'],
    route: 'invitation-letter',
    variant: 'movil',
    fnmt: 'not-needed',
    alternatives: 'in-person',
    axe: { start: true, questions: ['id', 'tasks'], check: true, result: true },
  },
  {
    name: 'example 2: in person',
    answers: WORKED_EXAMPLES['in-person-menorca'],
    asked: ['id', 'doc', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'visit', 'fiscal', 'island'],
    route: 'in-person',
    variant: 'pin',
    fnmt: 'not-needed',
    alternatives: 'invitation-letter',
    axe: { result: true },
  },
  {
    name: 'example 3: FNMT certificate first',
    answers: WORKED_EXAMPLES['autonomo-ibiza'],
    asked: ['id', 'doc', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'visit', 'computer', 'fiscal', 'island'],
    route: 'fnmt-then-certificate',
    variant: 'movil',
    fnmt: 'recommended',
    alternatives: 'in-person invitation-letter',
    axe: { result: true },
  },
  {
    name: 'an existing certificate: register online',
    answers: {
      id: 'nie',
      doc: 'tie',
      phone: 'es',
      app: 'yes',
      cert: 'yes',
      work: 'employee',
      tasks: ['tax'],
      use: 'occasional',
      island: 'mallorca',
    },
    asked: ['id', 'doc', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'island'],
    route: 'certificate-online',
    variant: 'movil',
    fnmt: 'not-needed',
    alternatives: '',
  },
  {
    name: 'a DNI and the app: video identification',
    answers: {
      id: 'dni',
      phone: 'es',
      app: 'yes',
      cert: 'no',
      work: 'employee',
      tasks: [],
      use: 'occasional',
      island: 'other',
    },
    asked: ['id', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'island'],
    route: 'app-video',
    variant: 'movil',
    fnmt: 'not-needed',
    alternatives: 'in-person',
    notes: 'basic-until-review',
    levelObtained: 'advanced',
  },
  {
    name: 'example 6 (v3): signs, cannot visit, has a computer',
    answers: WORKED_EXAMPLES['sign-no-visit-menorca'],
    asked: ['id', 'doc', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'visit', 'computer', 'fiscal', 'island'],
    route: 'fnmt-then-certificate',
    variant: 'movil',
    fnmt: 'recommended',
    alternatives: 'invitation-letter',
    notes: '',
  },
  {
    name: 'example 7 (v3): a DNI and the app but no mobile',
    answers: WORKED_EXAMPLES['dni-no-phone-mallorca'],
    asked: ['id', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'visit', 'computer', 'island'],
    route: 'fnmt-then-certificate',
    variant: 'movil',
    fnmt: 'recommended',
    alternatives: 'in-person',
    notes: 'after-mobile-certificate-first',
    axe: { result: true },
  },
  {
    name: 'example 8 (v3): app video for an autónomo',
    answers: WORKED_EXAMPLES['dni-app-autonomo-mallorca'],
    asked: ['id', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'island'],
    route: 'app-video',
    variant: 'movil',
    fnmt: 'recommended',
    alternatives: 'in-person',
    notes: 'basic-until-review',
    levelObtained: 'advanced',
  },
];

for (const journey of JOURNEYS) {
  test(`journey, ${journey.name}: ${journey.route}`, async ({ page }) => {
    await page.goto('/');
    if (journey.axe?.start === true) await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Start now', exact: true }).click();
    await expect(page).toHaveURL(/\/q\/id$/);

    const asked = await answerUntilCheck(page, journey.answers, { axeAt: journey.axe?.questions ?? [] });
    expect(asked).toEqual(journey.asked);

    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
    if (journey.axe?.check === true) await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'See my plan', exact: true }).click();
    await expect(page).toHaveURL(/\/result$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Your Cl@ve plan' })).toBeVisible();
    await expect(page).toHaveTitle('Your Cl@ve plan – Cl@ve Wizard');

    await expect(page.locator('[data-section="route"]')).toHaveAttribute('data-route', journey.route);
    await expect(page.locator('[data-section="login"]')).toHaveAttribute('data-variant', journey.variant);
    await expect(page.locator('[data-section="fnmt"]')).toHaveAttribute('data-fnmt', journey.fnmt);
    if (journey.alternatives === '') await expect(page.locator('[data-alternatives]')).toHaveCount(0);
    else await expect(page.locator('[data-alternatives]')).toHaveAttribute('data-alternatives', journey.alternatives);
    if (journey.notes !== undefined) {
      await expect(page.locator('[data-section="route"]')).toHaveAttribute('data-route-notes', journey.notes);
      for (const note of journey.notes.split(' ').filter(Boolean)) {
        await expect(page.locator(`[data-route-note="${note}"]`)).toBeVisible();
      }
    }
    if (journey.axe?.result === true) await expectNoAxeViolations(page);
    if (journey.levelObtained !== undefined) {
      await expect(page.locator('[data-section="route"]')).toHaveAttribute('data-level-obtained', journey.levelObtained);
      await expect(page.locator('[data-raise-level]')).toHaveCount(0);
    }
  });
}

test('a link made before rules v3 that now needs another answer asks it, instead of showing a plan', async ({ page }) => {
  // Complete under v2 (app video for a DNI holder without a mobile); v3 asks about a visit first.
  await page.goto('/result?id=dni&phone=none&app=yes&cert=no&work=employee&tasks=tax&use=occasional&island=mallorca&v=1');
  await expect(page).toHaveURL(/\/q\/visit$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Can you go to an office');
  await page.locator('input[name="visit"][value="yes"]').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(/\/q\/computer$/);
  await page.locator('input[name="computer"][value="yes"]').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  // The rest of the link's answers are kept: the island comes pre-filled.
  await expect(page).toHaveURL(/\/q\/island$/);
  await expect(page.locator('input[name="island"][value="mallorca"]')).toBeChecked();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(/\/check$/);
  await page.getByRole('button', { name: 'See my plan', exact: true }).click();
  await expect(page.locator('[data-section="route"]')).toHaveAttribute('data-route', 'fnmt-then-certificate');
  await expect(page.locator('[data-blocker="no-mobile"]')).toBeVisible();
});
