/**
 * Schemas for everything under content/: the language-neutral catalogue (sources, flags,
 * checklist items, warnings, next steps, offices, capabilities, rule sources) and the
 * locale files (questions.json, plan.json). Every id-keyed table is a z.record over a
 * domain enum, which zod 4 checks exhaustively: a missing or unknown id fails the parse.
 * The catalogue's TypeScript types are derived from these schemas.
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
  islandValues,
  levelIds,
  nextStepIds,
  nextStepStatusIds,
  officeIds,
  requirementIds,
  routeIds,
  routeNoteIds,
  ruleIds,
  sourceIds,
  taskValues,
  variantIds,
  warningIds,
  workValues,
  QUESTION_IDS,
  QUESTIONS,
  valuesOf,
  type QuestionId,
} from '../domain';

// ── shared pieces ────────────────────────────────────────────────────────────

const noRepeats = (items: readonly unknown[]): boolean => new Set(items).size === items.length;

/** Non-empty text that is not only whitespace. */
const text = z.string().check(z.minLength(1), z.regex(/\S/, { error: 'must not be blank' }));

/** An http(s) web address. */
export const webUrlSchema = z.url({ protocol: /^https?$/ });

/** A calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();

/** One or more distinct source ids: nothing in the catalogue goes unsourced. */
const sourceList = z
  .array(sourceIds)
  .check(z.minLength(1, { error: 'cite at least one source' }), z.refine(noRepeats, { error: 'repeated source' }));

// ── catalogue ────────────────────────────────────────────────────────────────

export const sourceKindSchema = z.enum(['official', 'secondary']);
/** The fact sheet's H / M / L. */
export const confidenceSchema = z.enum(['high', 'medium', 'low']);

export const sourceSchema = z.strictObject({
  /** the page's own name, short */
  title: text,
  publisher: text,
  /** the page's Spanish or English address where one exists, never a regional-language copy */
  url: webUrlSchema,
  kind: sourceKindSchema,
  confidence: confidenceSchema,
  /** the day the team last read the page (shown as "read on …"), not a live check */
  lastChecked: isoDateSchema,
});

export const flagStatusSchema = z.enum(['temporary', 'uncertain']);
export const flagSchema = z.strictObject({
  status: flagStatusSchema,
  /** how sure the sources let us be of the fact the flag qualifies */
  confidence: confidenceSchema,
  sources: sourceList,
});

export const checklistItemSchema = z.strictObject({
  group: checklistGroupIds,
  sources: sourceList,
  /** the official page the user acts on */
  link: z.optional(webUrlSchema),
  flag: z.optional(flagIds),
});

export const warningToneSchema = z.enum(['info', 'caution']);
export const warningSchema = z.strictObject({
  tone: warningToneSchema,
  sources: sourceList,
  flag: z.optional(flagIds),
});

export const routeNoteSchema = z.strictObject({
  sources: sourceList,
  flag: z.optional(flagIds),
  /** also named in the plan's summary row for the route */
  inSummary: z.boolean(),
});

export const nextStepSchema = z.strictObject({
  sources: sourceList,
  link: z.optional(webUrlSchema),
});

/** Strict on purpose: an office has no `address` field, so none can be invented. */
export const officeSchema = z.strictObject({
  islands: z.array(islandValues).check(z.minLength(1), z.refine(noRepeats, { error: 'repeated island' })),
  bookingUrl: webUrlSchema,
  sources: sourceList,
});

export const capabilitySchema = z.strictObject({
  requirement: requirementIds,
  /** the user's tasks that make this procedure relevant (may be none) */
  tasks: z.array(taskValues).check(z.refine(noRepeats, { error: 'repeated task' })),
  /** situations that make it relevant whatever the tasks */
  work: z.optional(z.array(workValues).check(z.minLength(1), z.refine(noRepeats, { error: 'repeated work' }))),
  /** the online service is not available to EU citizens (holders of the EU registration certificate) */
  notForEu: z.optional(z.literal(true)),
  /** situations for which the row is left out because it would mislead (e.g. 036 with Cl@ve for a company) */
  hiddenFor: z.optional(z.array(workValues).check(z.minLength(1), z.refine(noRepeats, { error: 'repeated work' }))),
  sources: sourceList,
});

