/**
 * Invariants checked over a walk: each is a named check that returns a problem (a short
 * description of what is wrong) or undefined. One pass over the walk runs them all — the
 * plan is computed once per combination — and keeps, per invariant, the first
 * counter-example and how many combinations break it. Each invariant is then its own `it`.
 */
import type { Answers } from '../../../src/domain';
import { formatAnswers } from './answers';

export type Check<T> = (answers: Answers, value: T) => string | undefined;

export interface Violation {
  first: string;
  count: number;
}

export class InvariantRun<T> {
  readonly violations = new Map<string, Violation>();
  combinations = 0;

  private readonly entries: [string, Check<T>][];

  constructor(readonly checks: Readonly<Record<string, Check<T>>>) {
    this.entries = Object.entries(checks);
  }

  record(name: string, answers: Answers, problem: string): void {
    const seen = this.violations.get(name);
    if (seen) seen.count += 1;
    else this.violations.set(name, { first: `${formatAnswers(answers)} → ${problem}`, count: 1 });
  }

  run(answers: Answers, value: T): void {
    this.combinations += 1;
    for (const [name, check] of this.entries) {
      let problem: string | undefined;
      try {
        problem = check(answers, value);
      } catch (error) {
        problem = `threw ${error instanceof Error ? error.message : String(error)}`;
      }
      if (problem !== undefined) this.record(name, answers, problem);
    }
  }

  /** 'holds' or the first counter-example with the number of combinations that break it. */
  verdict(name: string): string {
    const v = this.violations.get(name);
    return v === undefined ? 'holds' : `broken by ${v.count} of ${this.combinations} combinations, first: ${v.first}`;
  }
}

export const show = (value: unknown): string => JSON.stringify(value);
