/**
 * The answers' contract: ids and values are a public interface (links, embed events), so they
 * are pinned here value by value, and the two places outside src/ that repeat them — the host
 * script and the README's link table — are checked against the one declaration.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MULTI_CHOICE,
  QUESTION_IDS,
  QUESTION_VALUES,
  answersSchema,
  parseAnswerField,
  salvageAnswers,
  withAnswer,
  type QuestionId,
} from '../../src/domain';

/** The published ids and values, copied one by one: a change here breaks links and embeds already out there. */
const PUBLISHED: Record<QuestionId, string[]> = {
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

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the published contract', () => {
  it('the question ids, in order, and each question\'s values are the published ones', () => {
    expect([...QUESTION_IDS]).toEqual(Object.keys(PUBLISHED));
    for (const q of QUESTION_IDS) expect([...QUESTION_VALUES[q]], q).toEqual(PUBLISHED[q]);
  });

  it('only tasks is multi-choice', () => {
    expect([...MULTI_CHOICE]).toEqual(['tasks']);
  });

  it('public/embed.js forwards exactly the declared question ids as data-<id> attributes', () => {
    const list = /var QUESTIONS = \[([^\]]*)\]/.exec(read('public/embed.js'))?.[1] ?? '';
    expect([...list.matchAll(/'([a-z-]+)'/g)].map((m) => m[1])).toEqual([...QUESTION_IDS]);
  });

  it('docs/questions.md describes every question, in order, under its own heading', () => {
    const headings = [...read('docs/questions.md').matchAll(/^### `([a-z]+)`$/gm)].map((m) => m[1]);
    expect(headings).toEqual([...QUESTION_IDS]);
  });

  it("the README's link table names every question with exactly its values", () => {
    const rows = read('README.md')
      .split('\n')
      .filter((line) => /^\| `[a-z]/.test(line))
      .map((line) => line.split('|').map((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '')));
    const documented = new Map<string, string[]>();
    for (const [, ids = [], values = []] of rows) for (const id of ids) documented.set(id, values);
    for (const q of QUESTION_IDS) expect(documented.get(q), q).toEqual(PUBLISHED[q]);
  });
});

describe('answersSchema', () => {
  it('accepts an empty object (nothing answered yet), a value of each question, and every subset of tasks', () => {
    expect(answersSchema.safeParse({}).success).toBe(true);
    for (const q of QUESTION_IDS) {
      const value = MULTI_CHOICE.has(q) ? [PUBLISHED[q][0]] : PUBLISHED[q][0];
      expect(answersSchema.safeParse({ [q]: value }).success, q).toBe(true);
    }
    for (let mask = 0; mask < 128; mask++) {
      const tasks = PUBLISHED.tasks.filter((_, bit) => (mask & (1 << bit)) !== 0);
      expect(answersSchema.safeParse({ tasks }).success, tasks.join(',')).toBe(true);
    }
  });

  it('rejects a value no question has, in any question', () => {
    for (const q of QUESTION_IDS) expect(answersSchema.safeParse({ [q]: MULTI_CHOICE.has(q) ? ['maybe'] : 'maybe' }).success, q).toBe(false);
  });

  it('accepts values of one question only for that question (doc value as id)', () => {
    expect(answersSchema.safeParse({ id: 'tie' }).success).toBe(false);
    expect(answersSchema.safeParse({ island: 'es' }).success).toBe(false);
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

describe('withAnswer', () => {
  it('sets, replaces and removes one answer, dropping invalid values', () => {
    expect(withAnswer({}, 'id', 'nie')).toEqual({ id: 'nie' });
    expect(withAnswer({ id: 'nie', app: 'yes' }, 'id', undefined)).toEqual({ app: 'yes' });
    expect(withAnswer({ id: 'nie' }, 'id', 'passport')).toEqual({});
    expect(withAnswer({}, 'tasks', [])).toEqual({ tasks: [] });
  });
});
