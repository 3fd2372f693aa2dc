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

/** docs/questions.md#named-conditions "usable certificate": cert = yes and id is nie or dni. */
export const usableCertificate = (a: Answers): boolean => a.cert === 'yes' && (a.id === 'nie' || a.id === 'dni');

/** docs/questions.md#named-conditions "app video viable" (v3): the app's video registration asks for the user's own phone number. */
export const appVideoViable = (a: Answers): boolean => a.id === 'dni' && a.app === 'yes' && a.phone !== 'none';

/** docs/questions.md#named-conditions "letter viable". */
export const letterViable = (a: Answers): boolean =>
  !usableCertificate(a) && ((a.id === 'nie' && a.doc !== 'nie-paper') || (a.id === 'dni' && a.app === 'no'));

/** docs/rules.md#level-needed */
export function modelLevel(a: Answers): Level {
  if (has(a, 'sign') || has(a, 'social-security') || a.work === 'autonomo') return 'advanced';
  return 'basic';
}

/** docs/rules.md#fnmt-certificate */
export function modelFnmt(a: Answers): FnmtVerdict {
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

/** docs/questions.md "asked when", for a question, given the (on-path) answers before it. */
export function modelAskedWhen(q: QuestionId, a: Answers): boolean {
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
      return visitAsked(a) && (modelFnmt(a) !== 'not-needed' || a.phone === 'none' || a.visit === 'no');
    case 'fiscal':
      return letterViable(a);
  }
}

const visitAsked = (a: Answers): boolean => !usableCertificate(a) && !appVideoViable(a);

/** docs/rules.md#route rules 1–8, in order. */
export function modelRoute(a: Answers): Route {
  const level = modelLevel(a);
  const fnmt = modelFnmt(a);
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

/** docs/rules.md#alternatives: the table, in order of preference. */
export const ALTERNATIVES_TABLE: Readonly<Record<Route, readonly Route[]>> = {
  'certificate-online': [],
  'app-video': ['in-person'],
  'fnmt-then-certificate': ['in-person', 'invitation-letter'],
  'in-person': ['fnmt-then-certificate', 'invitation-letter'],
  'invitation-letter': ['in-person', 'fnmt-then-certificate'],
};

/** docs/rules.md#alternatives "viable". certificate-online and app-video are never alternatives, so they are not defined here. */
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

export function modelAlternatives(a: Answers, primary: Route): Route[] {
  return ALTERNATIVES_TABLE[primary].filter((r) => r !== primary && viable(r, a));
}

/** docs/rules.md#level-obtained (v3: app-video reaches advanced after the manual review). */
export function modelLevelObtained(route: Route): Level {
  return route === 'invitation-letter' ? 'basic' : 'advanced';
}

/** docs/rules.md#login-variant-and-also-activate primary variant. */
export function modelVariant(a: Answers): Variant {
  if (a.id === 'nie' && a.doc === 'nie-paper') return 'permanente';
  if (a.app === 'yes') return 'movil';
  return 'pin';
}

/** docs/rules.md#login-variant-and-also-activate also activate, as a sorted set (the rules give no order). */
export function modelAlsoActivate(a: Answers, variant: Variant, route: Route): AlsoActivate[] {
  const out: AlsoActivate[] = [];
  // v3: only where the advanced level follows without a certificate
  const firma = has(a, 'sign') && !usableCertificate(a) && (route === 'in-person' || route === 'app-video');
  if (firma) out.push('firma');
  if ((a.use === 'regular' || has(a, 'health') || firma) && variant !== 'permanente') out.push('permanente');
  return out.sort();
}

/** docs/rules.md#blockers, as a sorted set. */
export function modelBlockers(a: Answers): BlockerId[] {
  const out: BlockerId[] = [];
  if (a.id === 'none') out.push('no-nie');
  if (a.id === 'pending') out.push('nie-pending');
  if (a.phone === 'none' && !usableCertificate(a)) out.push('no-mobile');
  return out.sort();
}

/** The core of the plan the rules fully determine. */
export interface ModelCore {
  blockers: BlockerId[];
  level: Level;
  levelObtained: Level;
  route: Route;
  alternatives: Route[];
  variant: Variant;
  alsoActivate: AlsoActivate[];
  fnmt: FnmtVerdict;
}

export function modelCore(a: Answers): ModelCore {
  const route = modelRoute(a);
  const variant = modelVariant(a);
  return {
    blockers: modelBlockers(a),
    level: modelLevel(a),
    levelObtained: modelLevelObtained(route),
    route,
    alternatives: modelAlternatives(a, route),
    variant,
    alsoActivate: modelAlsoActivate(a, variant, route),
    fnmt: modelFnmt(a),
  };
}
