/**
 * Format checks for Spanish identity numbers (docs/facts.md#12-id-formats). Pure: no DOM, no
 * storage, no logging.
 * The wizard only *warns* with these; it never blocks, and the values never leave the page.
 *
 * - DNI: 8 digits + control letter (number mod 23 in CONTROL_LETTERS).
 * - NIE: X/Y/Z + 7 digits + control letter (X→0, Y→1, Z→2, then as the DNI). The Extranjería
 *   SMS service writes 8 digits with a leading 0 (X00000111L); that form is accepted and
 *   normalised to the 7-digit form Cl@ve wants (X0000111L).
 * - Número de soporte: TIE = E + 8 digits; EU registration certificate = C + 8 digits,
 *   left-padded with zeros (1234567 → C01234567).
 */

/** Remainders 0…22 of the number mod 23, in order. */
export const CONTROL_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

const NIE_PREFIX_DIGIT: Readonly<Record<string, string>> = { X: '0', Y: '1', Z: '2' };

/** Upper-case and drop spaces, hyphens, dots and slashes: people copy numbers in many shapes. */
export function normaliseIdInput(raw: string): string {
  return raw.toUpperCase().replace(/[\s\-./]/g, '');
}

/** The control letter for an 8-digit number (a DNI, or an NIE with its prefix letter replaced). */
export function controlLetter(eightDigits: string): string {
  if (!/^\d{8}$/.test(eightDigits)) throw new RangeError('controlLetter needs exactly 8 digits');
  return CONTROL_LETTERS.charAt(Number(eightDigits) % 23);
}

/** The control letter of an NIE given its prefix (X/Y/Z) and its 7 digits. */
export function nieControlLetter(prefix: 'X' | 'Y' | 'Z', sevenDigits: string): string {
  return controlLetter(`${NIE_PREFIX_DIGIT[prefix] ?? '0'}${sevenDigits}`);
}

export type NieCheck =
  /** nothing typed */
  | { readonly kind: 'empty' }
  /** a correct NIE; `normalised` is the 7-digit form to type; `reformatted` when it differs from the input */
  | { readonly kind: 'valid'; readonly normalised: string; readonly reformatted: boolean }
  /** the letter does not match the digits: a typo somewhere */
  | { readonly kind: 'wrong-letter'; readonly normalised: string; readonly expected: string }
  /** X/Y/Z and 7 digits, but no control letter */
  | { readonly kind: 'missing-letter'; readonly expectedFull: string }
  /** a correct (or incorrect) DNI: 8 digits and a letter, not an NIE */
  | { readonly kind: 'looks-like-dni'; readonly valid: boolean }
  /** E/C and digits: this is a número de soporte, not an NIE */
  | { readonly kind: 'looks-like-soporte' }
  /** anything else */
  | { readonly kind: 'bad-format' };

const NIE_7 = /^([XYZ])(\d{7})([A-Z]?)$/;
/** The SMS service's 8-digit form, with a leading zero. */
const NIE_8_LEADING_ZERO = /^([XYZ])0(\d{7})([A-Z]?)$/;
const DNI = /^(\d{8})([A-Z])$/;
const SOPORTE_LIKE = /^[EC]\d{1,9}$/;

/** Checks what the user typed in the NIE field. */
export function checkNie(raw: string): NieCheck {
  const value = normaliseIdInput(raw);
  if (value === '') return { kind: 'empty' };
  const parts = NIE_7.exec(value) ?? NIE_8_LEADING_ZERO.exec(value);
  if (parts !== null) {
    const prefix = parts[1] as 'X' | 'Y' | 'Z';
    const digits = parts[2] ?? '';
    const letter = parts[3] ?? '';
    const expected = nieControlLetter(prefix, digits);
    const base = `${prefix}${digits}`;
    if (letter === '') return { kind: 'missing-letter', expectedFull: `${base}${expected}` };
    const normalised = `${base}${letter}`;
    if (letter !== expected) return { kind: 'wrong-letter', normalised, expected: `${base}${expected}` };
    return { kind: 'valid', normalised, reformatted: normalised !== raw };
  }
  const dni = DNI.exec(value);
  if (dni !== null) return { kind: 'looks-like-dni', valid: controlLetter(dni[1] ?? '') === dni[2] };
  if (SOPORTE_LIKE.test(value)) return { kind: 'looks-like-soporte' };
  return { kind: 'bad-format' };
}

/** Whether `raw` is a valid NIE (after normalisation): convenience for tests and callers. */
export function isValidNie(raw: string): boolean {
  return checkNie(raw).kind === 'valid';
}

/** Whether `raw` is a valid DNI (8 digits + the matching letter). */
export function isValidDni(raw: string): boolean {
  const dni = DNI.exec(normaliseIdInput(raw));
  return dni !== null && controlLetter(dni[1] ?? '') === dni[2];
}

/** The document the user said shows their NIE; it decides the soporte prefix. */
export type SoporteDocument = 'tie' | 'eu-cert' | undefined;

export type SoporteCheck =
  | { readonly kind: 'empty' }
  /** the right shape for the document (or for some document when none is chosen) */
  | { readonly kind: 'valid'; readonly normalised: string; readonly reformatted: boolean }
  /** too few digits, or no letter: here is the value to type (E or C + 8 digits, zero-padded) */
  | { readonly kind: 'padded'; readonly suggestion: string }
  /** E typed for an EU certificate, or C for a TIE */
  | { readonly kind: 'wrong-prefix'; readonly expectedPrefix: 'E' | 'C' }
  /** an NIE (or DNI) typed where the support number belongs */
  | { readonly kind: 'looks-like-nie' }
  /** digits only and no document chosen: cannot tell which letter goes first */
  | { readonly kind: 'needs-prefix' }
  | { readonly kind: 'bad-format' };

const SOPORTE = /^([EC])(\d{1,8})$/;
const DIGITS_ONLY = /^\d{1,8}$/;
const NIE_LIKE = /^[XYZ]\d{7,8}[A-Z]?$/;

function expectedPrefix(doc: SoporteDocument): 'E' | 'C' | undefined {
  if (doc === 'tie') return 'E';
  if (doc === 'eu-cert') return 'C';
  return undefined;
}

/** Checks what the user typed in the número de soporte field, for the document they picked. */
export function checkSoporte(raw: string, doc: SoporteDocument): SoporteCheck {
  const value = normaliseIdInput(raw);
  if (value === '') return { kind: 'empty' };
  if (NIE_LIKE.test(value) || DNI.test(value)) return { kind: 'looks-like-nie' };
  const prefix = expectedPrefix(doc);
  const parts = SOPORTE.exec(value);
  if (parts !== null) {
    const letter = parts[1] as 'E' | 'C';
    const digits = parts[2] ?? '';
    if (prefix !== undefined && letter !== prefix) return { kind: 'wrong-prefix', expectedPrefix: prefix };
    const normalised = `${letter}${digits.padStart(8, '0')}`;
    if (digits.length < 8) return { kind: 'padded', suggestion: normalised };
    return { kind: 'valid', normalised, reformatted: normalised !== raw };
  }
  if (DIGITS_ONLY.test(value)) {
    if (prefix === undefined) return { kind: 'needs-prefix' };
    return { kind: 'padded', suggestion: `${prefix}${value.padStart(8, '0')}` };
  }
  return { kind: 'bad-format' };
}
