/**
 * The words of the questions, read from the `questions` namespace (content/locales/<lng>/questions.json).
 * The keys are built from ids, so they are looked up here, in one place:
 *   <id>.title          the question (the page's h1)
 *   <id>.hint           optional hint under the question
 *   <id>.check          short label on the check page (falls back to the title)
 *   <id>.options.<v>    the option's label, either a string or { label, hint }
 */
import type { TFunction } from 'i18next';
import type { FixQuestionId, QuestionId } from '../../domain';

/** Where a flow's question words live: the main flow's in questions.json, the fix path's in fix.json. */
export interface QuestionWords {
  readonly ns: 'questions' | 'fix';
  readonly prefix: '' | 'questions.';
}
export const MAIN_WORDS: QuestionWords = { ns: 'questions', prefix: '' };
export const FIX_WORDS: QuestionWords = { ns: 'fix', prefix: 'questions.' };

type AnyQuestionId = QuestionId | FixQuestionId;

type LooseT = (key: string, options?: Record<string, unknown>) => unknown;

function loose(t: TFunction): LooseT {
  return t as unknown as LooseT;
}

function text(t: TFunction, key: string, words: QuestionWords): string | undefined {
  const value = loose(t)(`${words.prefix}${key}`, { ns: words.ns, defaultValue: '' });
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function object(t: TFunction, key: string, words: QuestionWords): unknown {
  return loose(t)(`${words.prefix}${key}`, { ns: words.ns, returnObjects: true, defaultValue: '' });
}

export function questionTitle(t: TFunction, id: AnyQuestionId, words = MAIN_WORDS): string {
  return text(t, `${id}.title`, words) ?? id;
}

export function questionHint(t: TFunction, id: AnyQuestionId, words = MAIN_WORDS): string | undefined {
  return text(t, `${id}.hint`, words);
}

export function questionCheckLabel(t: TFunction, id: AnyQuestionId, words = MAIN_WORDS): string {
  return text(t, `${id}.check`, words) ?? questionTitle(t, id, words);
}

export function optionLabel(t: TFunction, id: AnyQuestionId, value: string, words = MAIN_WORDS): string {
  const option = object(t, `${id}.options.${value}`, words);
  if (typeof option === 'string' && option !== '') return option;
  return text(t, `${id}.options.${value}.label`, words) ?? value;
}

export function optionHint(t: TFunction, id: AnyQuestionId, value: string, words = MAIN_WORDS): string | undefined {
  const option = object(t, `${id}.options.${value}`, words);
  if (typeof option !== 'object' || option === null) return undefined;
  return text(t, `${id}.options.${value}.hint`, words);
}
