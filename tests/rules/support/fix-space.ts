/** The fix path's whole answer space: every complete on-path set of fix answers (docs/fix.md). */
import { FIX_QUESTION_IDS, FIX_QUESTION_VALUES, type FixAnswers, type FixQuestionId } from '../../../src/domain';
import { fixAskedWhen } from '../../../src/rules';

export function* everyFixAnswerSet(): Generator<FixAnswers> {
  function* walk(i: number, acc: FixAnswers): Generator<FixAnswers> {
    const q: FixQuestionId | undefined = FIX_QUESTION_IDS[i];
    if (q === undefined) {
      yield acc;
      return;
    }
    if (!fixAskedWhen[q](acc)) {
      yield* walk(i + 1, acc);
      return;
    }
    for (const value of FIX_QUESTION_VALUES[q]) yield* walk(i + 1, { ...acc, [q]: value });
  }
  yield* walk(0, {});
}
