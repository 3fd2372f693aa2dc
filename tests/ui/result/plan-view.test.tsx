import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n } from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../../src/catalog';
import type { Answers } from '../../../src/domain';
import { createI18n } from '../../../src/i18n';
import {
  COMPANY,
  COMPANY_NO_COMPUTER,
  DNI_APP_SIGN,
  EU_IMMIGRATION,
  LETTER_SIGN,
  NO_VISIT_LETTER,
  WITH_CERTIFICATE,
  WORKED_EXAMPLES,
} from './fixtures';
import {
  expectCapabilityTable,
  expectChecklist,
  expectDecisionHooks,
  expectHeadings,
  expectLinks,
  expectNextSteps,
  expectRouteSteps,
  expectSources,
  expectWarnings,
  expectWhy,
} from './plan-expectations';
import { attrs, present, renderPlan } from './render-plan';

let i18n: i18n;
beforeAll(async () => {
  i18n = await createI18n('en');
});

const EXAMPLES = Object.entries(WORKED_EXAMPLES) as [string, Answers][];
const EXTRA: [string, Answers][] = [
  ['company', COMPANY],
  ['with certificate', WITH_CERTIFICATE],
  ['no visit, letter only', NO_VISIT_LETTER],
  ['DNI, app video, signs', DNI_APP_SIGN],
  ['signs on the letter', LETTER_SIGN],
  ['company without a computer', COMPANY_NO_COMPUTER],
  ['EU citizen, immigration', EU_IMMIGRATION],
];

describe('PlanView renders every section from the plan ids', () => {
  it.each([...EXAMPLES, ...EXTRA])('%s', (_name, answers) => {
    const { plan, container, section, getSection } = renderPlan(i18n, answers);
    expectDecisionHooks(plan, getSection);
    expectRouteSteps(i18n, plan, getSection('route'));
    expectChecklist(plan, getSection('checklist'));
    expectWarnings(i18n, plan, section);
    expectNextSteps(i18n, plan, getSection('next-steps'));
    expectCapabilityTable(i18n, plan, getSection('capabilities'));
    expectSources(i18n, plan, getSection('sources'));
    expectWhy(i18n, plan, container);
    expectHeadings(container);
    expectLinks(container);
    expect(section('blockers') === null).toBe(plan.blockers.length === 0);
    expect(section('offices') === null).toBe(plan.offices.length === 0);
  });

  it('matches worked example 3 (autónomo, Ibiza)', () => {
    const { getSection } = renderPlan(i18n, WORKED_EXAMPLES['autonomo-ibiza']);
    const route = getSection('route');
    expect(route).toHaveAttribute('data-route', 'fnmt-then-certificate');
    expect(route).toHaveAttribute('data-level', 'advanced');
    expect(attrs(route.querySelectorAll('[data-alternative]'), 'data-alternative')).toEqual([
      'in-person',
      'invitation-letter',
    ]);
    expect(getSection('login')).toHaveAttribute('data-variant', 'movil');
    expect(getSection('login')).toHaveAttribute('data-also-activate', 'permanente');
    expect(getSection('fnmt')).toHaveAttribute('data-fnmt', 'recommended');
  });
});

