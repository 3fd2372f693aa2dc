/**
 * Fuzzing at the edges with fast-check: every run is counted and the count printed, so the log
 * shows how much input each edge took. A failure prints fast-check's seed and shrunk input.
 */
import fc from 'fast-check';
import { answersSchema, QUESTION_IDS, QUESTION_VALUES, type Answers, type QuestionId } from '../../src/domain';

/** At least this many inputs per edge. */
export const FUZZ_RUNS = 10_000;

export function fuzz<T>(edge: string, input: fc.Arbitrary<T>, check: (value: T) => void, numRuns = FUZZ_RUNS): number {
  let runs = 0;
  fc.assert(
    fc.property(input, (value) => {
      runs += 1;
      check(value);
    }),
    { numRuns },
  );
  console.log(`[fuzz] ${edge}: ${runs} inputs`);
  return runs;
}

/** A plain check, not `expect`: ten thousand runs of a dozen matchers each would cost seconds. */
export function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

/** Keys that pollute prototypes when code assigns them naively. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'] as const;

/** Any JSON-ish value whose object keys are often prototype keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.anything({
  key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...PROTOTYPE_KEYS)),
  maxDepth: 3,
  size: 'small',
  withNullPrototype: true,
  withBigInt: false,
});

/** Fails when anything was added to Object.prototype (a polluted prototype shows on every object). */
export function expectNoPrototypePollution(): void {
  const probe: Record<string, unknown> = {};
  for (const key of ['polluted', 'id', 'answers', 'isAdmin']) {
    if (probe[key] !== undefined) throw new Error(`Object.prototype was polluted with "${key}"`);
  }
  if (Object.keys(Object.prototype).length > 0) throw new Error(`Object.prototype has ${Object.keys(Object.prototype).join(', ')}`);
}

/** Any valid set of answers: each question absent or one of its values; tasks a subset. */
export const validAnswers: fc.Arbitrary<Answers> = fc
  .record(
    Object.fromEntries(
      QUESTION_IDS.map((id: QuestionId) => [id, id === 'tasks' ? fc.subarray([...QUESTION_VALUES.tasks]) : fc.constantFrom(...QUESTION_VALUES[id])]),
    ) as Record<QuestionId, fc.Arbitrary<unknown>>,
    { requiredKeys: [] },
  )
  .map((record) => answersSchema.parse(record));
