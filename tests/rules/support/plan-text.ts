/**
 * What a plan says, as the English locale keys the plan page shows for it (ids → keys), so a
 * test over the whole answer space can ask "does any plan say X?" without rendering each one.
 * tests/ui/result/plan-text.test.tsx renders sample plans and proves every key listed here
 * is really on the page, so this list cannot drift from the UI unnoticed.
 */
import plan from '../../../content/locales/en/plan.json';
import { flattenKeys } from '../../../src/catalog';
import { catalog } from '../../../src/catalog';
import type { FlagId, Plan } from '../../../src/domain';

/** Every English plan.json key with its text. */
export const PLAN_TEXT: Readonly<Record<string, string>> = flattenKeys(plan) as Record<string, string>;

const STEP_KEYS = new Map<string, string[]>();
const stepKeys = (route: Plan['route']): string[] => {
  let keys = STEP_KEYS.get(route);
  if (keys === undefined) {
    keys = Object.keys(PLAN_TEXT).filter((k) => k.startsWith(`routes.${route}.steps.`));
    STEP_KEYS.set(route, keys);
  }
  return keys;
};

/** Each plan's keys are worked out once, however many checks ask. */
const KEYS_OF = new WeakMap<Plan, string[]>();

/** The plan.json keys whose text the plan page shows for this plan. */
export function planTextKeys(p: Plan): string[] {
  let keys = KEYS_OF.get(p);
  if (keys === undefined) {
    keys = computeKeys(p);
    KEYS_OF.set(p, keys);
  }
  return keys;
}

function computeKeys(p: Plan): string[] {
  const keys: string[] = [];
  const flag = (id: FlagId | undefined) => {
    if (id !== undefined) keys.push(`flags.${id}`);
  };
  for (const b of p.blockers) keys.push(`blockers.${b}.title`, `blockers.${b}.body`, `blockers.${b}.action`);
  keys.push(`variants.${p.variant}.name`, `variants.${p.variant}.body`);
  for (const a of p.alsoActivate) keys.push(`alsoActivate.${a}.name`, `alsoActivate.${a}.body`);
  keys.push(`routes.${p.route}.name`, `routes.${p.route}.summary`, `routes.${p.route}.duration`, ...stepKeys(p.route));
  for (const n of p.routeNotes) {
    keys.push(`routeNotes.${n}.title`, `routeNotes.${n}.body`);
    flag(catalog.routeNotes[n].flag);
  }
  keys.push(`levels.${p.level}.name`, `levels.${p.level}.body`, `levels.${p.levelObtained}.name`);
  if (p.checklist.includes('raise-level')) keys.push('checklist.items.raise-level.body');
  for (const alt of p.alternatives) keys.push(`routes.${alt}.name`, `routes.${alt}.summary`);
  keys.push(`fnmt.${p.fnmt}.title`, `fnmt.${p.fnmt}.body`);
  if (p.reasons.some((r) => r.rule === 'fnmt.company-needs-representative')) keys.push('fnmt.companySteps.1', 'fnmt.companySteps.2');
  for (const id of p.checklist) {
    keys.push(`checklist.items.${id}.title`, `checklist.items.${id}.body`);
    flag(catalog.checklist[id].flag);
  }
  for (const id of p.warnings) {
    keys.push(`warnings.${id}.title`, `warnings.${id}.body`);
    flag(catalog.warnings[id].flag);
  }
  for (const { step } of p.nextSteps) keys.push(`nextSteps.${step}.title`, `nextSteps.${step}.body`);
  for (const id of p.offices) keys.push(`offices.${id}.name`, `offices.${id}.body`);
  for (const row of p.capabilities) {
    keys.push(`capabilities.${row.capability}`, `requirements.${row.requirement}`, `capabilityStatus.${row.status}`);
  }
  // "Why?" for the alternatives sits inside their block, which only shows when there are some.
  for (const r of p.reasons) if (r.decision !== 'alternatives' || p.alternatives.length > 0) keys.push(`rules.${r.rule}`);
  return [...new Set(keys)];
}

/**
 * A fast "does this plan say something matching `pattern`?": the matching keys are found once;
 * each plan then only looks its keys up. Returns the first matching key, or undefined.
 */
export function sayer(pattern: RegExp): (p: Plan) => string | undefined {
  const matching = new Set(Object.keys(PLAN_TEXT).filter((k) => pattern.test(PLAN_TEXT[k] ?? '')));
  return (p) => planTextKeys(p).find((k) => matching.has(k));
}
