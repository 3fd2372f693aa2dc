/** The answers' contract (spec §1): ids and values are a public interface. */
import { describe, expect, it } from 'vitest';
import {
  MULTI_CHOICE,
  QUESTION_IDS,
  QUESTION_VALUES,
  answersSchema,
  parseAnswerField,
  salvageAnswers,
  type QuestionId,
} from '../../src/domain';

/** Spec §1, copied value by value: a rename here is a breaking change of links and embeds. */
const SPEC_VALUES: Record<QuestionId, string[]> = {
  id: ['nie', 'dni', 'pending', 'none'],
  doc: ['tie', 'eu-cert', 'nie-paper'],
  phone: ['es', 'foreign', 'none'],
  app: ['yes', 'no'],
  cert: ['yes', 'no'],
  work: ['employee', 'pensioner', 'autonomo', 'company', 'student', 'other'],
  tasks: ['tax', 'social-security', 'sign', 'gestor', 'health', 'notifications', 'immigration'],
  use: ['occasional', 'regular'],
  visit: ['yes', 'no'],
  computer: ['yes', 'no'],
  fiscal: ['yes', 'no', 'unsure'],
  island: ['mallorca', 'menorca', 'ibiza', 'formentera', 'other'],
};
const SINGLE = QUESTION_IDS.filter((q) => q !== 'tasks');
const BAD_VALUES: unknown[] = ['', 'YES', 'Nie', ' nie', 'maybe', 0, 1, true, false, null, {}, ['yes']];

describe('question ids and values (spec §1)', () => {
  it('the question ids are the spec ids, in the suggested order', () => {
    expect([...QUESTION_IDS]).toEqual(Object.keys(SPEC_VALUES));
  });

  it.each(QUESTION_IDS)('%s accepts exactly the spec values', (q) => {
    expect([...QUESTION_VALUES[q]]).toEqual(SPEC_VALUES[q]);
  });

  it('only tasks is multi-choice', () => {
    expect([...MULTI_CHOICE]).toEqual(['tasks']);
  });
});

describe('answersSchema', () => {
  it('accepts an empty object (nothing answered yet)', () => {
    expect(answersSchema.safeParse({}).success).toBe(true);
  });

  it.each(SINGLE.flatMap((q) => SPEC_VALUES[q].map((v) => [q, v] as const)))('accepts %s=%s', (q, v) => {
    expect(answersSchema.safeParse({ [q]: v }).success).toBe(true);
  });

  it.each(SINGLE.flatMap((q) => BAD_VALUES.map((v) => [q, v] as const)))('rejects %s=%j', (q, v) => {
    expect(answersSchema.safeParse({ [q]: v }).success).toBe(false);
  });

  it('accepts values of one question only for that question (doc value as id)', () => {
    expect(answersSchema.safeParse({ id: 'tie' }).success).toBe(false);
    expect(answersSchema.safeParse({ island: 'es' }).success).toBe(false);
  });

  it('accepts every task alone, none, all seven, and every subset', () => {
    for (let mask = 0; mask < 128; mask++) {
      const tasks = SPEC_VALUES.tasks.filter((_, bit) => (mask & (1 << bit)) !== 0);
      expect(answersSchema.safeParse({ tasks }).success, tasks.join(',')).toBe(true);
    }
  });

  it.each<[string, unknown]>([
    ['an unknown task', ['tax', 'golf']],
    ['a repeated task', ['tax', 'tax']],
    ['a comma string', 'tax,sign'],
    ['a single string', 'tax'],
    ['null', null],
    ['a number in the list', [1]],
  ])('rejects tasks as %s', (_name, tasks) => {
    expect(answersSchema.safeParse({ tasks }).success).toBe(false);
  });

  it('rejects an unknown key (strict: a typo never silently drops an answer)', () => {
    expect(answersSchema.safeParse({ id: 'nie', ids: 'nie' }).success).toBe(false);
    expect(answersSchema.safeParse({ lang: 'de' }).success).toBe(false);
  });

  it('rejects non-objects', () => {
    for (const v of [null, undefined, 'id=nie', 1, [], [{ id: 'nie' }]]) expect(answersSchema.safeParse(v).success).toBe(false);
  });
});

describe('parseAnswerField', () => {
  it('returns the value when valid, undefined otherwise', () => {
    expect(parseAnswerField('id', 'nie')).toBe('nie');
    expect(parseAnswerField('id', 'xyz')).toBeUndefined();
    expect(parseAnswerField('tasks', ['tax', 'sign'])).toEqual(['tax', 'sign']);
    expect(parseAnswerField('tasks', ['tax', 'tax'])).toBeUndefined();
    expect(parseAnswerField('tasks', [])).toEqual([]);
  });
});

describe('salvageAnswers keeps the good fields and names the bad ones', () => {
  it('keeps every valid field', () => {
    const input = { id: 'nie', doc: 'tie', tasks: ['tax'], island: 'ibiza' };
    expect(salvageAnswers(input)).toEqual({ answers: input, rejected: [] });
  });

  it('drops and names an invalid value, keeps the rest', () => {
    const { answers, rejected } = salvageAnswers({ id: 'nie', phone: 'landline', island: 'mallorca' });
    expect(answers).toEqual({ id: 'nie', island: 'mallorca' });
    expect(rejected).toEqual(['phone']);
  });

  it('drops and names an unknown key', () => {
    const { answers, rejected } = salvageAnswers({ id: 'dni', colour: 'red' });
    expect(answers).toEqual({ id: 'dni' });
    expect(rejected).toEqual(['colour']);
  });

  it('drops repeated or unknown tasks as one bad field', () => {
    expect(salvageAnswers({ tasks: ['tax', 'tax'], use: 'regular' })).toEqual({ answers: { use: 'regular' }, rejected: ['tasks'] });
    expect(salvageAnswers({ tasks: ['golf'] })).toEqual({ answers: {}, rejected: ['tasks'] });
  });

  it('names every bad field, in input order', () => {
    expect(salvageAnswers({ id: 'x', doc: 'tie', app: 'maybe', zzz: 1 }).rejected).toEqual(['id', 'app', 'zzz']);
  });

  it('a non-object costs everything but never throws', () => {
    expect(salvageAnswers('id=nie')).toEqual({ answers: {}, rejected: ['(not an object)'] });
    expect(salvageAnswers([{ id: 'nie' }])).toEqual({ answers: {}, rejected: ['(not an object)'] });
    expect(salvageAnswers(42).answers).toEqual({});
  });

  it('nothing at all is not an error', () => {
    expect(salvageAnswers(undefined)).toEqual({ answers: {}, rejected: [] });
    expect(salvageAnswers(null)).toEqual({ answers: {}, rejected: [] });
  });

  it('what it keeps always passes answersSchema', () => {
    const { answers } = salvageAnswers({ id: 'nie', doc: 'passport', tasks: ['tax', 'sign'], island: 'other', x: 1 });
    expect(answersSchema.safeParse(answers).success).toBe(true);
  });
});
