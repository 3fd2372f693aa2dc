/**
 * The resolver on its own: deep links, Back, progress, off-path answers and the return to the
 * check page after a change. Properties run on random (often incomplete, often stale) answers.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, QUESTION_VALUES, type Answers, type QuestionId } from '../../src/domain';
import { askedWhen, missingOnPath, onPathAnswers } from '../../src/rules/applicability';
import {
  fullPath,
  isReachable,
  nextAfter,
  nextStep,
  offPathAnswers,
  opensNewQuestions,
  pathOf,
  previousStep,
  progress,
} from '../../src/flow/resolve';
import { NIE_TIE, before, withAnswer } from './support';

const answerFields = {
  id: fc.constantFrom(...QUESTION_VALUES.id),
  doc: fc.constantFrom(...QUESTION_VALUES.doc),
  phone: fc.constantFrom(...QUESTION_VALUES.phone),
  app: fc.constantFrom(...QUESTION_VALUES.app),
  cert: fc.constantFrom(...QUESTION_VALUES.cert),
  work: fc.constantFrom(...QUESTION_VALUES.work),
  tasks: fc.subarray([...QUESTION_VALUES.tasks]),
  use: fc.constantFrom(...QUESTION_VALUES.use),
  visit: fc.constantFrom(...QUESTION_VALUES.visit),
  computer: fc.constantFrom(...QUESTION_VALUES.computer),
  fiscal: fc.constantFrom(...QUESTION_VALUES.fiscal),
  island: fc.constantFrom(...QUESTION_VALUES.island),
};

/** Every question answered (so every path is complete, and many answers are off the path). */
const completeAnswers = fc.record(answerFields) as fc.Arbitrary<Answers>;

/** Any set of answers: each question absent or any valid value, on or off the path. */
const anyAnswers: fc.Arbitrary<Answers> = fc.oneof(
  fc.record(answerFields, { requiredKeys: [] }) as fc.Arbitrary<Answers>,
  completeAnswers,
);

const anyQuestion = fc.constantFrom(...QUESTION_IDS);

/** Every value a question can take, plus "unanswered". */
function alternatives(q: QuestionId): unknown[] {
  return q === 'tasks' ? [undefined, [], ['sign'], ['tax', 'health']] : [undefined, ...QUESTION_VALUES[q]];
}

/** A complete NIE path with a usable certificate: visit, computer and fiscal are skipped. */
const NIE_CERT: Answers = {
  id: 'nie',
  doc: 'tie',
  phone: 'es',
  app: 'yes',
  cert: 'yes',
  work: 'employee',
  tasks: ['tax'],
  use: 'occasional',
  island: 'ibiza',
};

