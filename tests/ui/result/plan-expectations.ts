/**
 * Assertions shared by the plan page's tests: each checks one section against the plan's
 * ids and the catalogue, never against copy beyond what the locale files say.
 */
import { within } from '@testing-library/react';
import type { i18n } from 'i18next';
import { expect } from 'vitest';
import { catalog } from '../../../src/catalog';
import { checklistGroupIds, decisionIds, type ChecklistItemId, type Plan, type SourceId } from '../../../src/domain';
import { attrs, present } from './render-plan';

export const HTTP = /^https?:\/\//;

export function expectDecisionHooks(plan: Plan, getSection: (name: string) => HTMLElement): void {
  const route = getSection('route');
  expect(route).toHaveAttribute('data-route', plan.route);
  expect(route).toHaveAttribute('data-level', plan.level);
  expect(route).toHaveAttribute('data-level-obtained', plan.levelObtained);
  expect(attrs(route.querySelectorAll('[data-alternative]'), 'data-alternative')).toEqual(plan.alternatives);
  const login = getSection('login');
  expect(login).toHaveAttribute('data-variant', plan.variant);
  expect(login).toHaveAttribute('data-also-activate', plan.alsoActivate.join(' '));
  expect(attrs(login.querySelectorAll('[data-activate]'), 'data-activate')).toEqual(plan.alsoActivate);
  expect(getSection('fnmt')).toHaveAttribute('data-fnmt', plan.fnmt);
}

export function expectRouteSteps(i18n: i18n, plan: Plan, route: HTMLElement): void {
  const steps = i18n.t(`plan:routes.${plan.route}.steps`, { returnObjects: true });
  const list = route.querySelector('ol');
  expect(list).not.toBeNull();
  const items = present(list).querySelectorAll(':scope > li');
  expect([...items].map((li) => li.textContent)).toEqual(
    Object.keys(steps)
      .sort((a, b) => Number(a) - Number(b))
      .map((key) => (steps as Record<string, string>)[key]),
  );
}

export function expectChecklist(plan: Plan, checklist: HTMLElement): void {
  const boxes = checklist.querySelectorAll('input[type="checkbox"]');
  expect(boxes).toHaveLength(plan.checklist.length);
  expect(attrs(checklist.querySelectorAll('[data-item]'), 'data-item')).toEqual(plan.checklist);
  const groups = checklist.querySelectorAll<HTMLElement>('[data-group]');
  const expectedGroups = checklistGroupIds.options.filter((g) =>
    plan.checklist.some((id) => catalog.checklist[id].group === g),
  );
  expect(attrs(groups, 'data-group')).toEqual(expectedGroups);
  for (const group of groups) {
    expect(group.querySelector('h3')).not.toBeNull();
    for (const item of group.querySelectorAll('[data-item]')) {
      const id = item.getAttribute('data-item') as ChecklistItemId;
      expect(catalog.checklist[id].group).toBe(group.dataset.group);
    }
  }
}

export function expectWarnings(i18n: i18n, plan: Plan, section: (name: string) => HTMLElement | null): void {
  const warnings = section('warnings');
  if (plan.warnings.length === 0) {
    expect(warnings).toBeNull();
    return;
  }
  const items = present(warnings).querySelectorAll('[data-warning]');
  expect(attrs(items, 'data-warning')).toEqual(plan.warnings);
  expect(attrs(items, 'data-tone')).toEqual(plan.warnings.map((id) => catalog.warnings[id].tone));
  for (const item of items) {
    const tone = item.getAttribute('data-tone') as 'info' | 'caution';
    expect(item).toHaveTextContent(i18n.t(`result:warnings.tone.${tone}`));
  }
}

export function expectNextSteps(i18n: i18n, plan: Plan, nextSteps: HTMLElement): void {
  const list = nextSteps.querySelector('ol');
  expect(list).not.toBeNull();
  const items = [...present(list).querySelectorAll(':scope > li')];
  expect(attrs(items, 'data-step')).toEqual(plan.nextSteps.map((s) => s.step));
  expect(attrs(items, 'data-status')).toEqual(plan.nextSteps.map((s) => s.status));
  items.forEach((item, index) => {
    const status = plan.nextSteps[index]?.status ?? 'later';
    expect(item).toHaveTextContent(i18n.t(`plan:nextStepStatus.${status}`));
    if (status === 'now') expect(item).toHaveAttribute('aria-current', 'step');
    else expect(item).not.toHaveAttribute('aria-current');
  });
}

