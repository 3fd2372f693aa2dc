/** Test helpers bound to the implementation's flow: complete(), planFor() and rule-table types. */
import type { Answers, Plan, QuestionId, Reason } from '../../../src/domain';
import { askedWhen, recommend } from '../../../src/rules';
import { completeWith } from './answers';

/** The implementation's askedWhen as a (question, earlier) function. */
export const implAskedWhen = (q: QuestionId, earlier: Answers): boolean => askedWhen[q](earlier);

/** Fills the on-path questions a test does not care about with neutral defaults (see DEFAULTS). */
export const complete = (partial: Answers): Answers => completeWith(implAskedWhen, partial);

/** The plan for these answers, completed with defaults where the test does not care. */
export const planFor = (partial: Answers): Plan => recommend(complete(partial));

/** One row of a rule table: a sentence a reader can check against docs/rules.md, the answers, the outcome. */
export interface RuleCase<E> {
  sentence: string;
  answers: Answers;
  expect: E;
}

/** The reasons recorded for one decision. */
export const reasonsFor = (plan: Plan, decision: Reason['decision']): Reason[] =>
  plan.reasons.filter((r) => r.decision === decision);

export const ruleIdsFor = (plan: Plan, decision: Reason['decision']): string[] =>
  reasonsFor(plan, decision).map((r) => r.rule);
