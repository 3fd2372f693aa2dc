/**
 * The newcomer's chain (docs/rules.md#next-steps): NIE → padrón → residence document → AEAT
 * census → Cl@ve → FNMT → income tax, with the certificate before Cl@ve on the FNMT route. Exactly one step is
 * "now": the first thing this person should do; what the answers show as done is "done".
 */
import type { NextStep, NextStepId, NextStepStatus } from '../domain';
import { hasIdentityNumber, hasUsableCertificate } from './conditions';
import { type PlanContext, censusFormIs036 } from './context';

export function decideNextSteps(c: PlanContext): NextStep[] {
  const { a } = c;
  const census: NextStepId = censusFormIs036(a) ? 'census-036' : 'census-030';
  const hasResidenceDocument = a.id === 'dni' || (a.id === 'nie' && (a.doc === 'tie' || a.doc === 'eu-cert'));
  const showFnmt = c.fnmt !== 'not-needed' || hasUsableCertificate(a);
  const order: NextStepId[] = ['nie', 'padron', 'residence-document', census];
  if (c.route === 'fnmt-then-certificate') order.push('fnmt', 'clave');
  else order.push('clave', ...(showFnmt ? (['fnmt'] as const) : []));
  order.push('income-tax');

  const done = new Set<NextStepId>();
  if (hasIdentityNumber(a)) done.add('nie');
  // The chain is ordered: whoever holds the residence document has passed the padrón step.
  if (hasResidenceDocument) done.add('padron').add('residence-document');
  if (a.fiscal === 'yes') done.add(census);
  if (hasUsableCertificate(a) && c.fnmt !== 'required') done.add('fnmt');

  const now: NextStepId = !hasIdentityNumber(a)
    ? 'nie'
    : c.route === 'invitation-letter' && !done.has(census)
      ? census
      : c.route === 'fnmt-then-certificate'
        ? 'fnmt'
        : 'clave';

  return order.map((step) => {
    const status: NextStepStatus = done.has(step) ? 'done' : step === now ? 'now' : 'later';
    return { step, status };
  });
}
