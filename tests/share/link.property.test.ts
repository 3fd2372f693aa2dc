/** Properties of links over generated answers and arbitrary strings (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, QUESTION_VALUES, answersSchema, type Answers, type QuestionId } from '../../src/domain';
import { buildLink, parseLink, stripAppliedParams } from '../../src/share/link';

/** Any valid set of answers: each question absent or one of its values; tasks a subset. */
const answersArb: fc.Arbitrary<Answers> = fc
  .record(
    Object.fromEntries(
      QUESTION_IDS.map((id: QuestionId) => [
        id,
        id === 'tasks'
          ? fc.subarray([...QUESTION_VALUES.tasks])
          : fc.constantFrom(...QUESTION_VALUES[id]),
      ]),
    ) as Record<QuestionId, fc.Arbitrary<unknown>>,
    { requiredKeys: [] },
  )
  .map((record) => answersSchema.parse(record));

const langArb = fc.option(fc.constantFrom('en', 'es', 'de', 'ca', 'fr'), { nil: undefined });

/** Strings made of the characters that matter in a query. */
const queryChars = fc.string({
  unit: fc.constantFrom('a', 'i', 'd', 'n', 'e', '=', '&', ',', '%', '2', 'C', '?', '#', '+', ' ', 'é', '\u0000', 'v', '1'),
  maxLength: 200,
});

describe('link properties', () => {
  it('buildLink ∘ parseLink is the identity on answers (and lang)', () => {
    fc.assert(
      fc.property(answersArb, langArb, (answers, lang) => {
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
      fc.property(answersArb, (answers) => {
        const link = buildLink('https://wizard.example', answers);
        expect(buildLink('https://wizard.example', parseLink(new URL(link).search).answers)).toBe(link);
      }),
    );
  });

  it('never throws on arbitrary strings, and only ever returns valid answers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 3000 }), queryChars, fc.webQueryParameters()), (query) => {
        const parsed = parseLink(query);
        expect(answersSchema.safeParse(parsed.answers).success).toBe(true);
        for (const r of parsed.rejected) expect(['unknown', 'invalid', 'repeated', 'too-long']).toContain(r.reason);
      }),
      { numRuns: 1000 },
    );
  });

  it('every parameter is either used or named', () => {
    fc.assert(
      fc.property(fc.webQueryParameters(), (query) => {
        const parsed = parseLink(query);
        const named = new Set(parsed.rejected.map((r) => r.param));
        for (const [name] of new URLSearchParams(query)) {
          if (name === '' || name === 'v' || name.length > 40) continue;
          const used = name in parsed.answers || (name === 'lang' && parsed.lang !== undefined) || name in parsed.embed;
          expect(used || named.has(name), name).toBe(true);
        }
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
