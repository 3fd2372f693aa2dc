/**
 * Locale checks shared by the content tests: the keys English must have (derived from the
 * domain enums, never listed by hand), and the comparison of any locale against English.
 */
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
  QUESTION_IDS,
  QUESTION_VALUES,
  requirementIds,
  routeIds,
  routeNoteIds,
  ruleIds,
  variantIds,
  warningIds,
} from '../../src/domain';
import { flattenKeys, HINT_REQUIRED, placeholdersOf } from '../../src/catalog';

/** Keys a locale file must have, and patterns of keys it may have. */
export interface KeySpec {
  required: string[];
  optional: RegExp[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const each = (ids: readonly string[], prefix: string, fields: readonly string[] = ['']): string[] =>
  ids.flatMap((id) => fields.map((field) => (field === '' ? `${prefix}.${id}` : `${prefix}.${id}.${field}`)));

export function questionsKeySpec(): KeySpec {
  const hinted: readonly string[] = HINT_REQUIRED;
  const required = QUESTION_IDS.flatMap((q) => [
    `${q}.title`,
    `${q}.check`,
    ...(hinted.includes(q) ? [`${q}.hint`] : []),
    ...QUESTION_VALUES[q].map((v) => `${q}.options.${v}.label`),
  ]);
  const optional = QUESTION_IDS.flatMap((q) => [
    new RegExp(`^${escape(q)}\\.hint$`),
    ...QUESTION_VALUES[q].map((v) => new RegExp(`^${escape(q)}\\.options\\.${escape(v)}\\.hint$`)),
  ]);
  return { required, optional };
}

export function planKeySpec(): KeySpec {
  const titleBody = ['title', 'body'];
  const nameBody = ['name', 'body'];
  const required = [
    ...each(blockerIds.options, 'blockers', ['title', 'body', 'action']),
    ...each(levelIds.options, 'levels', nameBody),
    ...each(routeIds.options, 'routes', ['name', 'summary', 'duration', 'steps.1']),
    ...each(variantIds.options, 'variants', nameBody),
    ...each(alsoActivateIds.options, 'alsoActivate', nameBody),
    ...each(fnmtIds.options, 'fnmt', titleBody),
    'fnmt.companySteps.1',
    'fnmt.companySteps.2',
    ...each(warningIds.options, 'warnings', titleBody),
    ...each(routeNoteIds.options, 'routeNotes', titleBody),
    ...each(checklistGroupIds.options, 'checklist.groups'),
    ...each(checklistItemIds.options, 'checklist.items', titleBody),
    ...each(nextStepIds.options, 'nextSteps', titleBody),
    ...each(nextStepStatusIds.options, 'nextStepStatus'),
    ...each(officeIds.options, 'offices', ['name', 'body', 'linkLabel']),
    ...each(capabilityIds.options, 'capabilities'),
    ...each(requirementIds.options, 'requirements'),
    ...each(capabilityStatusIds.options, 'capabilityStatus'),
    ...each(ruleIds.options, 'rules'),
    ...each(flagIds.options, 'flags'),
    ...each(decisionIds.options, 'decisions'),
  ];
  const optional = routeIds.options.map((id) => new RegExp(`^routes\\.${escape(id)}\\.steps\\.[1-9]\\d*$`));
  return { required, optional };
}

export interface KeyReport {
  missing: string[];
  extra: string[];
  empty: string[];
}

const isBlank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** English against the spec derived from the domain. */
export function checkAgainstSpec(json: unknown, spec: KeySpec): KeyReport {
  const flat = flattenKeys(json);
  const keys = Object.keys(flat);
  const required = new Set(spec.required);
  return {
    missing: spec.required.filter((key) => !(key in flat)),
    extra: keys.filter((key) => !required.has(key) && !spec.optional.some((re) => re.test(key))),
    empty: keys.filter((key) => isBlank(flat[key])),
  };
}

export interface LocaleReport extends KeyReport {
  /** keys whose {{placeholders}} differ from English */
  placeholders: string[];
}

/** Any locale against English: same keys, nothing empty, the same {{placeholders}} per key. */
export function compareWithEnglish(english: unknown, other: unknown): LocaleReport {
  const en = flattenKeys(english);
  const xx = flattenKeys(other);
  const sameNames = (a: unknown, b: unknown): boolean =>
    typeof a === 'string' && typeof b === 'string' && placeholdersOf(a).join() === placeholdersOf(b).join();
  return {
    missing: Object.keys(en).filter((key) => !(key in xx)),
    extra: Object.keys(xx).filter((key) => !(key in en)),
    empty: Object.keys(xx).filter((key) => isBlank(xx[key])),
    placeholders: Object.keys(en).filter((key) => key in xx && !sameNames(en[key], xx[key])),
  };
}
