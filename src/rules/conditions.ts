/**
 * The definitions of spec §1, named once. Every "asked when" and every rule uses these,
 * so "usable certificate" or "letter viable" can never mean two things in two places.
 * Each takes answers that are already on-path (see applicability.ts).
 */
import type { Answers } from '../domain';

/** A DNI or an assigned NIE: the only people who can register or hold a certificate. */
export const hasIdentityNumber = (a: Answers): boolean => a.id === 'nie' || a.id === 'dni';

/** `cert = yes` counts only for someone with an identity number (spec §1). */
export const hasUsableCertificate = (a: Answers): boolean => a.cert === 'yes' && hasIdentityNumber(a);

/** The DNI's validity date or the NIE card's número de soporte, asked by the letter, the app and Cl@ve Móvil. */
export const hasSupportNumber = (a: Answers): boolean => a.id === 'dni' || a.doc === 'tie' || a.doc === 'eu-cert';

/** Holds an assigned NIE but only the white assignment sheet, no card. */
export const hasOnlyNiePaper = (a: Answers): boolean => a.id === 'nie' && a.doc === 'nie-paper';

/** The app's video identification: DNI holders with a smartphone app (facts §1 route A, C1). */
export const canUseAppVideo = (a: Answers): boolean => a.id === 'dni' && a.app === 'yes';

/** The invitation letter can reach and register this person (spec §1 "letter viable"). */
export const isLetterViable = (a: Answers): boolean =>
  !hasUsableCertificate(a) &&
  ((a.id === 'nie' && a.doc !== undefined && a.doc !== 'nie-paper') || (a.id === 'dni' && a.app === 'no'));

export const hasTask = (a: Answers, task: NonNullable<Answers['tasks']>[number]): boolean =>
  a.tasks?.includes(task) ?? false;

export const hasNoPhone = (a: Answers): boolean => a.phone === 'none';
