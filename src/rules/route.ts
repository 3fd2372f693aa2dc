/** The registration route (docs/rules.md#route) and its alternatives (docs/rules.md#alternatives). The first route rule that applies wins. */
import type { Answers, FnmtVerdict, Level, Route } from '../domain';
import { canUseAppVideo, hasNoPhone, hasTask, hasUsableCertificate, isLetterViable } from './conditions';
import { reason, type Decided } from './reasons';

interface RouteInputs {
  answers: Answers;
  level: Level;
  fnmt: FnmtVerdict;
}

export function decideRoute({ answers: a, level, fnmt }: RouteInputs): Decided<Route> {
  const decided = primaryRoute(a, level, fnmt);
  // NIE holders are never offered the app's video identification (flag video-id-dni-only); the plan says why.
  if (a.id === 'nie' && decided.value !== 'certificate-online') {
    decided.reasons.push(reason('route', 'route.nie-no-video'));
  }
  return decided;
}

function primaryRoute(a: Answers, level: Level, fnmt: FnmtVerdict): Decided<Route> {
  const pick = (value: Route, rule: Parameters<typeof reason>[1]): Decided<Route> => ({
    value,
    reasons: [reason('route', rule)],
  });
  if (hasUsableCertificate(a)) return pick('certificate-online', 'route.usable-certificate');
  if (canUseAppVideo(a)) return pick('app-video', 'route.dni-app-video');
  if (a.visit === 'no') {
    // The letter gives only the basic level, which cannot sign: a signer with a computer gets a certificate instead.
    if (hasTask(a, 'sign') && a.computer === 'yes') return pick('fnmt-then-certificate', 'route.no-visit-sign-certificate');
    if (isLetterViable(a) && !hasNoPhone(a)) return pick('invitation-letter', 'route.no-visit-letter');
    if (a.computer === 'yes') return pick('fnmt-then-certificate', 'route.no-visit-fnmt-notary');
    return pick('in-person', 'route.no-visit-nothing-remote');
  }
  // One trip to accredit identity for the certificate, then Cl@ve online: one visit instead of two.
  if (fnmt !== 'not-needed' && a.computer === 'yes') return pick('fnmt-then-certificate', 'route.fnmt-one-trip');
  if (level === 'advanced') return pick('in-person', 'route.advanced-in-person');
  if (a.doc === 'nie-paper') return pick('in-person', 'route.nie-paper-in-person');
  if (isLetterViable(a) && (a.fiscal === 'yes' || a.fiscal === 'unsure')) return pick('invitation-letter', 'route.letter');
  return pick('in-person', 'route.default-in-person');
}

/** Which routes are open to this person at all ("Viable" in docs/rules.md#alternatives). */
const isViable: Record<Exclude<Route, 'certificate-online' | 'app-video'>, (a: Answers) => boolean> = {
  'in-person': (a) => a.visit !== 'no',
  'invitation-letter': isLetterViable,
  'fnmt-then-certificate': (a) => a.computer === 'yes' && !hasUsableCertificate(a),
};

/** For each primary route, the alternatives in order of preference (the table in docs/rules.md#alternatives). */
const ALTERNATIVES: Record<Route, readonly (keyof typeof isViable)[]> = {
  'certificate-online': [],
  'app-video': ['in-person'],
  'fnmt-then-certificate': ['in-person', 'invitation-letter'],
  'in-person': ['fnmt-then-certificate', 'invitation-letter'],
  'invitation-letter': ['in-person', 'fnmt-then-certificate'],
};

export function decideAlternatives(a: Answers, primary: Route): Decided<Route[]> {
  const value = ALTERNATIVES[primary].filter((r) => r !== primary && isViable[r](a));
  const reasons = value.map((r) => reason('alternatives', `alternatives.${r}`));
  return { value, reasons: reasons.length > 0 ? reasons : [reason('alternatives', 'alternatives.none')] };
}
