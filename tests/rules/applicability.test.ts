/**
 * docs/questions.md "asked when": the implementation's askedWhen against the rules model, at every step of
 * the WHOLE answer space (every value of every on-path question, all 128 task sets), and the
 * size of that space.
 */
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, QUESTION_VALUES, type Answers, type QuestionId } from '../../src/domain';
import { askedWhen, missingOnPath, onPathAnswers } from '../../src/rules';
import { formatAnswers, without } from './support/answers';
import { allAnswerSets, forEachAnswerSet, TASK_SINGLES } from './support/enumerate';
import { complete, implAskedWhen } from './support/plan';
import { modelAskedWhen } from './support/rules-model';

/**
 * Walks the full space. island is the last question and always asked, so the walk visits each
 * prefix once with one island value and counts it five times: the same count and the same
 * askedWhen decisions as crossing it, five times faster.
 */
function walkFullSpace() {
  let count = 0;
  let decisions = 0;
  let first: string | undefined;
  let disagreements = 0;
  forEachAnswerSet(
    { askedWhen: implAskedWhen, rotate: ['island'] },
    (a) => {
      count += a.island === undefined ? 1 : QUESTION_VALUES.island.length;
    },
    (q, earlier, asked) => {
      decisions += 1;
      const modelAsks = modelAskedWhen(q, earlier);
      if (modelAsks !== asked) {
        disagreements += 1;
        first ??= `${formatAnswers(earlier)} → ${q}: the model ${modelAsks ? 'asks' : 'skips'}, implementation ${asked ? 'asks' : 'skips'}`;
      }
    },
  );
  return { count, decisions, disagreements, first };
}

const full = walkFullSpace();
console.log(`[applicability] full answer space along the flow: ${full.count} combinations`);

describe(`asked when over the whole answer space: ${full.count} combinations`, () => {
  it('the implementation asks exactly the questions the rules model asks, at every step', () => {
    expect(full.decisions).toBeGreaterThan(full.count / 5);
    expect(full.first ?? 'agrees everywhere').toBe('agrees everywhere');
  });

  it('the space has the size the rules imply (computed by hand: 2,764,800)', () => {
    // id×doc×cert: nie 3×2, dni 2, pending 3, none 3 = 14; ×phone 3 ×app 2 ×work 6 ×tasks 128 ×use 2 ×island 5,
    // times the visit/computer/fiscal branches — this pins the number so a change of the flow is noticed.
    // v2 had 2,741,760; v3 asks visit and computer (2 × 2 instead of 1) of a DNI holder with the app
    // and no mobile: 3 × 7,680 (work × tasks × use × island) more.
    expect(full.count).toBe(2_741_760 + 3 * 6 * 128 * 2 * 5);
  });

  it('askedWhen looks only at earlier answers (later answers never change it)', () => {
    let first: string | undefined;
    forEachAnswerSet({ askedWhen: implAskedWhen, taskSets: TASK_SINGLES, rotate: ['use', 'island'] }, (a) => {
      if (first !== undefined) return;
      QUESTION_IDS.forEach((q, i) => {
        const earlier: Record<string, unknown> = {};
        for (const e of QUESTION_IDS.slice(0, i)) if (a[e] !== undefined) earlier[e] = a[e];
        if (askedWhen[q](a) !== askedWhen[q](earlier)) first ??= `${formatAnswers(a)}: ${q}`;
      });
    });
    expect(first ?? 'only earlier answers').toBe('only earlier answers');
  });
});

describe('the enumerator', () => {
  it('yields complete on-path answer sets: onPathAnswers keeps all, nothing is missing', () => {
    let n = 0;
    for (const a of allAnswerSets({ askedWhen: implAskedWhen, taskSets: [[], ['sign']], rotate: ['use', 'island'] })) {
      n += 1;
      expect(onPathAnswers(a)).toEqual(a);
      expect(missingOnPath(a)).toEqual([]);
    }
    expect(n).toBeGreaterThan(1000);
  });
});

const partialCases: { sentence: string; answers: Answers; onPath: QuestionId[] }[] = [
  {
    sentence: 'a DNI holder with the app is not asked doc, visit, computer (cert=no) — nor fiscal',
    answers: { id: 'dni', app: 'yes', cert: 'no' },
    onPath: ['id', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'island'],
  },
  {
    sentence: 'a DNI holder without the app is asked visit and fiscal (letter viable)',
    answers: { id: 'dni', app: 'no', cert: 'no' },
    onPath: ['id', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'visit', 'fiscal', 'island'],
  },
  {
    sentence: 'a certificate holder is asked neither visit, computer nor fiscal',
    answers: { id: 'nie', cert: 'yes' },
    onPath: ['id', 'doc', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'island'],
  },
  {
    sentence: 'no NIE: no cert question, no fiscal question',
    answers: { id: 'none' },
    onPath: ['id', 'doc', 'phone', 'app', 'work', 'tasks', 'use', 'visit', 'island'],
  },
  {
    sentence: 'the white NIE sheet: no fiscal question (letter not viable); computer asked (FNMT recommended)',
    answers: { id: 'nie', doc: 'nie-paper' },
    onPath: ['id', 'doc', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'visit', 'computer', 'island'],
  },
  {
    sentence: 'cannot visit: computer asked even when FNMT is not needed',
    answers: { id: 'nie', doc: 'tie', visit: 'no' },
    onPath: ['id', 'doc', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'visit', 'computer', 'fiscal', 'island'],
  },
  {
    sentence: 'no phone: computer asked',
    answers: { id: 'nie', doc: 'tie', phone: 'none' },
    onPath: ['id', 'doc', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'visit', 'computer', 'fiscal', 'island'],
  },
  {
    sentence: 'an employee with a card, a phone and an office: no computer question',
    answers: { id: 'nie', doc: 'tie' },
    onPath: ['id', 'doc', 'phone', 'app', 'cert', 'work', 'tasks', 'use', 'visit', 'fiscal', 'island'],
  },
];

describe('which questions are on the path', () => {
  it.each(partialCases)('$sentence', ({ answers, onPath }) => {
    const a = complete(answers);
    expect(Object.keys(onPathAnswers(a))).toEqual(onPath);
  });

  it('an off-path answer is kept by the caller but dropped by onPathAnswers', () => {
    const a = complete({ id: 'dni', app: 'yes', cert: 'no', doc: 'tie', visit: 'no', fiscal: 'no' });
    const kept = onPathAnswers(a);
    expect(kept.doc).toBeUndefined();
    expect(kept.visit).toBeUndefined();
    expect(kept.fiscal).toBeUndefined();
  });

  it('missingOnPath names the unanswered on-path questions, in order', () => {
    expect(missingOnPath({})[0]).toBe('id');
    expect(missingOnPath(without(complete({ id: 'nie', doc: 'tie' }), 'tasks', 'island'))).toEqual(['tasks', 'island']);
    expect(missingOnPath(without(complete({ id: 'nie', doc: 'nie-paper' }), 'computer'))).toEqual(['computer']);
    expect(missingOnPath(complete({ id: 'dni', app: 'yes' }))).toEqual([]);
  });
});