export const catalogSchema = z.strictObject({
  sources: z.record(sourceIds, sourceSchema),
  flags: z.record(flagIds, flagSchema),
  checklist: z.record(checklistItemIds, checklistItemSchema),
  warnings: z.record(warningIds, warningSchema),
  routeNotes: z.record(routeNoteIds, routeNoteSchema),
  nextSteps: z.record(nextStepIds, nextStepSchema),
  offices: z.record(officeIds, officeSchema),
  capabilities: z.record(capabilityIds, capabilitySchema),
  /** the sources behind each rule; the rules attach them to every reason they record */
  ruleSources: z.record(ruleIds, sourceList),
});

export type SourceKind = z.infer<typeof sourceKindSchema>;
export type Confidence = z.infer<typeof confidenceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type FlagStatus = z.infer<typeof flagStatusSchema>;
export type Flag = z.infer<typeof flagSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type WarningTone = z.infer<typeof warningToneSchema>;
export type Warning = z.infer<typeof warningSchema>;
export type RouteNote = z.infer<typeof routeNoteSchema>;
export type NextStepEntry = z.infer<typeof nextStepSchema>;
export type Office = z.infer<typeof officeSchema>;
export type Capability = z.infer<typeof capabilitySchema>;
export type Catalog = z.infer<typeof catalogSchema>;

// ── locales ──────────────────────────────────────────────────────────────────

const option = z.strictObject({ label: text, hint: z.optional(text) });

const questionLocale = <Q extends QuestionId>(q: Q) => {
  const options = z.record(valuesOf(q), option);
  return QUESTIONS[q].hint === 'required'
    ? z.strictObject({ title: text, check: text, hint: text, options })
    : z.strictObject({ title: text, check: text, hint: z.optional(text), options });
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
const steps = z.record(z.string().check(z.regex(/^[1-9]\d*$/)), text).check(
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

const titleBody = z.strictObject({ title: text, body: text });
const nameBody = z.strictObject({ name: text, body: text });

/** plan.json: every id the rules can return, in words. */
export const planLocaleSchema = z.strictObject({
  blockers: z.record(blockerIds, z.strictObject({ title: text, body: text, action: text })),
  levels: z.record(levelIds, nameBody),
  routes: z.record(routeIds, z.strictObject({ name: text, summary: text, duration: text, steps })),
  variants: z.record(variantIds, nameBody),
  alsoActivate: z.record(alsoActivateIds, nameBody),
  fnmt: z.strictObject({
    ...shapeOf(fnmtIds.options, titleBody),
    companySteps: z.strictObject({ '1': text, '2': text }),
  }),
  warnings: z.record(warningIds, titleBody),
  routeNotes: z.record(routeNoteIds, titleBody),
  checklist: z.strictObject({
    groups: z.record(checklistGroupIds, text),
    items: z.record(checklistItemIds, titleBody),
  }),
  nextSteps: z.record(nextStepIds, titleBody),
  nextStepStatus: z.record(nextStepStatusIds, text),
  offices: z.record(officeIds, z.strictObject({ name: text, body: text, linkLabel: text })),
  capabilities: z.record(capabilityIds, text),
  requirements: z.record(requirementIds, text),
  capabilityStatus: z.record(capabilityStatusIds, text),
  rules: nestedRecord(ruleIds.options, text),
  flags: z.record(flagIds, text),
  decisions: z.record(decisionIds, text),
});

export type QuestionsLocale = z.infer<typeof questionsLocaleSchema>;
export type PlanLocale = z.infer<typeof planLocaleSchema>;

/** The locale namespaces this module owns, with their schemas (ui.json belongs to the UI). */
export const localeSchemas = {
  questions: questionsLocaleSchema,
  plan: planLocaleSchema,
} as const;
export type LocaleNamespace = keyof typeof localeSchemas;