describe('the resolver rests on "asked when" looking only backwards', () => {
  it('no askedWhen predicate reads an answer at or after its own question', () => {
    fc.assert(
      fc.property(anyAnswers, anyQuestion, (answers, q) => {
        const read = new Set<string>();
        const spy = new Proxy(answers, {
          get: (target, key, receiver) => {
            if (typeof key === 'string') read.add(key);
            return Reflect.get(target, key, receiver) as unknown;
          },
        });
        askedWhen[q](spy);
        const limit = QUESTION_IDS.indexOf(q);
        for (const key of read) expect(QUESTION_IDS.indexOf(key as QuestionId), `${q} reads ${key}`).toBeLessThan(limit);
      }),
      { numRuns: 2000 },
    );
  });

  it('whether a question is on the path, and Back from it, depend only on the answers before it', () => {
    fc.assert(
      fc.property(anyAnswers, anyQuestion, (answers, q) => {
        const earlier = before(q, answers);
        expect(fullPath(answers).includes(q)).toBe(fullPath(earlier).includes(q));
        expect(previousStep(q, answers)).toBe(previousStep(q, earlier));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the rules: same on-path answers, same missing questions', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const onPath = onPathAnswers(answers);
        const missing = fullPath(answers).filter((q) => answers[q] === undefined);
        expect(missing).toEqual(missingOnPath(answers));
        expect(nextStep(answers)).toBe(missing[0] ?? 'check');
        expect(Object.keys(onPath).every((q) => fullPath(answers).includes(q as QuestionId))).toBe(true);
        expect(pathOf(answers)).toEqual(fullPath(answers).slice(0, pathOf(answers).length));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('off-path answers', () => {
  it('are named in order', () => {
    const dniWithStale: Answers = { ...NIE_TIE, id: 'dni', cert: 'yes', computer: 'no' };
    // doc: never for dni; visit, computer, fiscal: not with a usable certificate.
    expect(offPathAnswers(dniWithStale)).toEqual(['doc', 'visit', 'computer', 'fiscal']);
    expect(offPathAnswers({ id: 'pending', doc: 'tie', cert: 'yes' })).toEqual(['cert']);
    expect(offPathAnswers(NIE_TIE)).toEqual([]);
    expect(offPathAnswers({})).toEqual([]);
  });

  it('never change the next step or the path when they change (property)', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const next = nextStep(answers);
        const path = pathOf(answers);
        const full = fullPath(answers);
        for (const q of offPathAnswers(answers)) {
          for (const value of alternatives(q)) {
            const changed = withAnswer(answers, q, value);
            expect(nextStep(changed)).toBe(next);
            expect(pathOf(changed)).toEqual(path);
            expect(fullPath(changed)).toEqual(full);
            expect(onPathAnswers(changed)).toEqual(onPathAnswers(answers));
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('deep links (isReachable)', () => {
  it('with no answers only the first question is reachable', () => {
    expect(QUESTION_IDS.filter((q) => isReachable(q, {}))).toEqual(['id']);
    expect(isReachable('check', {})).toBe(false);
    expect(isReachable('result', {})).toBe(false);
  });

  it('a question is reachable once everything before it on the path is answered', () => {
    expect(isReachable('doc', { id: 'nie' })).toBe(true);
    expect(isReachable('phone', { id: 'nie' })).toBe(false);
    expect(isReachable('phone', { id: 'nie', doc: 'tie' })).toBe(true);
  });

  it('a question off the path is never reachable, even when answered', () => {
    expect(isReachable('doc', { id: 'dni', doc: 'tie' })).toBe(false);
    expect(isReachable('phone', { id: 'dni' })).toBe(true);
    expect(isReachable('cert', { id: 'pending', doc: 'tie', phone: 'es', app: 'no', cert: 'yes' })).toBe(false);
  });

  it('a gap in the answers stops the path there: later answers are kept but not reachable', () => {
    const gap: Answers = { id: 'nie', phone: 'es', app: 'yes', cert: 'no' };
    expect(isReachable('phone', gap)).toBe(false);
    expect(isReachable('cert', gap)).toBe(false);
    expect(nextStep(gap)).toBe('doc');
    expect(pathOf(gap)).toEqual(['id', 'doc']);
  });

  it('with every answer given, every question on the path and both end pages are reachable', () => {
    for (const q of QUESTION_IDS) expect(isReachable(q, NIE_TIE), q).toBe(q !== 'computer');
    expect(isReachable('check', NIE_TIE)).toBe(true);
    expect(isReachable('result', NIE_TIE)).toBe(true);
  });

  it('the redirect target of an unreachable step is itself reachable (property)', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(isReachable(nextStep(answers), answers)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('Continue and Back', () => {
  it('Back from the first question goes to the start page, from the result to the check page', () => {
    expect(previousStep('id', {})).toBe('start');
    expect(previousStep('id', NIE_TIE)).toBe('start');
    expect(previousStep('result', NIE_TIE)).toBe('check');
  });

  it('Back follows the path, skipping questions that were not asked', () => {
    expect(previousStep('phone', { id: 'nie' })).toBe('doc');
    expect(previousStep('phone', { id: 'dni' })).toBe('id');
    expect(previousStep('island', NIE_TIE)).toBe('fiscal');
    expect(previousStep('island', NIE_CERT)).toBe('use');
    expect(previousStep('check', NIE_TIE)).toBe('island');
  });

  it('Continue goes to the next question on the path, answered or not', () => {
    expect(nextAfter('use', NIE_TIE)).toBe('visit');
    expect(nextAfter('use', NIE_CERT)).toBe('island');
    expect(nextAfter('island', NIE_TIE)).toBe('check');
  });

  it('Continue and Back are inverse along any path (property)', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const path = fullPath(answers);
        for (const [i, q] of path.entries()) {
          expect(nextAfter(q, answers)).toBe(path[i + 1] ?? 'check');
          expect(previousStep(q, answers)).toBe(path[i - 1] ?? 'start');
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('progress', () => {
  it('counts the questions that will be asked for the current answers', () => {
    expect(progress('id', {})).toEqual({ index: 1, total: fullPath({}).length });
    // Before any answer `doc` counts (asked unless the answer is dni) and `cert` does not (it needs an nie or dni first).
    expect(fullPath({})).toEqual(['id', 'doc', 'phone', 'app', 'work', 'tasks', 'use', 'visit', 'island']);
    expect(progress('fiscal', NIE_TIE)).toEqual({ index: 10, total: 11 });
    expect(progress('island', NIE_CERT)).toEqual({ index: 9, total: 9 });
  });

  it('places a step that is off the path where it would be', () => {
    expect(progress('computer', NIE_TIE)).toEqual({ index: 10, total: 12 });
  });

  it('index never exceeds total (property)', () => {
    fc.assert(
      fc.property(anyAnswers, anyQuestion, (answers, q) => {
        const { index, total } = progress(q, answers);
        expect(index).toBeGreaterThanOrEqual(1);
        expect(index).toBeLessThanOrEqual(total);
      }),
    );
  });
});

describe('after a change from the check page (opensNewQuestions)', () => {
  const change = (from: Answers, q: QuestionId, value: unknown) => {
    const after = withAnswer(from, q, value);
    return { opens: opensNewQuestions(from, after), next: nextStep(after) };
  };

  it('a change that adds no question goes back to the check page', () => {
    expect(change(NIE_TIE, 'island', 'menorca')).toEqual({ opens: false, next: 'check' });
    expect(change(NIE_TIE, 'fiscal', 'unsure')).toEqual({ opens: false, next: 'check' });
  });

  it('a change that only removes questions goes back to the check page', () => {
    expect(change(NIE_TIE, 'cert', 'yes')).toEqual({ opens: false, next: 'check' });
    expect(change(NIE_TIE, 'id', 'pending')).toEqual({ opens: false, next: 'check' });
  });

  it('losing the certificate opens visit (and then fiscal)', () => {
    expect(change(NIE_CERT, 'cert', 'no')).toEqual({ opens: true, next: 'visit' });
  });

  it('a question coming back with its earlier answer is not new', () => {
    const withStale: Answers = { ...NIE_CERT, visit: 'yes', fiscal: 'no' };
    expect(change(withStale, 'cert', 'no')).toEqual({ opens: false, next: 'check' });
  });

  it.each<[string, QuestionId, unknown, QuestionId]>([
    ['visit = no', 'visit', 'no', 'computer'],
    ['work = company', 'work', 'company', 'computer'],
    ['a sign task', 'tasks', ['tax', 'sign'], 'computer'],
    ['phone = none', 'phone', 'none', 'computer'],
  ])('%s opens the computer question', (_label, q, value, opened) => {
    expect(change(NIE_TIE, q, value)).toEqual({ opens: true, next: opened });
  });

  it('dni → nie opens the document question', () => {
    const dni: Answers = { id: 'dni', phone: 'es', app: 'yes', cert: 'no', work: 'employee', tasks: [], use: 'occasional', island: 'other' };
    expect(nextStep(dni)).toBe('check');
    expect(change(dni, 'id', 'nie')).toEqual({ opens: true, next: 'doc' });
  });

  it('is exactly "the check page is no longer reachable" when starting from a complete set (property)', () => {
    fc.assert(
      fc.property(completeAnswers, anyQuestion, fc.nat(5), (answers, q, pick) => {
        expect(nextStep(answers)).toBe('check');
        const values = alternatives(q).filter((v) => v !== undefined);
        const after = withAnswer(answers, q, values[pick % values.length]);
        expect(opensNewQuestions(answers, after)).toBe(nextStep(after) !== 'check');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the worked examples', () => {
  // Each example gives exactly the questions its path asks: complete, and nothing off the path.
  it.each<[number, Answers]>([
    [1, { id: 'nie', doc: 'eu-cert', phone: 'es', app: 'yes', cert: 'no', work: 'employee', tasks: ['tax'], use: 'occasional', visit: 'yes', fiscal: 'yes', island: 'mallorca' }],
    [2, { id: 'nie', doc: 'tie', phone: 'foreign', app: 'no', cert: 'no', work: 'pensioner', tasks: ['social-security'], use: 'occasional', visit: 'yes', fiscal: 'unsure', island: 'menorca' }],
    [3, { id: 'nie', doc: 'eu-cert', phone: 'es', app: 'yes', cert: 'no', work: 'autonomo', tasks: ['tax', 'social-security', 'sign'], use: 'regular', visit: 'yes', computer: 'yes', fiscal: 'yes', island: 'ibiza' }],
    [4, { id: 'none', doc: 'eu-cert', phone: 'none', app: 'yes', work: 'other', tasks: [], use: 'occasional', visit: 'yes', computer: 'no', island: 'formentera' }],
    [5, { id: 'nie', doc: 'nie-paper', phone: 'es', app: 'yes', cert: 'no', work: 'student', tasks: ['tax'], use: 'occasional', visit: 'yes', computer: 'yes', island: 'mallorca' }],
  ])('example %i asks exactly the questions it answers', (_n, answers) => {
    expect(nextStep(answers)).toBe('check');
    expect(offPathAnswers(answers)).toEqual([]);
    expect(fullPath(answers)).toEqual(QUESTION_IDS.filter((q) => answers[q] !== undefined));
  });
});
