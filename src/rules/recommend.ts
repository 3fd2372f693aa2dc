/**
 * recommend(answers) → plan (docs/rules.md#how-a-plan-is-made). Pure: no React, i18n, storage,
 * DOM or clock. It validates its input with the domain schemas, drops off-path answers so they
 * can never influence the plan, then makes each decision in the order docs/rules.md gives
 * (blockers, level, FNMT, route, alternatives, login variant, also-activate) and the later parts
 * of the plan from them.
 */
import { answersSchema, type Answers, type Plan, type Reason } from '../domain';
import { catalog } from '../catalog';
import type { RuleHit } from './reasons';
import { missingOnPath, onPathAnswers } from './applicability';
import { decideBlockers } from './blockers';
import { decideCapabilities } from './capabilities';
import { decideChecklist } from './checklist';
import type { PlanContext } from './context';
import { decideFnmt } from './fnmt';
import { decideLevel, levelGivenBy } from './level';
import { decideNextSteps } from './next-steps';
import { decideOffices } from './offices';
import { decideAlternatives, decideRoute } from './route';
import { decideRouteNotes } from './route-notes';
import { decideAlsoActivate, decideVariant } from './variant';
import { decideWarnings } from './warnings';

/** One thing wrong with the input, in words a developer (or an agent's link) can act on. */
export interface AnswerIssue {
  /** the question id (or the key that is not one), or '' for the whole input */
  field: string;
  problem: 'not-an-object' | 'unknown-question' | 'invalid-value' | 'missing-answer';
  message: string;
}

export type RecommendResult = { ok: true; plan: Plan } | { ok: false; issues: AnswerIssue[] };

export class InvalidAnswersError extends Error {
  readonly issues: readonly AnswerIssue[];
  constructor(issues: readonly AnswerIssue[]) {
    super(`Cannot make a plan from these answers: ${issues.map((i) => i.message).join('; ')}`);
    this.name = 'InvalidAnswersError';
    this.issues = issues;
  }
}

/** Validates and, if the answers are complete and valid, makes the plan. Never throws. */
export function tryRecommend(input: unknown): RecommendResult {
  const parsed = answersSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: describeIssues(input, parsed.error.issues) };
  const missing = missingOnPath(parsed.data);
  if (missing.length > 0) {
    return {
      ok: false,
      issues: missing.map((q) => ({ field: q, problem: 'missing-answer', message: `"${q}" is not answered yet` })),
    };
  }
  return { ok: true, plan: makePlan(onPathAnswers(parsed.data)) };
}

/** The plan for a complete, valid set of answers; throws InvalidAnswersError (with the issues) otherwise. */
export function recommend(answers: Answers): Plan {
  const result = tryRecommend(answers);
  if (!result.ok) throw new InvalidAnswersError(result.issues);
  return result.plan;
}

function makePlan(a: Answers): Plan {
  const blockers = decideBlockers(a);
  const level = decideLevel(a);
  const fnmt = decideFnmt(a);
  const route = decideRoute({ answers: a, level: level.value, fnmt: fnmt.value });
  const alternatives = decideAlternatives(a, route.value);
  const variant = decideVariant(a);
  const also = decideAlsoActivate(a, variant.value, route.value);
  const routeRule = route.reasons[0]?.rule ?? 'route.default-in-person';
  const context: PlanContext = {
    a,
    level: level.value,
    levelObtained: levelGivenBy(route.value),
    route: route.value,
    routeRule,
    alternatives: alternatives.value,
    variant: variant.value,
    alsoActivate: also.value,
    fnmt: fnmt.value,
  };
  return {
    blockers: blockers.value,
    level: context.level,
    levelObtained: context.levelObtained,
    route: context.route,
    alternatives: alternatives.value,
    variant: variant.value,
    alsoActivate: also.value,
    fnmt: fnmt.value,
    checklist: decideChecklist(context),
    warnings: decideWarnings(context),
    routeNotes: decideRouteNotes(context),
    nextSteps: decideNextSteps(context),
    offices: decideOffices(context),
    capabilities: decideCapabilities(context),
    reasons: withSources([
      ...blockers.reasons,
      ...level.reasons,
      ...fnmt.reasons,
      ...route.reasons,
      ...alternatives.reasons,
      ...variant.reasons,
      ...also.reasons,
    ]),
  };
}

/** Attaches to every reason the sources the catalogue lists for its rule. */
function withSources(hits: readonly RuleHit[]): Reason[] {
  return hits.map((hit) => ({ ...hit, sources: [...catalog.ruleSources[hit.rule]] }));
}

interface ZodIssueLike {
  code: string;
  path: readonly PropertyKey[];
  keys?: readonly string[];
}

function describeIssues(input: unknown, issues: readonly ZodIssueLike[]): AnswerIssue[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ field: '', problem: 'not-an-object', message: 'answers must be an object keyed by question id' }];
  }
  return issues.flatMap((issue): AnswerIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return (issue.keys ?? []).map((key) => ({
        field: key,
        problem: 'unknown-question',
        message: `"${key}" is not a question id`,
      }));
    }
    const field = String(issue.path[0] ?? '');
    const value = (input as Record<string, unknown>)[field];
    return [{ field, problem: 'invalid-value', message: `"${field}" cannot be ${describeValue(value)}` }];
  });
}


/** A short, safe rendering of any value for an error message (no JSON.stringify: it throws on cycles and BigInt). */
function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `"${value.slice(0, 40)}"`;
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return String(value);
    case 'object':
      return value === null ? 'null' : Array.isArray(value) ? `a list of ${value.length}` : 'an object';
    case 'function':
    case 'symbol':
      return `a ${typeof value}`;
  }
}
