/**
 * Does this person need an FNMT certificate? (docs/rules.md#fnmt-certificate)
 * Never because of a gestor's power or Modelo 720: those work with Cl@ve (sources
 * aeat-power-of-attorney, aeat-modelo-720).
 */
import type { Answers, FnmtVerdict } from '../domain';
import { hasNoPhone, hasOnlyNiePaper, hasTask, hasUsableCertificate, isLetterViable } from './conditions';
import { reason, type Decided, type RuleHit } from './reasons';

export function decideFnmt(a: Answers): Decided<FnmtVerdict> {
  // A company acts through a representative certificate, which a personal one is not.
  if (a.work === 'company') {
    return { value: 'required', reasons: [reason('fnmt', 'fnmt.company-needs-representative', 'required')] };
  }
  if (hasUsableCertificate(a)) {
    return { value: 'not-needed', reasons: [reason('fnmt', 'fnmt.already-has-certificate')] };
  }
  const recommended: RuleHit[] = [];
  if (a.work === 'autonomo') recommended.push(reason('fnmt', 'fnmt.autonomo', 'recommended'));
  if (hasTask(a, 'sign')) recommended.push(reason('fnmt', 'fnmt.sign', 'recommended'));
  if (hasOnlyNiePaper(a)) recommended.push(reason('fnmt', 'fnmt.nie-paper', 'recommended'));
  if (hasNoPhone(a)) recommended.push(reason('fnmt', 'fnmt.no-phone', 'recommended'));
  // Cannot visit, and the letter cannot help: a certificate (identity at a consulate or by notarised signature) is the remote way left.
  if (a.visit === 'no' && (!isLetterViable(a) || hasNoPhone(a))) {
    recommended.push(reason('fnmt', 'fnmt.no-visit-no-remote', 'recommended'));
  }
  if (recommended.length > 0) return { value: 'recommended', reasons: recommended };
  return { value: 'not-needed', reasons: [reason('fnmt', 'fnmt.not-needed')] };
}

/** FNMT is required or recommended: the flow then asks about a computer. */
export const isFnmtWanted = (a: Answers): boolean => decideFnmt(a).value !== 'not-needed';