describe('PlanView: route details', () => {
  it('has no alternatives block when the plan has none', () => {
    const { plan, getSection } = renderPlan(i18n, WITH_CERTIFICATE);
    expect(plan.alternatives).toEqual([]);
    expect(getSection('route').querySelector('[data-alternatives]')).toBeNull();
  });

  it('says how to raise the level when the route gives less than needed (signing on the letter)', () => {
    const { plan, getSection } = renderPlan(i18n, LETTER_SIGN);
    expect([plan.route, plan.level, plan.levelObtained]).toEqual(['invitation-letter', 'advanced', 'basic']);
    const raise = getSection('route').querySelector('[data-raise-level]');
    expect(raise).toHaveTextContent(i18n.t('plan:checklist.items.raise-level.body'));
    expect(getSection('login')).not.toHaveAttribute('data-also-activate', expect.stringContaining('firma'));
  });

  it('shows the route notes before the steps, each with its words, sources and flag', () => {
    const { plan, getSection } = renderPlan(i18n, WORKED_EXAMPLES['dni-no-phone-mallorca']);
    expect(plan.routeNotes).toEqual(['after-mobile-certificate-first']);
    const route = getSection('route');
    const note = present(route.querySelector<HTMLElement>('[data-route-note="after-mobile-certificate-first"]'));
    expect(within(note).getByRole('heading', { level: 3 })).toHaveTextContent(i18n.t('plan:routeNotes.after-mobile-certificate-first.title'));
    expect(note).toHaveTextContent(i18n.t('plan:routeNotes.after-mobile-certificate-first.body'));
    expect(note.querySelectorAll('[data-source-link]').length).toBeGreaterThan(0);
    const steps = present(route.querySelector('.plan-steps'));
    expect(note.compareDocumentPosition(steps) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const paper = renderPlan(i18n, WORKED_EXAMPLES['nie-paper-mallorca']);
    const flagged = present(paper.getSection('route').querySelector('[data-route-note="nie-paper-certificate-unconfirmed"]'));
    expect(flagged.querySelector('[data-flag="nie-paper-certificate-registration"]')).not.toBeNull();
  });

  it('on app-video: basic until the review, then advanced, and no "raise your level" advice', () => {
    const { plan, getSection } = renderPlan(i18n, DNI_APP_SIGN);
    expect([plan.route, plan.levelObtained]).toEqual(['app-video', 'advanced']);
    const route = getSection('route');
    expect(route.querySelector('[data-route-note="basic-until-review"]')).toHaveTextContent(
      i18n.t('plan:routeNotes.basic-until-review.body'),
    );
    expect(route.querySelector('[data-raise-level]')).toBeNull();
  });

  it('names the route notes meant for the summary beside the route there', () => {
    const { getSection } = renderPlan(i18n, WORKED_EXAMPLES['dni-no-phone-mallorca']);
    const summary = getSection('summary');
    expect(summary.querySelector('[data-summary-note="after-mobile-certificate-first"]')).toHaveTextContent(
      i18n.t('plan:routeNotes.after-mobile-certificate-first.title'),
    );
    const letter = renderPlan(i18n, WORKED_EXAMPLES['letter-mallorca']);
    expect(letter.getSection('summary').querySelector('[data-summary-note]')).toBeNull();
  });

  it('does not talk about raising the level when the route gives enough', () => {
    for (const answers of [WORKED_EXAMPLES['letter-mallorca'], WORKED_EXAMPLES['blocked-formentera']]) {
      const { getSection, unmount } = renderPlan(i18n, answers);
      expect(getSection('route').querySelector('[data-raise-level]')).toBeNull();
      unmount();
    }
  });

  it('explains the company certificate in two steps, only for companies', () => {
    const company = renderPlan(i18n, COMPANY);
    expect(company.getSection('fnmt')).toHaveAttribute('data-fnmt', 'required');
    const steps = company.getSection('fnmt').querySelector('[data-company-steps] ol');
    expect(steps?.querySelectorAll('li')).toHaveLength(2);
    company.unmount();

    const employee = renderPlan(i18n, WORKED_EXAMPLES['letter-mallorca']);
    expect(employee.getSection('fnmt').querySelector('[data-company-steps]')).toBeNull();
  });
});

describe('PlanView: blockers', () => {
  it('shows blockers first, each with what to do, and the rest as a preview', () => {
    const { plan, container, getSection } = renderPlan(i18n, WORKED_EXAMPLES['blocked-formentera']);
    expect(plan.blockers).toEqual(['no-nie', 'no-mobile']);
    const blockers = getSection('blockers');
    expect(blockers).toHaveAttribute('data-blockers', plan.blockers.join(' '));
    for (const id of plan.blockers) {
      expect(blockers.querySelector(`[data-blocker="${id}"]`)).toHaveTextContent(i18n.t(`plan:blockers.${id}.action`));
    }
    // Right after the at-a-glance summary, before every other section.
    expect(attrs(container.querySelectorAll('[data-section]'), 'data-section').slice(0, 2)).toEqual(['summary', 'blockers']);
    const preview = container.querySelector<HTMLElement>('[data-preview]');
    expect(preview).not.toBeNull();
    expect(within(present(preview)).getByRole('note')).toHaveTextContent(i18n.t('result:preview.title'));
    expect(preview).toContainElement(getSection('route'));
    expect(preview).not.toContainElement(blockers);
  });

  it('has no blockers section and no preview note without blockers', () => {
    const { section, container } = renderPlan(i18n, WORKED_EXAMPLES['letter-mallorca']);
    expect(section('blockers')).toBeNull();
    expect(container.querySelector('[data-preview]')).toBeNull();
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('PlanView: "Why?"', () => {
  it('is closed at first and discloses one reason per plan reason of its decision', async () => {
    const user = userEvent.setup();
    const { plan, getSection } = renderPlan(i18n, WORKED_EXAMPLES['autonomo-ibiza']);
    const route = getSection('route');
    const level = present(route.querySelector<HTMLDetailsElement>('details[data-why="level"]'));
    expect(level.open).toBe(false);
    await user.click(within(level).getByText(i18n.t('result:why.summary')));
    expect(level.open).toBe(true);
    const reasons = [...level.querySelectorAll(':scope > ul > li')];
    const expected = plan.reasons.filter((r) => r.decision === 'level');
    expect(attrs(reasons, 'data-rule')).toEqual(expected.map((r) => r.rule));
    // Signing makes advanced required; Social Security and autónomo only recommend it.
    expect(attrs(reasons, 'data-strength')).toEqual(['required', 'recommended', 'recommended']);
    expect(reasons[1]).toHaveTextContent(i18n.t('result:strength.recommended'));
  });

  it('names the decision in the summary for screen readers', () => {
    const { container } = renderPlan(i18n, WORKED_EXAMPLES['letter-mallorca']);
    const summary = container.querySelector('details[data-why="fnmt"] > summary');
    expect(summary).toHaveTextContent(i18n.t('result:why.summary'));
    expect(summary).toHaveTextContent(i18n.t('plan:decisions.fnmt'));
  });
});

describe('PlanView: checklist', () => {
  it('labels each checkbox with its title and reports a toggle with the item id', async () => {
    const user = userEvent.setup();
    const { plan, onToggle } = renderPlan(i18n, WORKED_EXAMPLES['letter-mallorca']);
    const id = plan.checklist[1];
    if (id === undefined) throw new Error('the plan needs two checklist items');
    const box = screen.getByRole('checkbox', { name: i18n.t(`plan:checklist.items.${id}.title`) });
    expect(box).toHaveAccessibleDescription(expect.stringContaining(i18n.t(`plan:checklist.items.${id}.body`)));
    await user.click(box);
    expect(onToggle).toHaveBeenCalledExactlyOnceWith(id);
  });

  it('shows ticks from the props and counts them', () => {
    const answers = WORKED_EXAMPLES['autonomo-ibiza'];
    const first = renderPlan(i18n, answers);
    const [a, b] = first.plan.checklist;
    if (a === undefined || b === undefined) throw new Error('the plan needs two checklist items');
    first.unmount();
    const { plan, getSection } = renderPlan(i18n, answers, [a, b]);
    const checklist = getSection('checklist');
    const checked = [...checklist.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((x) => x.checked);
    expect(checked).toHaveLength(2);
    expect(checklist.querySelector(`[data-item="${a}"] input`)).toBeChecked();
    expect(checklist.querySelector(`[data-item="${b}"]`)).toHaveAttribute('data-ticked', 'true');
    expect(checklist.querySelector('[data-done]')).toHaveTextContent(
      i18n.t('result:checklist.progress', { count: plan.checklist.length, done: 2 }),
    );
  });

  it('links to the official page where the catalogue has one, and badges flagged items', () => {
    const { plan, getSection } = renderPlan(i18n, WORKED_EXAMPLES['nie-paper-mallorca']);
    const checklist = getSection('checklist');
    let flagged = 0;
    for (const id of plan.checklist) {
      const item = present(checklist.querySelector<HTMLElement>(`[data-item="${id}"]`));
      const entry = catalog.checklist[id];
      const hrefs = [...item.querySelectorAll(':scope > p a')].map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(entry.link === undefined ? [] : [entry.link]);
      expect(item.querySelector('[data-flag]')?.getAttribute('data-flag')).toBe(entry.flag);
      if (entry.flag !== undefined) {
        flagged += 1;
        const status = catalog.flags[entry.flag].status;
        expect(item).toHaveTextContent(i18n.t(`result:flag.status.${status}`));
      }
    }
    expect(attrs(checklist.querySelectorAll('[data-flag]'), 'data-flag')).toHaveLength(flagged);
  });
});

describe('PlanView: offices', () => {
  it('lists the Mallorca offices with appointment links marked as external', () => {
    const { plan, getSection } = renderPlan(i18n, WORKED_EXAMPLES['letter-mallorca']);
    expect(plan.offices).toContain('caib-son-espases');
    const offices = getSection('offices');
    expect(offices).toHaveAttribute('data-island', 'mallorca');
    expect(attrs(offices.querySelectorAll('[data-office]'), 'data-office')).toEqual(plan.offices);
    const id = plan.offices[0] ?? 'caib-son-espases';
    const card = present(offices.querySelector<HTMLElement>(`[data-office="${id}"]`));
    const booking = within(card).getByRole('link', {
      name: `${i18n.t(`plan:offices.${id}.linkLabel`)} ${i18n.t('result:external.official')}`,
    });
    expect(booking).toHaveAttribute('href', catalog.offices[id].bookingUrl);
    expect(booking).not.toHaveAttribute('target');
  });

  it('shows only the offices for another island', () => {
    const { plan, getSection } = renderPlan(i18n, WORKED_EXAMPLES['in-person-menorca']);
    const offices = getSection('offices');
    expect(offices).toHaveAttribute('data-island', 'menorca');
    expect(offices.querySelector('[data-office="caib-son-espases"]')).toBeNull();
    expect(attrs(offices.querySelectorAll('[data-office]'), 'data-office')).toEqual(plan.offices);
  });

  it('has no offices section when the plan needs no office', () => {
    for (const answers of [NO_VISIT_LETTER, WITH_CERTIFICATE]) {
      const { plan, section, unmount } = renderPlan(i18n, answers);
      expect(plan.offices).toEqual([]);
      expect(section('offices')).toBeNull();
      unmount();
    }
  });
});

describe('PlanView: sources and dates', () => {
  it('shows each date as the day the page was read, in the current language', () => {
    const { getSection } = renderPlan(i18n, WORKED_EXAMPLES['letter-mallorca']);
    const time = present(getSection('sources').querySelector('time'));
    const expected = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${time.dateTime}T00:00:00Z`),
    );
    expect(time).toHaveTextContent(i18n.t('result:sources.readOn', { date: expected }));
    expect(time.textContent).toMatch(/^read on /);
  });

  it('says facts may have changed since and the official page is the authority', () => {
    const { getSection } = renderPlan(i18n, WORKED_EXAMPLES['letter-mallorca']);
    expect(getSection('sources').querySelector('[data-sources-authority]')).toHaveTextContent(i18n.t('result:sources.authority'));
  });

  it('marks a secondary source visibly wherever sources are listed, not only in the sources section', () => {
    // app-renamed cites a press article; its warning lists it inline.
    const { getSection } = renderPlan(i18n, WORKED_EXAMPLES['letter-mallorca']);
    const inline = present(getSection('warnings').querySelector('[data-source-link="app-rename-press"]'));
    expect(inline).toHaveAttribute('data-kind', 'secondary');
    expect(inline).toHaveTextContent(i18n.t('result:sources.kind.secondary'));
    const official = present(getSection('warnings').querySelector('[data-source-link="clave-app"]'));
    expect(official).not.toHaveTextContent(i18n.t('result:sources.kind.secondary'));
    const listed = present(getSection('sources').querySelector('[data-source="app-rename-press"]'));
    expect(listed).toHaveTextContent(i18n.t('result:sources.kind.secondary'));
  });

  it('an EU citizen sees the Extranjería status as not available online, and no "needs no Cl@ve" note', () => {
    const { plan, getSection } = renderPlan(i18n, EU_IMMIGRATION);
    expect(plan.warnings).not.toContain('immigration-status-no-eid');
    const row = present(getSection('capabilities').querySelector('[data-capability="extranjeria-status"]'));
    expect(row).toHaveAttribute('data-status', 'not-for-eu');
    expect(row).toHaveTextContent(i18n.t('plan:capabilityStatus.not-for-eu'));
  });
});

describe('PlanView: printing', () => {
  it('prints with the print button', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderPlan(i18n, WORKED_EXAMPLES['letter-mallorca']);
    await user.click(screen.getByRole('button', { name: i18n.t('result:toolbar.print') }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it('opens every "Why?" while printing and restores them afterwards', () => {
    const { container } = renderPlan(i18n, WORKED_EXAMPLES['autonomo-ibiza']);
    const all = [...container.querySelectorAll('details')];
    expect(all.length).toBeGreaterThan(1);
    all[0]?.setAttribute('open', '');
    fireEvent(window, new Event('beforeprint'));
    expect(all.every((d) => d.open)).toBe(true);
    fireEvent(window, new Event('afterprint'));
    expect(all.map((d) => d.open)).toEqual(all.map((_, i) => i === 0));
  });
});

describe('the plan at a glance', () => {
  it.each([...EXAMPLES, ...EXTRA])('%s: restates the decisions and links each to its section', (_name, answers) => {
    const { plan, getSection, container } = renderPlan(i18n, answers);
    const summary = getSection('summary');
    const t = i18n.getFixedT('en', 'plan');
    const text = summary.textContent;
    expect(text).toContain(t(`variants.${plan.variant}.name`));
    expect(text).toContain(t(`routes.${plan.route}.name`));
    expect(text).toContain(t(`levels.${plan.levelObtained}.name`));
    expect(text).toContain(t(`fnmt.${plan.fnmt}.title`));
    for (const id of plan.alsoActivate) expect(text).toContain(t(`alsoActivate.${id}.name`));
    for (const id of plan.blockers) expect(text).toContain(t(`blockers.${id}.title`));
    const now = plan.nextSteps.find((s) => s.status === 'now');
    expect(text).toContain(t(`nextSteps.${present(now, 'a now step').step}.title`));
    // Every "details" link points at a section that is rendered.
    const links = within(summary).getAllByRole('link');
    expect(links.length).toBe(plan.blockers.length > 0 ? 5 : 4);
    for (const link of links) {
      const target = present(link.getAttribute('href'), 'href').slice(1);
      expect(container.querySelector(`#${target}`), target).not.toBeNull();
    }
  });
});

describe('the summary links', () => {
  it('move focus to the heading of the section they name, without a navigation', async () => {
    const { getSection } = renderPlan(i18n, WORKED_EXAMPLES['blocked-formentera']);
    const user = userEvent.setup();
    const links = within(getSection('summary')).getAllByRole('link');
    for (const link of links) {
      const target = present(link.getAttribute('href'), 'href').slice(1);
      await user.click(link);
      const heading = present(document.getElementById(target)?.querySelector('h2'), `h2 of #${target}`);
      expect(heading).toHaveFocus();
    }
    expect(window.location.hash).toBe('');
  });
});
