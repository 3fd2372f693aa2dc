/**
 * The fix path as data: a walk over its whole answer space through the resolver proves each
 * step's declared `next` list exact, every step reachable, Back the inverse of Continue, and the
 * check page shown only on paths of more than two questions.
 */
import { describe, expect, it } from 'vitest';
import { FIX_QUESTION_IDS, FIX_QUESTION_VALUES, type FixAnswers, type FixQuestionId } from '../../src/domain';
import {
  FIX_STEPS,
  fixAfterQuestions,
  fixFullPath,
  fixIsReachable,
  fixNextAfter,
  fixNextPage,
  fixNextStep,
  fixPreviousStep,
  type FixStepTarget,
} from '../../src/flow';
import { fixAskedWhen } from '../../src/rules';

const transitions = new Map<FixQuestionId, Set<FixStepTarget>>();
const reached = new Set<FixStepTarget>();
const failures: string[] = [];
let complete = 0;
const ends = new Map<number, Set<'check' | 'result'>>();

function walk(answers: FixAnswers, asked: FixQuestionId[]): void {
  const step = fixNextStep(answers);
  reached.add(step);
  const from = asked.at(-1);
  if (from !== undefined) {
    const seen = transitions.get(from) ?? new Set<FixStepTarget>();
    seen.add(step);
    transitions.set(from, seen);
  }
  if (step === 'check') {
    complete += 1;
    if (fixFullPath(answers).join() !== asked.join()) failures.push(`fullPath ≠ walk ${JSON.stringify(answers)}`);
    const length = asked.length;
    const set = ends.get(length) ?? new Set();
    set.add(fixAfterQuestions(answers));
    ends.set(length, set);
    return;
  }
  if (!fixAskedWhen[step](answers)) failures.push(`${step} asked although askedWhen is false`);
  if (!fixIsReachable(step, answers)) failures.push(`${step} not reachable`);
  for (const value of FIX_QUESTION_VALUES[step]) {
    const next = { ...answers, [step]: value };
    const after = fixNextAfter(step, next);
    if (after !== fixNextStep(next)) failures.push(`nextAfter(${step}) ≠ nextStep for ${JSON.stringify(next)}`);
    const nextQuestion = fixNextStep(next);
    if (nextQuestion !== 'check' && fixPreviousStep(nextQuestion, next) !== step) failures.push(`Back from ${nextQuestion} ≠ ${step}`);
    walk(next, [...asked, step]);
  }
}
walk({}, []);

describe('fix path: the declared flow against a walk of its whole answer space', () => {
  it('the walk meets no inconsistency, and reaches every question and the end', () => {
    expect(failures).toEqual([]);
    expect(complete).toBeGreaterThan(50);
    expect(new Set(reached)).toEqual(new Set([...FIX_QUESTION_IDS, 'check']));
  });

  it("each step's declared next list is exactly what the resolver produces", () => {
    for (const q of FIX_QUESTION_IDS) {
      expect([...(transitions.get(q) ?? [])].sort(), q).toEqual([...FIX_STEPS[q].next].sort());
    }
  });

  it('the check page follows only paths of more than two questions; shorter ones go straight to the fix', () => {
    for (const [length, targets] of ends) expect([...targets], `path of ${length}`).toEqual([length > 2 ? 'check' : 'result']);
    expect(fixNextPage({ problem: 'password' })).toBe('result');
    expect(fixNextPage({ problem: 'new-phone', oldsms: 'no', cert: 'no', visit: 'yes', id: 'nie', island: 'mallorca' })).toBe('check');
  });
});
