/**
 * The questions' contract, declared once: each question's id, its values (in their order of
 * presentation), whether it takes one value or a set, and whether its locale text must carry
 * a hint. Everything else is derived from `QUESTIONS`: the id list and its order, the value
 * enums, the answers schema and type, the flow's step kinds and the locale schema of
 * questions.json. Ids and values are a public interface (links, embed events): never rename one.
 * See docs/questions.md for what each question means and when it is asked.
 */
import * as z from 'zod/mini';

export const YES_NO = ['yes', 'no'] as const;

export interface QuestionDeclaration {
  /** the answer's values, in their order of presentation */
  readonly values: readonly [string, ...string[]];
  /** `single`: one value (radios); `multi`: a possibly empty set (checkboxes) */
  readonly kind: 'single' | 'multi';
  /** `required`: the locale must give a hint (a gloss or a trap people fall into) */
  readonly hint: 'required' | 'optional';
}

/** The questions, in their order of presentation: "asked when" only ever looks backwards in it. */
export const QUESTIONS = {
  id: { values: ['nie', 'dni', 'pending', 'none'], kind: 'single', hint: 'required' },
  doc: { values: ['tie', 'eu-cert', 'nie-paper'], kind: 'single', hint: 'required' },
  phone: { values: ['es', 'foreign', 'none'], kind: 'single', hint: 'required' },
  app: { values: YES_NO, kind: 'single', hint: 'optional' },
  cert: { values: YES_NO, kind: 'single', hint: 'required' },
  work: { values: ['employee', 'pensioner', 'autonomo', 'company', 'student', 'other'], kind: 'single', hint: 'optional' },
  tasks: {
    values: ['tax', 'social-security', 'sign', 'gestor', 'health', 'notifications', 'immigration'],
    kind: 'multi',
    hint: 'optional',
  },
  use: { values: ['occasional', 'regular'], kind: 'single', hint: 'optional' },
  visit: { values: YES_NO, kind: 'single', hint: 'optional' },
  computer: { values: YES_NO, kind: 'single', hint: 'required' },
  fiscal: { values: ['yes', 'no', 'unsure'], kind: 'single', hint: 'required' },
  island: { values: ['mallorca', 'menorca', 'ibiza', 'formentera', 'other'], kind: 'single', hint: 'optional' },
} as const satisfies Record<string, QuestionDeclaration>;

type Declared = typeof QUESTIONS;
export type QuestionId = keyof Declared;

/** Question ids in order of presentation. */
export const QUESTION_IDS = Object.keys(QUESTIONS) as [QuestionId, ...QuestionId[]];
export const questionIdSchema = z.enum(QUESTION_IDS);

/** One value a question accepts. */
export type ValueOf<Q extends QuestionId> = Declared[Q]['values'][number];
/** The answer to a question: one value, or a set of values for a multi-choice question. */
export type AnswerValue<Q extends QuestionId> = Declared[Q]['kind'] extends 'multi' ? ValueOf<Q>[] : ValueOf<Q>;

/** The enum of one question's values. */
export const valuesOf = <Q extends QuestionId>(q: Q) => z.enum(QUESTIONS[q].values as Declared[Q]['values']);

export const workValues = valuesOf('work');
export const taskValues = valuesOf('tasks');
export const islandValues = valuesOf('island');

export type TaskValue = ValueOf<'tasks'>;
export type IslandValue = ValueOf<'island'>;

/** The schema of one answer: a value, or a set (an array without repeats, so it survives JSON and links). */
function answerSchema<Q extends QuestionId>(q: Q): z.ZodMiniType<AnswerValue<Q>> {
  const values = valuesOf(q);
  const schema =
    QUESTIONS[q].kind === 'multi'
      ? z.array(values).check(z.refine((set) => new Set(set).size === set.length, { error: 'values must not repeat' }))
      : values;
  return schema as unknown as z.ZodMiniType<AnswerValue<Q>>;
}

const ANSWER_SCHEMAS = Object.fromEntries(QUESTION_IDS.map((q) => [q, answerSchema(q)])) as unknown as {
  readonly [Q in QuestionId]: z.ZodMiniType<AnswerValue<Q>>;
};

/** A set of answers: keyed by question id, unanswered questions absent. */
export type Answers = { [Q in QuestionId]?: AnswerValue<Q> | undefined };

/** Strict: an unknown key is an error, so a typo never silently drops an answer. */
export const answersSchema = z.strictObject(
  Object.fromEntries(QUESTION_IDS.map((q) => [q, z.optional(ANSWER_SCHEMAS[q])])),
) as unknown as z.ZodMiniType<Answers>;

/** Multi-choice questions (checkboxes); every other question is single-choice (radios). */
export const MULTI_CHOICE: ReadonlySet<QuestionId> = new Set(QUESTION_IDS.filter((q) => QUESTIONS[q].kind === 'multi'));

/** The values a question accepts, in their order of presentation. */
export const QUESTION_VALUES: Readonly<Record<QuestionId, readonly string[]>> = Object.fromEntries(
  QUESTION_IDS.map((q) => [q, QUESTIONS[q].values]),
) as unknown as Record<QuestionId, readonly string[]>;

/**
 * Validates one field on its own; returns the value or undefined.
 * Used where a bad field must be dropped without losing the rest (storage, links).
 */
export function parseAnswerField<Q extends QuestionId>(id: Q, value: unknown): AnswerValue<Q> | undefined {
  const result = ANSWER_SCHEMAS[id].safeParse(value);
  return result.success ? result.data : undefined;
}

/** The answers with `id` set to `value`, or without `id` when `value` is undefined or invalid. */
export function withAnswer(answers: Answers, id: QuestionId, value: unknown): Answers {
  const rest = Object.fromEntries(Object.entries(answers).filter(([key]) => key !== id)) as Answers;
  const parsed = value === undefined ? undefined : parseAnswerField(id, value);
  return parsed === undefined ? rest : { ...rest, [id]: parsed };
}

/**
 * Keeps every valid field of an untrusted object and reports the rest, for any question set
 * (this one, or the fix path's): a key must be one of its ids and its value must parse.
 * Never throws: bad input costs the bad fields only.
 */
export function salvageFields(
  input: unknown,
  parseField: (key: string, value: unknown) => unknown,
): { answers: Record<string, unknown>; rejected: string[] } {
  const answers: Record<string, unknown> = {};
  const rejected: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { answers: {}, rejected: input === undefined || input === null ? [] : ['(not an object)'] };
  }
  for (const [key, value] of Object.entries(input)) {
    const parsed = parseField(key, value);
    if (parsed === undefined) rejected.push(key);
    else answers[key] = parsed;
  }
  return { answers, rejected };
}

/** Keeps every valid answer of an untrusted object and reports the rest. */
export function salvageAnswers(input: unknown): { answers: Answers; rejected: string[] } {
  const { answers, rejected } = salvageFields(input, (key, value) => {
    const id = questionIdSchema.safeParse(key);
    return id.success ? parseAnswerField(id.data, value) : undefined;
  });
  return { answers: answers, rejected };
}
