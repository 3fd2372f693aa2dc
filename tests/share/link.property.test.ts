/**
 * Properties of links over generated answers (fast-check). Arbitrary query strings are fuzzed in
 * link.fuzz.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLink, parseLink, stripAppliedParams } from '../../src/share';
import { validAnswers } from '../support/fuzz';

const langArb = fc.option(fc.constantFrom('en', 'es', 'de', 'ca', 'fr'), { nil: undefined });

describe('link properties', () => {
  it('buildLink ∘ parseLink is the identity on answers (and lang)', () => {
    fc.assert(
      fc.property(validAnswers, langArb, (answers, lang) => {
        const link = buildLink('https://wizard.example', answers, lang === undefined ? {} : { lang });
        const parsed = parseLink(new URL(link).search);
        expect(parsed.answers).toEqual(answers);
        expect(parsed.lang).toBe(lang);
        expect(parsed.rejected).toEqual([]);
        expect(parsed.dropped).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('buildLink is stable: rebuilding a parsed link gives the same link', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const link = buildLink('https://wizard.example', answers);
        expect(buildLink('https://wizard.example', parseLink(new URL(link).search).answers)).toBe(link);
      }),
    );
  });

  it('stripAppliedParams never throws and never leaves an answer in the address bar', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const stripped = stripAppliedParams(url);
        expect(stripped.startsWith('/')).toBe(true);
        expect(parseLink(new URL(stripped, 'http://x').search).carriesAnswers).toBe(false);
      }),
    );
  });
});
