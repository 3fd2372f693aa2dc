/** Bad input: recommend/tryRecommend name what is wrong (field + problem) and never crash. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, QUESTION_VALUES, type Answers } from '../../src/domain';
import { InvalidAnswersError, recommend, tryRecommend, type AnswerIssue } from '../../src/rules';
import { without } from './support/answers';
import { complete } from './support/plan';

const PROBLEMS = ['not-an-object', 'unknown-question', 'invalid-value', 'missing-answer'];
const good = complete({ id: 'nie', doc: 'tie' });

function issuesOf(input: unknown): AnswerIssue[] {
  const result = tryRecommend(input);
  if (result.ok) throw new Error(`expected issues for ${JSON.stringify(input)}`);
  return result.issues;
}

const wellFormed = (issues: readonly AnswerIssue[]): void => {
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect(typeof i.field).toBe('string');
    expect(PROBLEMS).toContain(i.problem);
    expect(i.message.trim()).not.toBe('');
  }
};

const cases: { sentence: string; input: unknown; issues: Pick<AnswerIssue, 'field' | 'problem'>[] }[] = [
  { sentence: 'null is not an object', input: null, issues: [{ field: '', problem: 'not-an-object' }] },
  { sentence: 'undefined is not an object', input: undefined, issues: [{ field: '', problem: 'not-an-object' }] },
  { sentence: 'a number is not an object', input: 42, issues: [{ field: '', problem: 'not-an-object' }] },
  { sentence: 'a string (a query string?) is not an object', input: 'id=nie&doc=tie', issues: [{ field: '', problem: 'not-an-object' }] },
  { sentence: 'an array is not an object', input: [good], issues: [{ field: '', problem: 'not-an-object' }] },
  { sentence: 'an unknown key is named', input: { ...good, colour: 'red' }, issues: [{ field: 'colour', problem: 'unknown-question' }] },
  { sentence: 'lang is not an answer (links carry it, answers do not)', input: { ...good, lang: 'de' }, issues: [{ field: 'lang', problem: 'unknown-question' }] },
  { sentence: 'an invalid id value is named', input: { ...good, id: 'passport' }, issues: [{ field: 'id', problem: 'invalid-value' }] },
  { sentence: 'a wrongly cased value is invalid', input: { ...good, phone: 'ES' }, issues: [{ field: 'phone', problem: 'invalid-value' }] },
  { sentence: 'a boolean for a yes/no question is invalid', input: { ...good, app: true }, issues: [{ field: 'app', problem: 'invalid-value' }] },
  { sentence: 'tasks as a comma string (link format) is invalid here', input: { ...good, tasks: 'tax,sign' }, issues: [{ field: 'tasks', problem: 'invalid-value' }] },
  { sentence: 'an unknown task is invalid', input: { ...good, tasks: ['tax', 'golf'] }, issues: [{ field: 'tasks', problem: 'invalid-value' }] },
  { sentence: 'a repeated task is invalid', input: { ...good, tasks: ['tax', 'tax'] }, issues: [{ field: 'tasks', problem: 'invalid-value' }] },
  {
    sentence: 'an invalid value in an OFF-PATH question is still invalid input',
    input: { ...complete({ id: 'dni', app: 'yes' }), doc: 'passport' },
    issues: [{ field: 'doc', problem: 'invalid-value' }],
  },
  {
    sentence: 'two problems are both named',
    input: { ...good, id: 'x', island: 'tenerife' },
    issues: [
      { field: 'id', problem: 'invalid-value' },
      { field: 'island', problem: 'invalid-value' },
    ],
  },
  {
    sentence: 'missing on-path answers are each named, in question order',
    input: { id: 'nie', doc: 'tie', phone: 'es', app: 'no', cert: 'no', work: 'employee', tasks: [] },
    issues: [
      { field: 'use', problem: 'missing-answer' },
      { field: 'visit', problem: 'missing-answer' },
      { field: 'fiscal', problem: 'missing-answer' },
      { field: 'island', problem: 'missing-answer' },
    ],
  },
  {
    sentence: 'an empty object misses the first question',
    input: {},
    issues: [{ field: 'id', problem: 'missing-answer' }],
  },
  {
    sentence: 'a missing computer answer where it is on the path (white sheet) is named',
    input: { ...complete({ id: 'nie', doc: 'nie-paper' }), computer: undefined },
    issues: [{ field: 'computer', problem: 'missing-answer' }],
  },
];

describe('bad input gives a clear issue list', () => {
  it.each(cases)('$sentence', ({ input, issues }) => {
    const got = issuesOf(input);
    wellFormed(got);
    expect(got.map(({ field, problem }) => ({ field, problem }))).toEqual(expect.arrayContaining(issues));
    if (issues.length === 1 && issues[0]?.problem !== 'missing-answer') expect(got).toHaveLength(1);
  });

  it('recommend throws InvalidAnswersError naming the field', () => {
    let caught: unknown;
    try {
      recommend({ ...good, id: 'passport' } as unknown as Answers);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidAnswersError);
    const error = caught as InvalidAnswersError;
    expect(error.issues.map((i) => i.field)).toEqual(['id']);
    expect(error.message).toContain('id');
  });

  it('recommend throws InvalidAnswersError for missing answers, naming them', () => {
    expect(() => recommend({ id: 'nie' })).toThrow(InvalidAnswersError);
    expect(() => recommend({ id: 'nie' })).toThrow(/doc/);
  });

  it('recommend throws InvalidAnswersError (not a TypeError) for a non-object', () => {
    expect(() => recommend(null as unknown as Answers)).toThrow(InvalidAnswersError);
  });

  it('a valid complete set gives a plan', () => {
    expect(tryRecommend(good).ok).toBe(true);
  });
});

describe('tryRecommend never throws', () => {
  it('for arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const r = tryRecommend(input);
        if (!r.ok) wellFormed(r.issues);
      }),
      { numRuns: 300 },
    );
  });

  it('for arbitrary JS values (fc.anything)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = tryRecommend(input);
        if (!r.ok) wellFormed(r.issues);
      }),
      { numRuns: 300 },
    );
  });

  it('for objects keyed by question ids with arbitrary values (deeper than random JSON gets)', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(...QUESTION_IDS.flatMap((q) => QUESTION_VALUES[q])),
      fc.array(fc.constantFrom(...QUESTION_VALUES.tasks, 'golf'), { maxLength: 9 }),
    );
    const answers = fc.dictionary(fc.constantFrom<string>(...QUESTION_IDS, 'lang', '__proto__', 'constructor'), value);
    fc.assert(
      fc.property(answers, (input) => {
        const r = tryRecommend(input);
        if (!r.ok) wellFormed(r.issues);
      }),
      { numRuns: 500 },
    );
  });

  it('for valid answers with any subset removed: a plan or missing-answer issues, nothing else', () => {
    fc.assert(
      fc.property(fc.subarray([...QUESTION_IDS]), (drop) => {
        const r = tryRecommend(without(good, ...drop));
        if (!r.ok) for (const i of r.issues) expect(i.problem).toBe('missing-answer');
      }),
      { numRuns: 300 },
    );
  });

  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  it.each<[string, unknown]>([
    ['a bigint value', { ...good, id: 1n }],
    ['a cyclic object value', { ...good, id: cyclic }],
    ['a symbol value', { ...good, id: Symbol('nie') }],
    ['a function value', { ...good, id: () => 'nie' }],
    ['an object without prototype', Object.assign(Object.create(null) as object, good)],
  ])('for non-JSON values a caller might pass: %s', (_name, input) => {
    let result: ReturnType<typeof tryRecommend> | undefined;
    expect(() => (result = tryRecommend(input))).not.toThrow();
    if (result !== undefined && !result.ok) wellFormed(result.issues);
  });
});
