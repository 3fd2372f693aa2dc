/**
 * The schemas of the locale files this layer owns (questions.json, plan.json), derived from the
 * domain's ids: every id has its words, nothing missing, extra or empty. ui.json, result.json and
 * agent.json are typed from English by i18next and compared with English by the tests.
 */
import * as z from 'zod/mini';
import {
  alsoActivateIds,
  blockerIds,
  capabilityIds,
  capabilityStatusIds,
  checklistGroupIds,
  checklistItemIds,
  decisionIds,
  flagIds,
  fnmtIds,
  levelIds,
  nextStepIds,
  nextStepStatusIds,
  officeIds,
  requirementIds,
  routeIds,
  routeNoteIds,
  ruleIds,
  variantIds,
  warningIds,
  QUESTION_IDS,
  QUESTIONS,
  valuesOf,
  FIX_QUESTION_IDS,
  FIX_QUESTIONS,
  fixIds,
  fixNoteIds,
  type FixQuestionId,
  type QuestionId,
} from '../domain';
import { textSchema } from './catalog-schema';

const option = z.strictObject({ label: textSchema, hint: z.optional(textSchema) });

const questionLocale = <Q extends QuestionId>(q: Q) => {
  const options = z.record(valuesOf(q), option);
  return QUESTIONS[q].hint === 'required'
    ? z.strictObject({ title: textSchema, check: textSchema, hint: textSchema, options })
    : z.strictObject({ title: textSchema, check: textSchema, hint: z.optional(textSchema), options });
};

/**
 * questions.json: `<questionId>.{title, check, hint?, options.<value>.{label, hint?}}`, derived
 * from the question declarations: every question, every value, and a hint where one is required.
 */
export const questionsLocaleSchema = z.strictObject(
  Object.fromEntries(QUESTION_IDS.map((q) => [q, questionLocale(q)])) as unknown as { [Q in QuestionId]: ReturnType<typeof questionLocale<Q>> },
);

type Prefix<Id extends string> = Id extends `${infer P}.${string}` ? P : never;
type Suffix<Id extends string, P extends string> = Id extends `${P}.${infer S}` ? S : never;
/** `a.b` ids as `{ a: { b: V } }`, so i18next's default "." separator resolves `t(\`rules.${id}\`)`. */
export type NestedByPrefix<Id extends string, V> = { [P in Prefix<Id>]: Record<Suffix<Id, P>, V> };

/** An exhaustive record over dotted ids, nested by their prefix. */
function nestedRecord<const Id extends string, V extends z.core.SomeType>(
  ids: readonly Id[],
  value: V,
): z.ZodMiniType<NestedByPrefix<Id, z.infer<V>>> {
  const groups = new Map<string, [string, ...string[]]>();
  for (const id of ids) {
    const dot = id.indexOf('.');
    const [prefix, suffix] = [id.slice(0, dot), id.slice(dot + 1)];
    const group = groups.get(prefix);
    if (group) group.push(suffix);
    else groups.set(prefix, [suffix]);
  }
  const shape = Object.fromEntries([...groups].map(([prefix, suffixes]) => [prefix, z.record(z.enum(suffixes), value)]));
  return z.strictObject(shape) as unknown as z.ZodMiniType<NestedByPrefix<Id, z.infer<V>>>;
}

/** A shape with one key per id, all with the same schema (for objects that also hold other keys). */
function shapeOf<const K extends string, V extends z.core.SomeType>(keys: readonly K[], value: V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value])) as Record<K, V>;
}

/** Ordered steps keyed "1", "2", … with no gap. */
const steps = z.record(z.string().check(z.regex(/^[1-9]\d*$/)), textSchema).check(
  z.refine(
    (record) => {
      const numbers = Object.keys(record)
        .map(Number)
        .sort((a, b) => a - b);
      return numbers.length > 0 && numbers.every((n, i) => n === i + 1);
    },
    { error: 'steps must be numbered 1, 2, 3 … without gaps' },
  ),
);

const titleBody = z.strictObject({ title: textSchema, body: textSchema });
const nameBody = z.strictObject({ name: textSchema, body: textSchema });

/** plan.json: every id the rules can return, in words. */
export const planLocaleSchema = z.strictObject({
  blockers: z.record(blockerIds, z.strictObject({ title: textSchema, body: textSchema, action: textSchema })),
  levels: z.record(levelIds, nameBody),
  routes: z.record(routeIds, z.strictObject({ name: textSchema, summary: textSchema, duration: textSchema, steps })),
  variants: z.record(variantIds, nameBody),
  alsoActivate: z.record(alsoActivateIds, nameBody),
  fnmt: z.strictObject({
    ...shapeOf(fnmtIds.options, titleBody),
    companySteps: z.strictObject({ '1': textSchema, '2': textSchema }),
  }),
  warnings: z.record(warningIds, titleBody),
  routeNotes: z.record(routeNoteIds, titleBody),
  checklist: z.strictObject({
    groups: z.record(checklistGroupIds, textSchema),
    items: z.record(checklistItemIds, titleBody),
  }),
  nextSteps: z.record(nextStepIds, titleBody),
  nextStepStatus: z.record(nextStepStatusIds, textSchema),
  offices: z.record(officeIds, z.strictObject({ name: textSchema, body: textSchema, linkLabel: textSchema })),
  capabilities: z.record(capabilityIds, textSchema),
  requirements: z.record(requirementIds, textSchema),
  capabilityStatus: z.record(capabilityStatusIds, textSchema),
  rules: nestedRecord(ruleIds.options, textSchema),
  flags: z.record(flagIds, textSchema),
  decisions: z.record(decisionIds, textSchema),
});


/** The locale namespaces this module owns, with their schemas (ui.json belongs to the UI). */
const fixQuestionLocale = (q: FixQuestionId) => {
  const options = z.record(z.enum(FIX_QUESTIONS[q].values), option);
  return FIX_QUESTIONS[q].hint === 'required'
    ? z.strictObject({ title: textSchema, check: textSchema, hint: textSchema, options })
    : z.strictObject({ title: textSchema, check: textSchema, hint: z.optional(textSchema), options });
};

/** fix.json: the fix path's questions, every fix (name, summary, why, steps) and note, and its page. */
export const fixLocaleSchema = z.strictObject({
  questions: z.strictObject(
    Object.fromEntries(FIX_QUESTION_IDS.map((q) => [q, fixQuestionLocale(q)])) as unknown as Record<FixQuestionId, ReturnType<typeof fixQuestionLocale>>,
  ),
  fixes: z.record(fixIds, z.strictObject({ name: textSchema, summary: textSchema, why: textSchema, steps })),
  notes: z.record(fixNoteIds, titleBody),
  page: z.strictObject({
    title: textSchema,
    resultTitle: textSchema,
    back: textSchema,
    sections: z.strictObject(shapeOf(['summary', 'steps', 'bring', 'notes', 'offices', 'sources'], textSchema)),
    summary: z.strictObject(shapeOf(['problem', 'fix', 'first'], textSchema)),
    stepsTitle: textSchema,
    why: textSchema,
    actOn: textSchema,
    handover: z.strictObject(shapeOf(['title', 'body', 'button'], textSchema)),
    seeFix: textSchema,
    checkLead: textSchema,
  }),
});

export const localeSchemas = {
  questions: questionsLocaleSchema,
  plan: planLocaleSchema,
  fix: fixLocaleSchema,
} as const;
export type LocaleNamespace = keyof typeof localeSchemas;
