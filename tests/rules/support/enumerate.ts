/**
 * Walks the finite answer space along the flow: question by question in QUESTION_IDS order,
 * a question gets a value only when it is asked (askedWhen) given the answers before it, and
 * every value is tried. So every set produced is complete, holds on-path answers only, and
 * the sets are exactly the distinct paths through the wizard.
 */
import { QUESTION_IDS, type Answers, type QuestionId, type TaskValue } from '../../../src/domain';
import { ALL_TASK_SETS, valuesFor } from '../../support/answer-space';

export type AskedWhen = (q: QuestionId, earlier: Answers) => boolean;

export { TASK_PAIRS, TASK_SINGLES } from '../../support/answer-space';

export interface WalkOptions {
  /** When a question is asked (the implementation's, or the rules model's). */
  readonly askedWhen: AskedWhen;
  /** The task sets to try (default: all 128 subsets). */
  readonly taskSets?: readonly (readonly TaskValue[])[];
  /**
   * Questions whose values are ROTATED instead of crossed: each time the walk reaches one it
   * takes ONE value, drawn from a shuffled bag of all its values (refilled when empty, fixed
   * seed). So every value appears equally often (±1 per bag), spread over the other
   * combinations without the aliasing a plain "next in turn" counter has. Keeps the expensive
   * walks inside the time budget; the walk stays deterministic.
   */
  readonly rotate?: readonly QuestionId[];
}

/** mulberry32: a tiny seeded generator, so rotated walks are the same on every run. */
function seeded(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function valueChooser(options: WalkOptions): (q: QuestionId) => readonly unknown[] {
  const everyValue = valuesFor(options.taskSets ?? ALL_TASK_SETS);
  const rotate = new Set(options.rotate ?? []);
  const bags = new Map<QuestionId, unknown[]>();
  const random = seeded(20261127);
  return (q) => {
    const all = everyValue(q);
    if (!rotate.has(q)) return all;
    let bag = bags.get(q);
    if (bag === undefined || bag.length === 0) {
      bag = [...all];
      for (let i = bag.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [bag[i], bag[j]] = [bag[j], bag[i]];
      }
      bags.set(q, bag);
    }
    return [bag.pop()];
  };
}

/**
 * Calls `visit` once per complete on-path answer set. The object passed is reused between
 * calls: copy it ({ ...answers }) to keep it. Returns the number of sets visited.
 * `onAsk` (optional) sees every question decision of the walk: (question, earlier, asked).
 */
export function forEachAnswerSet(
  options: WalkOptions,
  visit: (answers: Answers) => void,
  onAsk?: (q: QuestionId, earlier: Answers, asked: boolean) => void,
): number {
  const valuesOf = valueChooser(options);
  const acc: Record<string, unknown> = {};
  let count = 0;
  const walk = (i: number): void => {
    const q = QUESTION_IDS[i];
    if (q === undefined) {
      count += 1;
      visit(acc);
      return;
    }
    const asked = options.askedWhen(q, acc);
    onAsk?.(q, acc, asked);
    if (!asked) {
      walk(i + 1);
      return;
    }
    for (const value of valuesOf(q)) {
      acc[q] = value;
      walk(i + 1);
    }
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the walk backtracks one question
    delete acc[q];
  };
  walk(0);
  return count;
}

/** The same walk as a generator of fresh objects (convenient; forEachAnswerSet is faster). */
export function* allAnswerSets(options: WalkOptions): Generator<Answers> {
  const valuesOf = valueChooser(options);
  function* walk(i: number, acc: Answers): Generator<Answers> {
    const q = QUESTION_IDS[i];
    if (q === undefined) {
      yield acc;
      return;
    }
    if (!options.askedWhen(q, acc)) {
      yield* walk(i + 1, acc);
      return;
    }
    for (const value of valuesOf(q)) yield* walk(i + 1, { ...acc, [q]: value });
  }
  yield* walk(0, {});
}
