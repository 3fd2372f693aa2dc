/**
 * The named conditions of docs/questions.md#named-conditions, defined once. Every "asked when"
 * and every rule uses these, so "usable certificate" or "letter viable" can never mean two
 * things in two places.
 * Each takes answers that are already on-path (see applicability.ts).
 */
import type { Answers } from '../domain';

/** No mobile number at all: every Cl@ve registration needs one (blocker no-mobile). */
export const hasNoPhone = (a: Answers): boolean => a.phone === 'none';

/** A DNI or an assigned NIE: the only people who can register or hold a certificate. */
export const hasIdentityNumber = (a: Answers): boolean => a.id === 'nie' || a.id === 'dni';

/** `cert = yes` counts only for someone with an identity number. */
export const hasUsableCertificate = (a: Answers): boolean => a.cert === 'yes' && hasIdentityNumber(a);

/** The DNI's validity date or the NIE card's número de soporte, asked by the letter, the app and Cl@ve Móvil. */
export const hasSupportNumber = (a: Answers): boolean => a.id === 'dni' || a.doc === 'tie' || a.doc === 'eu-cert';

/** Holds an assigned NIE but only the white assignment sheet, no card. */
export const hasOnlyNiePaper = (a: Answers): boolean => a.id === 'nie' && a.doc === 'nie-paper';

/**
 * "App video viable": the app's video identification is for DNI holders for now
 * (flag video-id-dni-only), runs in the app, and asks for the user's own phone number
 * (source clave-video-identification) — so a DNI holder without a mobile cannot use it.
 */
export const canUseAppVideo = (a: Answers): boolean => a.id === 'dni' && a.app === 'yes' && !hasNoPhone(a);

/** "Letter viable": the invitation letter can reach and register this person. */
export const isLetterViable = (a: Answers): boolean =>
  !hasUsableCertificate(a) &&
  ((a.id === 'nie' && a.doc !== undefined && a.doc !== 'nie-paper') || (a.id === 'dni' && a.app === 'no'));

export const hasTask = (a: Answers, task: NonNullable<Answers['tasks']>[number]): boolean =>
  a.tasks?.includes(task) ?? false;

