/**
 * The fix path's questions ("I already have Cl@ve"), declared once like the main ones: a
 * problem, then only what changes the fix for it. Shared ids (`id`, `cert`, `visit`, `island`)
 * mean what they mean in the main flow (`id` takes only `nie` or `dni`: someone registered has
 * one). Ids and values are a public interface (links, embed events): never rename one.
 * See docs/fix.md.
 */
import * as z from 'zod/mini';
import { QUESTIONS, YES_NO, salvageFields, type QuestionDeclaration } from './questions';

export const FIX_QUESTIONS = {
  problem: {
    values: [
      'new-phone',
      'new-number',
      'password',
      'activation-code',
      'card-renewed',
      'need-advanced',
      'firma-expired',
      'change-email',
      'renounce',
    ],
    kind: 'single',
    hint: 'optional',
  },
  oldsms: { values: YES_NO, kind: 'single', hint: 'required' },
  cert: { values: YES_NO, kind: 'single', hint: 'required' },
  visit: { values: YES_NO, kind: 'single', hint: 'optional' },
  id: { values: ['nie', 'dni'], kind: 'single', hint: 'optional' },
  island: { values: QUESTIONS.island.values, kind: 'single', hint: 'optional' },
} as const satisfies Record<string, QuestionDeclaration>;

type FixDeclared = typeof FIX_QUESTIONS;
export type FixQuestionId = keyof FixDeclared;

/** The fix path's question ids, in order of presentation ("asked when" only looks backwards). */
export const FIX_QUESTION_IDS = Object.keys(FIX_QUESTIONS) as [FixQuestionId, ...FixQuestionId[]];
export const fixQuestionIdSchema = z.enum(FIX_QUESTION_IDS);

export type FixValueOf<Q extends FixQuestionId> = FixDeclared[Q]['values'][number];
export type ProblemId = FixValueOf<'problem'>;
export const problemIds = z.enum(FIX_QUESTIONS.problem.values);

/** A set of fix answers: keyed by question id, unanswered questions absent. Every question is single-choice. */
export type FixAnswers = { [Q in FixQuestionId]?: FixValueOf<Q> | undefined };

const FIX_SCHEMAS = Object.fromEntries(FIX_QUESTION_IDS.map((q) => [q, z.enum(FIX_QUESTIONS[q].values)])) as unknown as {
  readonly [Q in FixQuestionId]: z.ZodMiniType<FixValueOf<Q>>;
};

/** Strict: an unknown key is an error. */
export const fixAnswersSchema = z.strictObject(
  Object.fromEntries(FIX_QUESTION_IDS.map((q) => [q, z.optional(FIX_SCHEMAS[q])])),
) as unknown as z.ZodMiniType<FixAnswers>;

/** The values each fix question accepts, in their order of presentation. */
export const FIX_QUESTION_VALUES: Readonly<Record<FixQuestionId, readonly string[]>> = Object.fromEntries(
  FIX_QUESTION_IDS.map((q) => [q, FIX_QUESTIONS[q].values]),
) as unknown as Record<FixQuestionId, readonly string[]>;

export function parseFixAnswerField<Q extends FixQuestionId>(id: Q, value: unknown): FixValueOf<Q> | undefined {
  const result = FIX_SCHEMAS[id].safeParse(value);
  return result.success ? result.data : undefined;
}

/** The answers with `id` set to `value` (validated; an invalid value or undefined clears it). */
export function withFixAnswer(answers: FixAnswers, id: FixQuestionId, value: unknown): FixAnswers {
  const rest = Object.fromEntries(Object.entries(answers).filter(([key]) => key !== id)) as FixAnswers;
  const parsed = value === undefined ? undefined : parseFixAnswerField(id, value);
  return parsed === undefined ? rest : { ...rest, [id]: parsed };
}

/** Keeps every valid fix answer of an untrusted object and reports the rest. */
export function salvageFixAnswers(input: unknown): { answers: FixAnswers; rejected: string[] } {
  const { answers, rejected } = salvageFields(input, (key, value) => {
    const id = fixQuestionIdSchema.safeParse(key);
    return id.success ? parseFixAnswerField(id.data, value) : undefined;
  });
  return { answers: answers, rejected };
}

// ── the fix: what `fix(answers)` returns (ids only) ──────────────────────────

/** Every fix, named after the problem it solves and how. */
export const fixIds = z.enum([
  'new-phone-sms',
  'new-phone-certificate',
  'new-number-online',
  'new-number-in-person',
  'new-number-no-remote',
  'password-reset',
  'activation-code-renew',
  'card-renewed-nie',
  'card-renewed-dni',
  'advanced-online',
  'advanced-in-person',
  'advanced-no-route',
  'firma-renew-dnie',
  'firma-renew-dnie-or-in-person',
  'firma-renew-in-person',
  'firma-renew-no-route',
  'email-change',
  'renounce-online',
  'renounce-in-person',
  'renounce-no-route',
]);

/** Notes the fix shows beside its steps, each only where it applies (rules/fix.ts). */
export const fixNoteIds = z.enum([
  'only-one-device',
  'old-number-gone',
  'review-raises-level',
  'code-blocked-register-again',
  'renounce-instead',
]);

export type FixId = z.infer<typeof fixIds>;
export type FixNoteId = z.infer<typeof fixNoteIds>;
