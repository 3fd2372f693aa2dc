/** URLs of the wizard's pages, from flow step ids. */
import type { BackTarget, FlowStep } from '../../flow';

export const CHANGE_PARAM = 'change';

export function stepPath(step: FlowStep | BackTarget): string {
  if (step === 'start') return '/';
  if (step === 'check') return '/check';
  if (step === 'result') return '/result';
  return `/q/${step}`;
}

/** The question page in "change from the check page" mode. */
export function changePath(step: FlowStep | BackTarget): string {
  return `${stepPath(step)}?${CHANGE_PARAM}=1`;
}
