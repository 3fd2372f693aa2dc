/**
 * The words of the questions, read from the `questions` namespace (content/locales/<lng>/questions.json).
 * The keys are built from ids, so they are looked up here, in one place:
 *   <id>.title          the question (the page's h1)
 *   <id>.hint           optional hint under the question
 *   <id>.check          short label on the check page (falls back to the title)
 *   <id>.options.<v>    the option's label, either a string or { label, hint }
 */
import type { TFunction } from 'i18next';
import type { QuestionId } from '../../domain';

type LooseT = (key: string, options?: Record<string, unknown>) => unknown;

function loose(t: TFunction): LooseT {
  return t as unknown as LooseT;
}

function text(t: TFunction, key: string): string | undefined {
  const value = loose(t)(key, { ns: 'questions', defaultValue: '' });
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function object(t: TFunction, key: string): unknown {
  return loose(t)(key, { ns: 'questions', returnObjects: true, defaultValue: '' });
}

export function questionTitle(t: TFunction, id: QuestionId): string {
  return text(t, `${id}.title`) ?? text(t, `${id}.question`) ?? id;
}

export function questionHint(t: TFunction, id: QuestionId): string | undefined {
  return text(t, `${id}.hint`);
}

export function questionCheckLabel(t: TFunction, id: QuestionId): string {
  return text(t, `${id}.check`) ?? text(t, `${id}.checkLabel`) ?? questionTitle(t, id);
}

export function optionLabel(t: TFunction, id: QuestionId, value: string): string {
  const option = object(t, `${id}.options.${value}`);
  if (typeof option === 'string' && option !== '') return option;
  return text(t, `${id}.options.${value}.label`) ?? value;
}

export function optionHint(t: TFunction, id: QuestionId, value: string): string | undefined {
  const option = object(t, `${id}.options.${value}`);
  if (typeof option !== 'object' || option === null) return undefined;
  return text(t, `${id}.options.${value}.hint`);
}
