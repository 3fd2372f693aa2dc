/**
 * Which fix questions are asked, for the answers before them (docs/fix.md#questions): only what
 * changes the fix for the chosen problem. Each predicate looks only at earlier answers in
 * FIX_QUESTION_IDS order: problem, oldsms, cert, visit, id, island.
 */
import { FIX_QUESTION_IDS, type FixAnswers, type FixQuestionId, type ProblemId } from '../domain';

const is =
  (...problems: ProblemId[]) =>
  (a: FixAnswers): boolean =>
    a.problem !== undefined && problems.includes(a.problem);

/** A fix that may need an office: the answers so far leave only the in-person way (or none). */
export function mayNeedVisit(a: FixAnswers): boolean {
  switch (a.problem) {
    case 'new-phone':
      return a.oldsms === 'no' && a.cert === 'no';
    case 'new-number':
    case 'need-advanced':
    case 'renounce':
      return a.cert === 'no';
    case 'firma-expired':
      return true;
    case 'password':
    case 'activation-code':
    case 'card-renewed':
    case 'change-email':
    case undefined:
      return false;
  }
}

export const fixAskedWhen: Readonly<Record<FixQuestionId, (earlier: FixAnswers) => boolean>> = {
  problem: () => true,
  oldsms: is('new-phone'),
  cert: (a) => is('new-number', 'need-advanced', 'renounce')(a) || (a.problem === 'new-phone' && a.oldsms === 'no'),
  visit: mayNeedVisit,
  // The identity number changes the fix where DNI and NIE holders differ, what to bring to an
  // office, and the hand-over link to the main flow.
  id: (a) => is('activation-code', 'card-renewed', 'need-advanced', 'firma-expired')(a) || a.visit === 'yes',
  island: (a) => mayNeedVisit(a) && a.visit === 'yes',
};

/** The answers on the fix path: an answer is kept only when its question is asked given those kept before it. */
export function onFixPathAnswers(answers: FixAnswers): FixAnswers {
  const kept: Record<string, unknown> = {};
  for (const q of FIX_QUESTION_IDS) {
    if (answers[q] !== undefined && fixAskedWhen[q](kept)) kept[q] = answers[q];
  }
  return kept;
}

/** The questions on the fix path not answered yet, in order. */
export function missingOnFixPath(answers: FixAnswers): FixQuestionId[] {
  const kept = onFixPathAnswers(answers);
  return FIX_QUESTION_IDS.filter((q) => fixAskedWhen[q](kept) && kept[q] === undefined);
}
