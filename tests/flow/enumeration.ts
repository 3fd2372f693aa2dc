/**
 * Walks the whole finite answer space through the flow, for the path tests
 * (paths-every-value.test.ts, paths-every-task-set.test.ts).
 *
 * Checked on every node of every walk: every walk ends at 'check' (the only place it stops); no
 * question is asked twice; every asked question satisfies askedWhen on the earlier answers, and
 * every skipped one does not (an oracle straight from rules/applicability); nextAfter agrees
 * with nextStep; previousStep inverts nextAfter; pathOf, fullPath, isReachable and progress agree
 * with the walk. The caller then compares the transitions seen with the declared `next` lists.
 */
import { QUESTION_IDS, type Answers, type QuestionId } from '../../src/domain';
import { askedWhen } from '../../src/rules/applicability';
import { FIRST_STEPS, STEPS, type StepTarget } from '../../src/flow/steps';
import { fullPath, isReachable, nextAfter, nextStep, pathOf, previousStep, progress } from '../../src/flow/resolve';

export type From = QuestionId | 'start';

export interface Enumeration {
  /** Complete walks (each ends at the check page). */
  paths: number;
  /** Nodes visited (partial walks included). */
  nodes: number;
  transitions: Map<From, Set<StepTarget>>;
  reached: Set<StepTarget>;
  failures: string[];
}

export { ALL_TASK_SETS, SMALL_TASK_SETS } from '../support/answer-space';

export type ValuesFor = (q: QuestionId) => readonly unknown[];
export { valuesFor as everyValue } from '../support/answer-space';

const same = (a: readonly string[], b: readonly string[]): boolean => a.join() === b.join();

export function enumerate(valuesFor: ValuesFor): Enumeration {
  const result: Enumeration = { paths: 0, nodes: 0, transitions: new Map(), reached: new Set(), failures: [] };
  const fail = (message: string, answers: Answers) => {
    if (result.failures.length < 20) result.failures.push(`${message} — ${JSON.stringify(answers)}`);
  };

  /** `answers` holds exactly the answers to `asked`; `step` is nextStep(answers). */
  const walk = (answers: Answers, asked: QuestionId[], step: StepTarget): void => {
    result.nodes++;
    const from: From = asked.at(-1) ?? 'start';
    let seen = result.transitions.get(from);
    if (!seen) result.transitions.set(from, (seen = new Set()));
    seen.add(step);
    result.reached.add(step);

    // Oracle, straight from rules/applicability: every question the walk jumped over is not asked
    // for the earlier answers (and `answers` holds only earlier ones).
    const fromIndex = from === 'start' ? -1 : QUESTION_IDS.indexOf(from);
    const toIndex = step === 'check' ? QUESTION_IDS.length : QUESTION_IDS.indexOf(step);
    for (const q of QUESTION_IDS.slice(fromIndex + 1, toIndex)) {
      if (askedWhen[q](answers)) fail(`${q} skipped although askedWhen holds`, answers);
    }

    if (step === 'check') {
      result.paths++;
      if (!same(fullPath(answers), asked)) fail('fullPath ≠ walk at check', answers);
      return;
    }

    if (asked.includes(step)) {
      fail(`${step} asked twice`, answers);
      return;
    }
    if (!askedWhen[step](answers)) fail(`${step} asked although askedWhen is false`, answers);
    if (!same(pathOf(answers), [...asked, step])) fail(`pathOf ≠ walk at ${step}`, answers);
    if (!isReachable(step, answers)) fail(`${step} not reachable`, answers);
    if (progress(step, answers).index !== asked.length + 1) fail(`progress index at ${step}`, answers);

    for (const value of valuesFor(step)) {
      const next = setAnswer(answers, step, value);
      const nextQuestion = nextStep(next);
      const after = nextAfter(step, next);
      if (after !== nextQuestion) fail(`nextAfter(${step}) = ${after} ≠ nextStep = ${nextQuestion}`, next);
      if (previousStep(nextQuestion, next) !== step) fail(`previousStep(${nextQuestion}) ≠ ${step}`, next);
      walk(next, [...asked, step], nextQuestion);
    }
  };

  walk({}, [], nextStep({}));
  return result;
}

/** A copy with one more answer (faster than the general helper; this runs a million times). */
function setAnswer(answers: Answers, q: QuestionId, value: unknown): Answers {
  const copy: Partial<Record<QuestionId, unknown>> = { ...answers };
  copy[q] = value;
  return copy as Answers;
}

export function declaredTransitions(): Map<From, Set<StepTarget>> {
  const declared = new Map<From, Set<StepTarget>>([['start', new Set(FIRST_STEPS)]]);
  for (const q of QUESTION_IDS) declared.set(q, new Set(STEPS[q].next));
  return declared;
}

export function asSorted(transitions: Map<From, Set<StepTarget>>): Record<string, StepTarget[]> {
  const sorted: Record<string, StepTarget[]> = {};
  for (const from of [...transitions.keys()].sort()) sorted[from] = [...(transitions.get(from) ?? [])].sort();
  return sorted;
}


/** Runs an enumeration and measures it (wall clock and CPU time of this process). */
export function timed(valuesFor: ValuesFor): Enumeration & { wallMs: number; cpuMs: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = enumerate(valuesFor);
  const used = process.cpuUsage(cpu);
  return { ...result, wallMs: Math.round(performance.now() - wall), cpuMs: Math.round((used.user + used.system) / 1000) };
}
