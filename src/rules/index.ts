/** The rules' public face: answers in, plan ids and reasons out. */
export { recommend, tryRecommend, InvalidAnswersError, type AnswerIssue } from './recommend';
export { askedWhen, onPathAnswers, missingOnPath } from './applicability';
export * as conditions from './conditions';
export { tryFix } from './fix';
export { fixAskedWhen, onFixPathAnswers } from './fix-applicability';
