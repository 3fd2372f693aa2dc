/**
 * Fuzzing the link edge: arbitrary query strings into parseLink and applyLink. Whatever comes
 * in, nothing throws, only valid answers come out, every parameter is either used or named in
 * the notice, and a link that names a question starts a fresh set of answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema, QUESTION_IDS, QUESTION_VALUES, questionIdSchema } from '../../src/domain';
import {
  applyLink,
  LINK_EMBED_PARAMS,
  MAX_QUERY_LENGTH,
  parseAnswerParam,
  parseLink,
  stripAppliedParams,
  WHOLE_LINK,
} from '../../src/share';
import { check, expectNoPrototypePollution, fuzz, PROTOTYPE_KEYS, validAnswers } from '../support/fuzz';

const NAMES = [...QUESTION_IDS, 'lang', 'v', ...LINK_EMBED_PARAMS, ...PROTOTYPE_KEYS, 'utm_source', 'ID', 'tasks[]', 'id ', 'n'.repeat(60)];
const VALUES = [
  ...Object.values(QUESTION_VALUES).flat(),
  'tax,sign',
  'tax,,health',
  ' TAX , Sign ',
  '',
  'en',
  'es-MX',
  'xx',
  '1',
  '0',
  '99',
  '1 ',
  '0b6e4f',
  'https://agency.example',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '"><img src=x onerror=alert(1)>',
  '%00',
  '%ZZ',
  '%E0%A4%A',
  'X1234567L',
  '\u0000\u200b\uFEFF',
  '😀',
  'x'.repeat(300),
];

/** Sometimes encoded, sometimes raw: raw text makes broken %-escapes and stray separators. */
const written = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.boolean()).map(([value, encode]) => (encode ? encodeURIComponent(value) : value));

const pair = fc.tuple(
  written(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, fc.string({ maxLength: 50 }))),
  written(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...VALUES) }, fc.string({ maxLength: 80 }), fc.webSegment())),
  fc.constantFrom('=', '=', '=', '', '=='),
);

const structured = fc
  .tuple(fc.array(pair, { maxLength: 25 }), fc.constantFrom('', '?', '??', '&'))
  .map(([pairs, lead]) => lead + pairs.map(([name, value, eq]) => `${name}${eq}${value}`).join('&'));

/** Query strings of every kind, including ones over the 2 kB limit. */
const queryArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: structured },
  { weight: 2, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.webQueryParameters() },
  { weight: 1, arbitrary: structured.map((q) => `${q}&pad=${'x'.repeat(MAX_QUERY_LENGTH)}`) },
);

const REASONS: ReadonlySet<string> = new Set(['unknown', 'invalid', 'repeated', 'too-long']);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function shortened(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}

function namesIn(query: string): string[] {
  return [...new URLSearchParams(query)].map(([name]) => name).filter((name) => name !== '');
}

describe('fuzzing the link parser', () => {
  it('arbitrary queries: never a throw, valid answers only, everything unused named, a fresh start for any link with answers', () => {
    const runs = fuzz('link parser (parseLink + applyLink + stripAppliedParams)', fc.tuple(queryArb, validAnswers), ([query, stored]) => {
      const parsed = parseLink(query);
      const about = JSON.stringify(query);
      check(answersSchema.safeParse(parsed.answers).success, `invalid answers from ${about}`);
      const names = namesIn(query);
      const reported = new Set(names.map(shortened));
      const named = new Set(parsed.rejected.map((r) => r.param));
      for (const r of parsed.rejected) {
        check(REASONS.has(r.reason), `unknown reason ${r.reason}`);
        check(r.param === WHOLE_LINK || reported.has(r.param), `"${r.param}" named but not in ${about}`);
      }

      if (query.length > MAX_QUERY_LENGTH) {
        // Nothing of it is used; its names alone decide whether it starts afresh.
        check(Object.keys(parsed.answers).length === 0, `answers read from an oversized ${about}`);
        check(same(parsed.rejected, parsed.isOurs ? [{ param: WHOLE_LINK, reason: 'too-long' }] : []), `oversized ${about} not reported`);
        check(parsed.carriesAnswers === names.some((name) => questionIdSchema.safeParse(name).success), `oversized ${about}: carriesAnswers`);
      } else {
        const params = new URLSearchParams(query);
        for (const name of names) {
          if (name === 'v') continue; // a valid version is read, not stored
          const question = questionIdSchema.safeParse(name);
          const used = question.success
            ? question.data in parsed.answers
            : (name === 'lang' && parsed.lang !== undefined) || name in parsed.embed;
          check(used || named.has(shortened(name)), `"${name}" neither used nor named in ${about}`);
          // A used answer is exactly what its single value says.
          if (question.success && used) {
            check(same(parsed.answers[question.data], parseAnswerParam(question.data, params.get(name) ?? '')), `"${name}" misread in ${about}`);
          }
        }
      }

      const application = applyLink(parsed, { answers: stored, ticks: [] });
      if (parsed.carriesAnswers) {
        check(same(application.answers, parsed.answers), `merged with stored answers: ${about}`);
        check(/^\/(q\/[a-z]+|result)$/.test(application.path ?? ''), `no page to open for ${about}`);
      } else {
        check(application.answers === undefined, `stored answers replaced by ${about}`);
      }
      check((application.notice !== undefined) === parsed.rejected.length + parsed.dropped.length > 0, `notice for ${about}`);

      const rest = stripAppliedParams(`https://wizard.example/q/id?${query.replace(/^\?/, '')}`);
      check(rest.startsWith('/') && !parseLink(new URL(rest, 'http://x').search).carriesAnswers, `answers left in the address: ${rest}`);
      expectNoPrototypePollution();
    });
    expect(runs).toBeGreaterThanOrEqual(10_000);
  });
});
