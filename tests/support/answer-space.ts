/**
 * The finite answer space, shared by every walk over it: the flow's resolver walks
 * (tests/flow/enumeration.ts) and the rules' askedWhen walks (tests/rules/support/enumerate.ts).
 * Each question's values come from the domain declaration; `tasks` takes one of these task sets.
 */
import { MULTI_CHOICE, QUESTION_VALUES, type QuestionId, type TaskValue } from '../../src/domain';

const TASKS = QUESTION_VALUES.tasks as readonly TaskValue[];

/** Every subset of the seven tasks (2^7 = 128), each in the order of presentation. */
export const ALL_TASK_SETS: readonly TaskValue[][] = Array.from({ length: 1 << TASKS.length }, (_, mask) =>
  TASKS.filter((_, bit) => (mask & (1 << bit)) !== 0),
);

/** "All pairs": the empty set, every single task and every pair of tasks — 1 + 7 + 21 = 29 sets. */
export const TASK_PAIRS: readonly TaskValue[][] = ALL_TASK_SETS.filter((s) => s.length <= 2);

/** The empty set and every single task: 8 sets. */
export const TASK_SINGLES: readonly TaskValue[][] = ALL_TASK_SETS.filter((s) => s.length <= 1);

/** The empty set, every single task and all seven: 9 sets. */
export const SMALL_TASK_SETS: readonly TaskValue[][] = [...TASK_SINGLES, [...TASKS]];

/** The values a walk tries for a question: the declared ones, or the given task sets for the multi-choice one. */
export const valuesFor =
  (taskSets: readonly (readonly TaskValue[])[]) =>
  (q: QuestionId): readonly unknown[] =>
    MULTI_CHOICE.has(q) ? taskSets : QUESTION_VALUES[q];