export function expectCapabilityTable(i18n: i18n, plan: Plan, capabilities: HTMLElement): void {
  const table = within(capabilities).getByRole('table', { name: i18n.t('result:capabilities.caption') });
  const headers = table.querySelectorAll('thead th');
  expect(headers).toHaveLength(3);
  for (const header of headers) expect(header).toHaveAttribute('scope', 'col');
  const rows = table.querySelectorAll('tbody tr');
  expect(rows).toHaveLength(plan.capabilities.length);
  expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(plan.capabilities.length);
  expect(new Set(attrs(rows, 'data-capability'))).toEqual(new Set(plan.capabilities.map((c) => c.capability)));
  const relevant = attrs(rows, 'data-relevant');
  expect(relevant).toEqual([...relevant].sort().reverse());
  for (const row of plan.capabilities) {
    const tr = table.querySelector(`[data-capability="${row.capability}"]`);
    expect(tr).toHaveAttribute('data-status', row.status);
    expect(tr).toHaveAttribute('data-relevant', String(row.relevant));
    expect(tr).toHaveTextContent(i18n.t(`plan:capabilityStatus.${row.status}`));
  }
}

/** The sources the plan cites, by the brief's list: reasons, checklist, warnings, offices, capabilities. */
export function citedBy(plan: Plan): SourceId[] {
  return [
    ...plan.reasons.flatMap((r) => r.sources),
    ...plan.checklist.flatMap((id) => catalog.checklist[id].sources),
    ...plan.warnings.flatMap((id) => catalog.warnings[id].sources),
    ...plan.offices.flatMap((id) => catalog.offices[id].sources),
    ...plan.capabilities.flatMap((row) => catalog.capabilities[row.capability].sources),
  ];
}

export function expectSources(i18n: i18n, plan: Plan, sources: HTMLElement): void {
  const listed = attrs(sources.querySelectorAll('[data-source]'), 'data-source');
  expect(new Set(listed).size).toBe(listed.length);
  for (const id of citedBy(plan)) expect(listed).toContain(id);
  for (const item of sources.querySelectorAll<HTMLElement>('[data-source]')) {
    const source = catalog.sources[item.dataset.source as SourceId];
    const links = item.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toMatch(HTTP);
    expect(links[0]).toHaveTextContent(source.title);
    expect(item).toHaveAttribute('data-kind', source.kind);
    expect(item).toHaveTextContent(source.publisher);
    expect(item).toHaveTextContent(i18n.t(`result:sources.kind.${source.kind}`));
    const time = item.querySelector('time');
    expect(time).toHaveAttribute('dateTime', source.lastChecked);
    expect(time?.textContent).toMatch(/\d{4}/);
  }
}

/** Each "Why?" holds one item per reason of its decision, in order, each with its sentence, strength and source links. */
export function expectWhy(i18n: i18n, plan: Plan, root: HTMLElement): void {
  for (const decision of decisionIds.options) {
    const expected = plan.reasons.filter((r) => r.decision === decision);
    const details = root.querySelector<HTMLDetailsElement>(`details[data-why="${decision}"]`);
    const shown = decision === 'alternatives' ? plan.alternatives.length > 0 : expected.length > 0;
    if (!shown) {
      expect(details).toBeNull();
      continue;
    }
    expect(details, `Why? for ${decision}`).not.toBeNull();
    const items = [...present(details).querySelectorAll(':scope > ul > li')];
    expect(attrs(items, 'data-rule')).toEqual(expected.map((r) => r.rule));
    expected.forEach((reason, index) => {
      const item = items[index] as HTMLElement;
      expect(item).toHaveTextContent(i18n.t(`plan:rules.${reason.rule}`));
      if (reason.strength === undefined) expect(item).not.toHaveAttribute('data-strength');
      else expect(item).toHaveTextContent(i18n.t(`result:strength.${reason.strength}`));
      const hrefs = [...item.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(reason.sources.map((id) => catalog.sources[id].url));
    });
  }
}

export function expectHeadings(root: HTMLElement): void {
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  expect(headings.some((h) => h.tagName === 'H1')).toBe(false);
  expect(headings[0]?.tagName).toBe('H2');
  headings.reduce((previous, heading) => {
    const level = Number(heading.tagName.slice(1));
    expect(level - previous, heading.textContent).toBeLessThanOrEqual(1);
    return level;
  }, 1);
  for (const section of root.querySelectorAll('[data-section]')) {
    expect(section.querySelectorAll('h2')).toHaveLength(1);
    const heading = section.querySelector('h2');
    expect(section.getAttribute('aria-labelledby')).toBe(heading?.id);
  }
}

export function expectLinks(root: HTMLElement): void {
  for (const link of root.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    // Either an official page or a jump to a section of this plan (the summary's links).
    if (href.startsWith('#')) expect(root.querySelector(href), href).not.toBeNull();
    else expect(href).toMatch(HTTP);
    expect(link).not.toHaveAttribute('target');
    expect(link.textContent.trim()).not.toBe('');
  }
}
