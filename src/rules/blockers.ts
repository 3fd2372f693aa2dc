/** What must be solved before any registration (docs/rules.md#blockers). */
import type { Answers, BlockerId } from '../domain';
import { hasNoPhone, hasUsableCertificate } from './conditions';
import { reason, type Decided, type RuleHit } from './reasons';

export function decideBlockers(a: Answers): Decided<BlockerId[]> {
  const value: BlockerId[] = [];
  const reasons: RuleHit[] = [];
  if (a.id === 'none') {
    value.push('no-nie');
    reasons.push(reason('blockers', 'blocker.no-nie', 'required'));
  }
  if (a.id === 'pending') {
    value.push('nie-pending');
    reasons.push(reason('blockers', 'blocker.nie-pending', 'required'));
  }
  // With a usable certificate a missing phone is only a warning: the certificate works meanwhile.
  if (hasNoPhone(a) && !hasUsableCertificate(a)) {
    value.push('no-mobile');
    reasons.push(reason('blockers', 'blocker.no-mobile', 'required'));
  }
  return { value, reasons };
}
