/**
 * Which answers the rules read, for a given set of earlier answers: each question's "asked when"
 * (docs/questions.md#the-questions-in-order).
 * This is policy (an answer the rules never read is not worth asking), so it lives with the
 * rules; the flow declares its steps with these predicates and asks exactly these questions.
 * Each predicate looks only at answers that come earlier in QUESTION_IDS.
 */
import { QUESTION_IDS, type Answers, type QuestionId } from '../domain';
import { canUseAppVideo, hasIdentityNumber, hasNoPhone, hasUsableCertificate, isLetterViable } from './conditions';
import { isFnmtWanted } from './fnmt';

export const askedWhen: Readonly<Record<QuestionId, (earlier: Answers) => boolean>> = {
  id: () => true,
  doc: (a) => a.id !== 'dni',
  phone: () => true,
  app: () => true,
  cert: hasIdentityNumber,
  work: () => true,
  tasks: () => true,
  use: () => true,
  visit: (a) => !hasUsableCertificate(a) && !canUseAppVideo(a),
  computer: (a) => isVisitAsked(a) && (hasNoPhone(a) || a.visit === 'no' || isFnmtWanted(a)),
  fiscal: isLetterViable,
  island: () => true,
};

function isVisitAsked(a: Answers): boolean {
  return askedWhen.visit(a);
}

/**
 * The answers that are on the path: walks the questions in order and keeps an answer only
 * when its question is asked given the answers kept before it. Off-path answers are dropped
 * here, so no rule can ever be influenced by them.
 */
export function onPathAnswers(answers: Answers): Answers {
  const kept: Record<string, unknown> = {};
  for (const q of QUESTION_IDS) {
    if (answers[q] !== undefined && askedWhen[q](kept)) kept[q] = answers[q];
  }
  return kept;
}

/** The questions that are on the path but not answered yet, in order. */
export function missingOnPath(answers: Answers): QuestionId[] {
  const kept = onPathAnswers(answers);
  return QUESTION_IDS.filter((q) => askedWhen[q](kept) && kept[q] === undefined);
}
