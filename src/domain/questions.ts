/**
 * The questions' contract (spec §1). Question ids and values are a public interface:
 * they appear in shared links and embed events, so never rename one.
 * Every type here is derived from its zod schema: one source of truth.
 */
import * as z from 'zod/mini';

export const idValues = z.enum(['nie', 'dni', 'pending', 'none']);
export const docValues = z.enum(['tie', 'eu-cert', 'nie-paper']);
export const phoneValues = z.enum(['es', 'foreign', 'none']);
export const yesNo = z.enum(['yes', 'no']);
export const workValues = z.enum(['employee', 'pensioner', 'autonomo', 'company', 'student', 'other']);
export const taskValues = z.enum([
  'tax',
  'social-security',
  'sign',
  'gestor',
  'health',
  'notifications',
  'immigration',
]);
export const useValues = z.enum(['occasional', 'regular']);
export const fiscalValues = z.enum(['yes', 'no', 'unsure']);
export const islandValues = z.enum(['mallorca', 'menorca', 'ibiza', 'formentera', 'other']);

/** One schema per question, keyed by the question id. */
export const questionSchemas = {
  id: idValues,
  doc: docValues,
  phone: phoneValues,
  app: yesNo,
  cert: yesNo,
  work: workValues,
  tasks: z.array(taskValues),
  use: useValues,
  visit: yesNo,
  computer: yesNo,
  fiscal: fiscalValues,
  island: islandValues,
} as const;

/** Question ids in the suggested order of presentation; "asked when" only looks backwards in it. */
export const QUESTION_IDS = [
  'id',
  'doc',
  'phone',
  'app',
  'cert',
  'work',
  'tasks',
  'use',
  'visit',
  'computer',
  'fiscal',
  'island',
] as const satisfies readonly (keyof typeof questionSchemas)[];

export const questionIdSchema = z.enum(QUESTION_IDS);
export type QuestionId = z.infer<typeof questionIdSchema>;

export type IdValue = z.infer<typeof idValues>;
export type DocValue = z.infer<typeof docValues>;
export type PhoneValue = z.infer<typeof phoneValues>;
export type YesNo = z.infer<typeof yesNo>;
export type WorkValue = z.infer<typeof workValues>;
export type TaskValue = z.infer<typeof taskValues>;
export type UseValue = z.infer<typeof useValues>;
export type FiscalValue = z.infer<typeof fiscalValues>;
export type IslandValue = z.infer<typeof islandValues>;

/** Tasks must not repeat: a set written as an array so it survives JSON and links. */
const tasksSchema = z.array(taskValues).check(
  z.refine((tasks) => new Set(tasks).size === tasks.length, { error: 'tasks must not repeat' }),
);

/**
 * A set of answers: keyed by question id, unanswered questions absent.
 * Strict: an unknown key is an error, so a typo never silently drops an answer.
 */
export const answersSchema = z.strictObject({
  id: z.optional(idValues),
  doc: z.optional(docValues),
  phone: z.optional(phoneValues),
  app: z.optional(yesNo),
  cert: z.optional(yesNo),
  work: z.optional(workValues),
  tasks: z.optional(tasksSchema),
  use: z.optional(useValues),
  visit: z.optional(yesNo),
  computer: z.optional(yesNo),
  fiscal: z.optional(fiscalValues),
  island: z.optional(islandValues),
});

export type Answers = z.infer<typeof answersSchema>;

/** The value type of one question's answer. */
export type AnswerValue<Q extends QuestionId> = NonNullable<Answers[Q]>;

/** Multi-choice questions (checkboxes); every other question is single-choice (radios). */
export const MULTI_CHOICE: ReadonlySet<QuestionId> = new Set<QuestionId>(['tasks']);

/** The values a question accepts, in their order of presentation. */
export const QUESTION_VALUES: Readonly<Record<QuestionId, readonly string[]>> = {
  id: idValues.options,
  doc: docValues.options,
  phone: phoneValues.options,
  app: yesNo.options,
  cert: yesNo.options,
  work: workValues.options,
  tasks: taskValues.options,
  use: useValues.options,
  visit: yesNo.options,
  computer: yesNo.options,
  fiscal: fiscalValues.options,
  island: islandValues.options,
};

/**
 * Validates one field on its own; returns the value or undefined.
 * Used where a bad field must be dropped without losing the rest (storage, links).
 */
export function parseAnswerField<Q extends QuestionId>(id: Q, value: unknown): AnswerValue<Q> | undefined {
  const schema = id === 'tasks' ? tasksSchema : questionSchemas[id];
  const result = schema.safeParse(value);
  return result.success ? (result.data as AnswerValue<Q>) : undefined;
}

/**
 * Keeps every valid field of an untrusted object and reports the rest.
 * Never throws: bad input costs the bad fields only.
 */
export function salvageAnswers(input: unknown): { answers: Answers; rejected: string[] } {
  const answers: Record<string, unknown> = {};
  const rejected: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { answers: {}, rejected: input === undefined || input === null ? [] : ['(not an object)'] };
  }
  for (const [key, value] of Object.entries(input)) {
    const parsedId = questionIdSchema.safeParse(key);
    if (!parsedId.success) {
      rejected.push(key);
      continue;
    }
    const parsed = parseAnswerField(parsedId.data, value);
    if (parsed === undefined) rejected.push(key);
    else answers[key] = parsed;
  }
  return { answers: answers, rejected };
}
