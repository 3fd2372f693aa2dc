/** Renders PlanView for a set of answers, with the plan from the real rules and a real i18n instance. */
import { render } from '@testing-library/react';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import type { Answers, ChecklistItemId } from '../../../src/domain';
import { PlanView } from '../../../src/features/result/PlanView';
import { recommend } from '../../../src/rules';

export function renderPlan(i18n: i18n, answers: Answers, ticked: readonly ChecklistItemId[] = []) {
  const plan = recommend(answers);
  const onToggle = vi.fn<(id: ChecklistItemId) => void>();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <PlanView plan={plan} answers={answers} ticked={new Set(ticked)} onToggle={onToggle} />
    </I18nextProvider>,
  );
  /** The section element with this `data-section` hook, or null. */
  const section = (name: string): HTMLElement | null => view.container.querySelector(`[data-section="${name}"]`);
  /** Like `section`, but fails when the section is absent. */
  const getSection = (name: string): HTMLElement => {
    const found = section(name);
    if (found === null) throw new Error(`no [data-section="${name}"] rendered`);
    return found;
  };
  return { plan, onToggle, section, getSection, ...view };
}

/** The values of one data attribute over a list of elements, in document order. */
export function attrs(elements: Iterable<Element>, name: string): string[] {
  return [...elements].map((element) => element.getAttribute(name) ?? '');
}

/** The value, or a failed test saying what was missing. */
export function present<T>(value: T | null | undefined, what = 'element'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what} to be present`);
  return value;
}
