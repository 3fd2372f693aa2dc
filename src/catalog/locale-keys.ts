/**
 * Helpers to compare locale files: flatten nested JSON to dotted keys, and read the
 * {{placeholders}} of a string. Used by the locale-completeness tests for every language.
 */

/** Dotted path → leaf value, e.g. `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`. Arrays are indexed. */
export type FlatKeys = Record<string, unknown>;

export function flattenKeys(json: unknown, prefix = ''): FlatKeys {
  if (typeof json !== 'object' || json === null) return prefix === '' ? {} : { [prefix]: json };
  const out: FlatKeys = {};
  const entries = Array.isArray(json) ? json.map((v, i) => [String(i), v] as const) : Object.entries(json);
  if (entries.length === 0 && prefix !== '') out[prefix] = json;
  for (const [key, value] of entries) Object.assign(out, flattenKeys(value, prefix === '' ? key : `${prefix}.${key}`));
  return out;
}

/** The i18next interpolation names in a string, sorted and distinct: `'Hi {{name}}'` → `['name']`. */
export function placeholdersOf(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1] ?? '');
  return [...new Set(names)].sort();
}
