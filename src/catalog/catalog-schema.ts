/**
 * The schema of the language-neutral catalogue under content/catalog (sources, flags, checklist
 * items, warnings, route notes, next steps, offices, capabilities, rule sources). Every id-keyed
 * table is a z.record over a domain enum, which zod 4 checks exhaustively: a missing or unknown
 * id fails the parse. The catalogue's TypeScript types are derived from these schemas.
 */
import * as z from 'zod/mini';
import {
  capabilityIds,
  checklistGroupIds,
  checklistItemIds,
  flagIds,
  islandValues,
  nextStepIds,
  officeIds,
  requirementIds,
  routeNoteIds,
  fixIds,
  fixNoteIds,
  ruleIds,
  sourceIds,
  taskValues,
  warningIds,
  workValues,
} from '../domain';

// ── shared pieces ────────────────────────────────────────────────────────────

const noRepeats = (items: readonly unknown[]): boolean => new Set(items).size === items.length;

/** Non-empty textSchema that is not only whitespace. */
export const textSchema = z.string().check(z.minLength(1), z.regex(/\S/, { error: 'must not be blank' }));

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
/** How sure a page lets us be (docs/facts.md#how-facts-are-sourced). */
export const confidenceSchema = z.enum(['high', 'medium', 'low']);

export const sourceSchema = z.strictObject({
  /** the page's own name, short */
  title: textSchema,
  publisher: textSchema,
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
/** What an office is sourced to do: register people in Cl@ve, and change an existing registration. */
export const officeServiceSchema = z.enum(['register', 'change']);

export const officeSchema = z.strictObject({
  islands: z.array(islandValues).check(z.minLength(1), z.refine(noRepeats, { error: 'repeated island' })),
  services: z.array(officeServiceSchema).check(z.minLength(1), z.refine(noRepeats, { error: 'repeated service' })),
  bookingUrl: webUrlSchema,
  sources: sourceList,
});

/** A fix (the "I already have Cl@ve" path): the pages behind it, and an uncertain fact it rests on. */
export const fixEntrySchema = z.strictObject({
  sources: sourceList,
  flag: z.optional(flagIds),
  /** the official page the user acts on */
  link: z.optional(webUrlSchema),
});

export const fixNoteSchema = z.strictObject({
  sources: sourceList,
  flag: z.optional(flagIds),
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
  fixes: z.record(fixIds, fixEntrySchema),
  fixNotes: z.record(fixNoteIds, fixNoteSchema),
  nextSteps: z.record(nextStepIds, nextStepSchema),
  offices: z.record(officeIds, officeSchema),
  capabilities: z.record(capabilityIds, capabilitySchema),
  /** the sources behind each rule; the rules attach them to every reason they record */
  ruleSources: z.record(ruleIds, sourceList),
});

export type SourceKind = z.infer<typeof sourceKindSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Flag = z.infer<typeof flagSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type Warning = z.infer<typeof warningSchema>;
export type RouteNote = z.infer<typeof routeNoteSchema>;
export type FixEntry = z.infer<typeof fixEntrySchema>;
export type FixNote = z.infer<typeof fixNoteSchema>;
export type NextStepEntry = z.infer<typeof nextStepSchema>;
export type Office = z.infer<typeof officeSchema>;
export type Capability = z.infer<typeof capabilitySchema>;
export type Catalog = z.infer<typeof catalogSchema>;
