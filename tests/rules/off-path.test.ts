/**
 * Invariants that need extra plans per combination, on their own (smaller) walks:
 *  - changing any OFF-PATH answer (every off-path question set to each of its values) never
 *    changes the plan;
 *  - gestor and tax never make FNMT needed — checked on the decision
 *    module over all 128 task sets;
 *  - island changes only what the rules tie to it (offices, the health warnings).
 */
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, QUESTION_VALUES, type Answers, type TaskValue } from '../../src/domain';
import { tryRecommend } from '../../src/rules';
import { decideFnmt } from '../../src/rules/fnmt';
import { formatAnswers } from './support/answers';
import { forEachAnswerSet, type WalkOptions } from './support/enumerate';
import { implAskedWhen } from './support/plan';

/** Task sets that between them touch every rule that reads tasks. */
const OFF_PATH_TASKS: TaskValue[][] = [[], ['sign', 'health'], ['tax', 'social-security', 'gestor', 'notifications', 'immigration']];
/** work, use and island rotated: the off-path questions (doc, cert, visit, computer, fiscal) are what this walk is about. */
const OFF_PATH_WALK: WalkOptions = {
  askedWhen: implAskedWhen,
  taskSets: OFF_PATH_TASKS,
  rotate: ['work', 'use', 'island'],
};

const planText = (a: Answers): string => {
  const r = tryRecommend(a);
  return r.ok ? JSON.stringify(r.plan) : `invalid: ${JSON.stringify(r.issues)}`;
};

describe('off-path answers never change the plan', () => {
  it('every off-path question, set to each of its values, leaves the plan deep-equal (work, use, island rotated)', () => {
    let combinations = 0;
    let variants = 0;
    let first: string | undefined;
    forEachAnswerSet(OFF_PATH_WALK, (answers) => {
      combinations += 1;
      const base = planText(answers);
      for (const q of QUESTION_IDS) {
        if (answers[q] !== undefined) continue;
        const values: readonly unknown[] = q === 'tasks' ? [[]] : QUESTION_VALUES[q];
        for (const value of values) {
          variants += 1;
          const changed = { ...answers, [q]: value };
          if (first === undefined && planText(changed) !== base) first = `${formatAnswers(answers)} + off-path ${q}=${String(value)}`;
        }
      }
    });
    console.log(`[off-path] ${combinations} combinations, ${variants} off-path variants`);
    expect(variants).toBeGreaterThan(combinations);
    expect(first ?? 'never changes').toBe('never changes');
  }, 60_000);
});

describe('gestor and Modelo 720 (tax) never make FNMT needed', () => {
  it('over every combination with all 128 task sets (use and island rotated), adding gestor or tax keeps the verdict', () => {
    let checked = 0;
    let first: string | undefined;
    forEachAnswerSet({ askedWhen: implAskedWhen, rotate: ['use', 'island'] }, (answers) => {
      const tasks = answers.tasks ?? [];
      if (tasks.includes('gestor') && tasks.includes('tax')) return;
      // The walk's answers are on-path already, and an extra task is always on the path.
      const verdict = decideFnmt(answers).value;
      for (const extra of ['gestor', 'tax'] as const) {
        if (tasks.includes(extra)) continue;
        checked += 1;
        const other = decideFnmt({ ...answers, tasks: [...tasks, extra] }).value;
        if (other !== verdict && first === undefined) first = `${formatAnswers(answers)}: ${verdict} → + ${extra}: ${other}`;
      }
    });
    expect(checked).toBeGreaterThan(100_000);
    expect(first ?? 'never changes').toBe('never changes');
  }, 60_000);
});

describe('island changes only offices and the health-outside-the-Balearics warnings', () => {
  it('for every combination with the health task (work, use rotated), every island gives the same plan apart from those', () => {
    let first: string | undefined;
    const strip = (a: Answers): string => {
      const r = tryRecommend(a);
      if (!r.ok) return 'invalid';
      const warnings = r.plan.warnings.filter((w) => w !== 'health-portal-balearic-only' && w !== 'gp-booking-needs-no-clave');
      return JSON.stringify({ ...r.plan, offices: [], warnings });
    };
    forEachAnswerSet({ askedWhen: implAskedWhen, taskSets: [['health']], rotate: ['work', 'use', 'island'] }, (answers) => {
      if (first !== undefined) return;
      const base = strip(answers);
      for (const island of QUESTION_VALUES.island) {
        if (strip({ ...answers, island } as Answers) !== base) first = `${formatAnswers(answers)} → island=${island}`;
      }
    });
    expect(first ?? 'only offices and health warnings').toBe('only offices and health warnings');
  }, 60_000);
});
