/**
 * An independent model of the questions' definitions and "asked when" and of the core
 * decisions (level, FNMT, route, alternatives, level obtained, login, blockers), rules v3,
 * written from the product's rule text only (docs/rules.md once it exists) — it never imports src/rules. The invariant
 * suite compares the implementation with this model over the whole answer space, so every
 * disagreement shows up as a concrete counter-example.
 *
 * Each function takes ON-PATH answers (what the enumerator produces).
 */
import type {
  AlsoActivate,
  Answers,
  BlockerId,
  FnmtVerdict,
  Level,
  QuestionId,
  Route,
  TaskValue,
  Variant,
} from '../../../src/domain';

const has = (a: Answers, task: TaskValue): boolean => a.tasks?.includes(task) ?? false;
const noPhone = (a: Answers): boolean => a.phone === 'none';

/** §1 "usable certificate": cert = yes and id is nie or dni. */
export const usableCertificate = (a: Answers): boolean => a.cert === 'yes' && (a.id === 'nie' || a.id === 'dni');

/** §1 "app video viable" (v3): the app's video registration asks for the user's own phone number. */
export const appVideoViable = (a: Answers): boolean => a.id === 'dni' && a.app === 'yes' && a.phone !== 'none';

/** §1 "letter viable". */
export const letterViable = (a: Answers): boolean =>
  !usableCertificate(a) && ((a.id === 'nie' && a.doc !== 'nie-paper') || (a.id === 'dni' && a.app === 'no'));

/** §2.1 */
export function specLevel(a: Answers): Level {
  if (has(a, 'sign') || has(a, 'social-security') || a.work === 'autonomo') return 'advanced';
  return 'basic';
}

/** §2.2 */
export function specFnmt(a: Answers): FnmtVerdict {
  if (a.work === 'company') return 'required';
  if (usableCertificate(a)) return 'not-needed';
  if (
    a.work === 'autonomo' ||
    has(a, 'sign') ||
    (a.id === 'nie' && a.doc === 'nie-paper') ||
    noPhone(a) ||
    (a.visit === 'no' && (!letterViable(a) || noPhone(a)))
  ) {
    return 'recommended';
  }
  return 'not-needed';
}

/** §1 "asked when", for a question, given the (on-path) answers before it. */
export function specAskedWhen(q: QuestionId, a: Answers): boolean {
  switch (q) {
    case 'id':
    case 'phone':
    case 'app':
    case 'work':
    case 'tasks':
    case 'use':
    case 'island':
      return true;
    case 'doc':
      return a.id !== 'dni';
    case 'cert':
      return a.id === 'nie' || a.id === 'dni';
    case 'visit':
      return visitAsked(a);
    case 'computer':
      return visitAsked(a) && (specFnmt(a) !== 'not-needed' || a.phone === 'none' || a.visit === 'no');
    case 'fiscal':
      return letterViable(a);
  }
}

const visitAsked = (a: Answers): boolean => !usableCertificate(a) && !appVideoViable(a);

/** §2.3 rules 1–8, in order. */
export function specRoute(a: Answers): Route {
  const level = specLevel(a);
  const fnmt = specFnmt(a);
  if (usableCertificate(a)) return 'certificate-online'; // 1
  if (appVideoViable(a)) return 'app-video'; // 2
  if (a.visit === 'no') {
    // 3 (v3: a signer with a computer gets the certificate, the letter cannot sign)
    if (has(a, 'sign') && a.computer === 'yes') return 'fnmt-then-certificate';
    if (letterViable(a) && a.phone !== 'none') return 'invitation-letter';
    if (a.computer === 'yes') return 'fnmt-then-certificate';
    return 'in-person';
  }
  if (fnmt !== 'not-needed' && a.computer === 'yes') return 'fnmt-then-certificate'; // 4
  if (level === 'advanced') return 'in-person'; // 5
  if (a.doc === 'nie-paper') return 'in-person'; // 6
  if (letterViable(a) && (a.fiscal === 'yes' || a.fiscal === 'unsure')) return 'invitation-letter'; // 7
  return 'in-person'; // 8
}

/** §2.3 alternatives table, in order of preference. */
export const ALTERNATIVES_TABLE: Readonly<Record<Route, readonly Route[]>> = {
  'certificate-online': [],
  'app-video': ['in-person'],
  'fnmt-then-certificate': ['in-person', 'invitation-letter'],
  'in-person': ['fnmt-then-certificate', 'invitation-letter'],
  'invitation-letter': ['in-person', 'fnmt-then-certificate'],
};

/** §2.3 "Viable". certificate-online and app-video are never alternatives, so they are not defined here. */
export function viable(route: Route, a: Answers): boolean {
  switch (route) {
    case 'in-person':
      return a.visit !== 'no';
    case 'invitation-letter':
      return letterViable(a);
    case 'fnmt-then-certificate':
      return a.computer === 'yes' && !usableCertificate(a);
    case 'certificate-online':
    case 'app-video':
      return false;
  }
}

export function specAlternatives(a: Answers, primary: Route): Route[] {
  return ALTERNATIVES_TABLE[primary].filter((r) => r !== primary && viable(r, a));
}

/** §2.3 "Level obtained" (v3: app-video reaches advanced after the manual review). */
export function specLevelObtained(route: Route): Level {
  return route === 'invitation-letter' ? 'basic' : 'advanced';
}

/** §2.4 primary variant. */
export function specVariant(a: Answers): Variant {
  if (a.id === 'nie' && a.doc === 'nie-paper') return 'permanente';
  if (a.app === 'yes') return 'movil';
  return 'pin';
}

/** §2.4 also activate, as a sorted set (the spec gives no order). */
export function specAlsoActivate(a: Answers, variant: Variant, route: Route): AlsoActivate[] {
  const out: AlsoActivate[] = [];
  // v3: only where the advanced level follows without a certificate
  const firma = has(a, 'sign') && !usableCertificate(a) && (route === 'in-person' || route === 'app-video');
  if (firma) out.push('firma');
  if ((a.use === 'regular' || has(a, 'health') || firma) && variant !== 'permanente') out.push('permanente');
  return out.sort();
}

/** §2.5, as a sorted set. */
export function specBlockers(a: Answers): BlockerId[] {
  const out: BlockerId[] = [];
  if (a.id === 'none') out.push('no-nie');
  if (a.id === 'pending') out.push('nie-pending');
  if (a.phone === 'none' && !usableCertificate(a)) out.push('no-mobile');
  return out.sort();
}

/** The core of the plan the spec fully determines. */
export interface SpecCore {
  blockers: BlockerId[];
  level: Level;
  levelObtained: Level;
  route: Route;
  alternatives: Route[];
  variant: Variant;
  alsoActivate: AlsoActivate[];
  fnmt: FnmtVerdict;
}

export function specCore(a: Answers): SpecCore {
  const route = specRoute(a);
  const variant = specVariant(a);
  return {
    blockers: specBlockers(a),
    level: specLevel(a),
    levelObtained: specLevelObtained(route),
    route,
    alternatives: specAlternatives(a, route),
    variant,
    alsoActivate: specAlsoActivate(a, variant, route),
    fnmt: specFnmt(a),
  };
}
