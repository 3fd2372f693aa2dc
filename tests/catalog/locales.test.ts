/**
 * Locale completeness. Every locale's questions.json and plan.json pass their schemas (derived
 * from the domain's ids: nothing missing, extra or empty); every other folder under
 * content/locales/ is also compared with English file by file (same keys, same placeholders,
 * nothing empty), so adding a language needs no change here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flattenKeys, localeSchemas, placeholdersOf, type LocaleNamespace } from '../../src/catalog';
import { compareWithEnglish } from './locale-compare';

const LOCALES_DIR = fileURLToPath(new URL('../../content/locales/', import.meta.url));
const readJson = (lng: string, file: string): unknown =>
  JSON.parse(readFileSync(`${LOCALES_DIR}${lng}/${file}`, 'utf8')) as unknown;

const languages = readdirSync(LOCALES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const otherLanguages = languages.filter((lng) => lng !== 'en');
/** Every namespace English has (ours and the UI's), so each is compared in every language. */
const englishFiles = readdirSync(`${LOCALES_DIR}en`).filter((file) => file.endsWith('.json'));
const OWN_NAMESPACES = Object.keys(localeSchemas) as LocaleNamespace[];

describe('flattenKeys and placeholdersOf', () => {
  it('flattens nested objects to dotted keys', () => {
    expect(flattenKeys({ a: { b: 'x', c: { d: 'y' } }, e: 'z' })).toEqual({ 'a.b': 'x', 'a.c.d': 'y', e: 'z' });
  });
  it('keeps empty objects as leaves so they are reported', () => {
    expect(flattenKeys({ a: {} })).toEqual({ a: {} });
  });
  it('reads placeholder names, sorted and distinct', () => {
    expect(placeholdersOf('{{b}} and {{ a }} and {{b}}, {{count, number}}')).toEqual(['a', 'b', 'count']);
    expect(placeholdersOf('no placeholders')).toEqual([]);
  });
});

describe('compareWithEnglish', () => {
  const en = { a: { b: 'Hello {{name}}', c: 'Bye' } };
  it('accepts a complete translation', () => {
    expect(compareWithEnglish(en, { a: { b: 'Hola {{name}}', c: 'Adiós' } })).toEqual({
      missing: [],
      extra: [],
      empty: [],
      placeholders: [],
    });
  });
  it('reports missing, extra, empty keys and changed placeholders', () => {
    const report = compareWithEnglish(en, { a: { b: 'Hola {{nombre}}', d: ' ' } });
    expect(report).toEqual({ missing: ['a.c'], extra: ['a.d'], empty: ['a.d'], placeholders: ['a.b'] });
  });
});

describe('English locale', () => {
  it('the plan schema rejects a missing id and an extra one', () => {
    const plan = structuredClone(readJson('en', 'plan.json')) as { warnings: Record<string, unknown> };
    expect(localeSchemas.plan.safeParse(plan).success).toBe(true);
    delete plan.warnings['code-expiry'];
    expect(localeSchemas.plan.safeParse(plan).success).toBe(false);
    const extra = structuredClone(readJson('en', 'plan.json')) as { warnings: Record<string, unknown> };
    extra.warnings['not-a-warning'] = { title: 'x', body: 'y' };
    expect(localeSchemas.plan.safeParse(extra).success).toBe(false);
  });

  it('the questions schema requires the hints the declarations ask for', () => {
    const questions = structuredClone(readJson('en', 'questions.json')) as { fiscal: { hint?: string } };
    delete questions.fiscal.hint;
    expect(localeSchemas.questions.safeParse(questions).success).toBe(false);
  });

  it('route steps are numbered 1, 2, 3 … without gaps', () => {
    const plan = readJson('en', 'plan.json') as { routes: Record<string, { steps: Record<string, string> }> };
    for (const [route, { steps }] of Object.entries(plan.routes)) {
      const numbers = Object.keys(steps).map(Number);
      expect(numbers, route).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('repeats none of the unsupported claims other guides make', () => {
    const all = OWN_NAMESPACES.map((ns) => JSON.stringify(readJson('en', `${ns}.json`))).join('\n');
    expect(all).not.toMatch(/30 days/i); // FNMT "accredit within 30 days": no source confirms it (docs/facts.md)
    expect(all).not.toMatch(/infosalut|971 220 000/i); // no source says Cl@ve is registered by phone (docs/facts.md)
  });
});

describe.each(languages)('locale %s', (lng) => {
  it.each(OWN_NAMESPACES)('%s.json passes its schema', (ns) => {
    const result = localeSchemas[ns].safeParse(readJson(lng, `${ns}.json`));
    expect(result.success, result.error?.message).toBe(true);
  });
});

describe.runIf(otherLanguages.length > 0)('every other locale matches English', () => {
  const cases = otherLanguages.flatMap((lng) => englishFiles.map((file) => [lng, file] as const));
  it.each(cases)('%s/%s: same keys, same placeholders, nothing empty', (lng, file) => {
    expect(compareWithEnglish(readJson('en', file), readJson(lng, file))).toEqual({
      missing: [],
      extra: [],
      empty: [],
      placeholders: [],
    });
  });
});
