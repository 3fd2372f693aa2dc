/**
 * Recording why: every decision notes the rule that made it and its strength where the
 * sources give one. The sources behind each rule come from the content catalogue and are
 * attached once, in recommend.ts, so the decision modules (and the flow, which asks the
 * FNMT question through them) do not depend on the catalogue.
 */
import type { Decision, Reason, RuleId, Strength } from '../domain';

/** A reason before its sources are attached. */
export type RuleHit = Omit<Reason, 'sources'>;

export function reason(decision: Decision, rule: RuleId, strength?: Strength): RuleHit {
  return strength === undefined ? { decision, rule } : { decision, rule, strength };
}

/** A decision's value together with the rules that produced it. */
export interface Decided<T> {
  value: T;
  reasons: RuleHit[];
}
