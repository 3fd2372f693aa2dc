/**
 * Any locale against English: the same keys, nothing empty, the same {{placeholders}}. English
 * itself is checked by the zod schemas of src/catalog (derived from the domain's ids), so one
 * mechanism covers the ids and this one covers every translation.
 */
import { flattenKeys, placeholdersOf } from '../../src/catalog';

export interface KeyReport {
  missing: string[];
  extra: string[];
  empty: string[];
}

const isBlank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

export interface LocaleReport extends KeyReport {
  /** keys whose {{placeholders}} differ from English */
  placeholders: string[];
}

/** Any locale against English: same keys, nothing empty, the same {{placeholders}} per key. */
export function compareWithEnglish(english: unknown, other: unknown): LocaleReport {
  const en = flattenKeys(english);
  const xx = flattenKeys(other);
  const sameNames = (a: unknown, b: unknown): boolean =>
    typeof a === 'string' && typeof b === 'string' && placeholdersOf(a).join() === placeholdersOf(b).join();
  return {
    missing: Object.keys(en).filter((key) => !(key in xx)),
    extra: Object.keys(xx).filter((key) => !(key in en)),
    empty: Object.keys(xx).filter((key) => isBlank(xx[key])),
    placeholders: Object.keys(en).filter((key) => key in xx && !sameNames(en[key], xx[key])),
  };
}
