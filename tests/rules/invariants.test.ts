/**
 * Invariants over the enumerated answer space (see support/enumerate.ts). One pass computes
 * every plan once and runs every check; each invariant is then reported by its own `it` with
 * its first counter-example.
 *
 * The walk: every on-path question crossed with every value, EXCEPT that
 *  - tasks takes the 29 sets of "all pairs" (∅, each task, each pair of tasks), not all 128;
 *  - use and island are rotated (each value in turn), not crossed;
 * to stay inside the time budget (a plan costs ~0.1 ms). The full space (all 128 task sets,
 * everything crossed) is counted and walked for askedWhen in applicability.test.ts, and
 * off-path invariance has its own walk in off-path.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  alsoActivateIds,
  blockerIds,
  capabilityIds,
  checklistItemIds,
  decisionIds,
  fnmtIds,
  levelIds,
  nextStepIds,
  nextStepStatusIds,
  officeIds,
  routeIds,
  ruleIds,
  sourceIds,
  strengthIds,
  variantIds,
  warningIds,
  type Answers,
  type Plan,
} from '../../src/domain';
import { catalog } from '../../src/catalog';
import { tryRecommend } from '../../src/rules';
import { formatAnswers } from './support/answers';
import { forEachAnswerSet, TASK_PAIRS, type WalkOptions } from './support/enumerate';
import { InvariantRun, show, type Check } from './support/invariants';
import { implAskedWhen } from './support/plan';
import { CORRECTIONS } from './support/corrections';
import {
  ALTERNATIVES_TABLE,
  letterViable,
  modelCore,
  modelFnmt,
  modelLevelObtained,
  usableCertificate,
  viable,
} from './support/rules-model';

const WALK: WalkOptions = { askedWhen: implAskedWhen, taskSets: TASK_PAIRS, rotate: ['use', 'island'] };

const inEnum = (values: readonly string[]) => {
  const set = new Set(values);
  return (v: unknown): boolean => typeof v === 'string' && set.has(v);
};
const isBlocker = inEnum(blockerIds.options);
const isLevel = inEnum(levelIds.options);
const isRoute = inEnum(routeIds.options);
const isVariant = inEnum(variantIds.options);
const isAlso = inEnum(alsoActivateIds.options);
const isFnmt = inEnum(fnmtIds.options);
const isChecklist = inEnum(checklistItemIds.options);
const isWarning = inEnum(warningIds.options);
const isStep = inEnum(nextStepIds.options);
const isStatus = inEnum(nextStepStatusIds.options);
const isOffice = inEnum(officeIds.options);
const isCapability = inEnum(capabilityIds.options);
const isDecision = inEnum(decisionIds.options);
const isStrength = inEnum(strengthIds.options);
const isRule = inEnum(ruleIds.options);
const isSource = inEnum(sourceIds.options);

const hasDuplicates = (xs: readonly unknown[]): boolean => xs.some((x, i) => xs.indexOf(x) !== i);
const GROUP_RANK = { before: 0, 'at-office': 1, after: 2 } as const;
const RANK_OF = new Map(checklistItemIds.options.map((id) => [id, GROUP_RANK[catalog.checklist[id].group]]));
const CATALOG_RULES = new Set(Object.keys(catalog.ruleSources));
const CATALOG_SOURCES = new Set(Object.keys(catalog.sources));

function idProblems(p: Plan): string | undefined {
  const bad: string[] = [];
  const list = (name: string, xs: readonly unknown[], ok: (v: unknown) => boolean) => {
    for (const x of xs) if (!ok(x)) bad.push(`${name}:${show(x)}`);
    if (hasDuplicates(xs)) bad.push(`${name} repeats`);
  };
  list('blockers', p.blockers, isBlocker);
  list('level', [p.level], isLevel);
  list('levelObtained', [p.levelObtained], isLevel);
  list('route', [p.route], isRoute);
  list('alternatives', p.alternatives, isRoute);
  list('variant', [p.variant], isVariant);
  list('alsoActivate', p.alsoActivate, isAlso);
  list('fnmt', [p.fnmt], isFnmt);
  list('checklist', p.checklist, isChecklist);
  list('warnings', p.warnings, isWarning);
  list('nextSteps', p.nextSteps.map((s) => s.step), isStep);
  for (const s of p.nextSteps) if (!isStatus(s.status)) bad.push(`nextStep status ${show(s.status)}`);
  list('offices', p.offices, isOffice);
  list('capabilities', p.capabilities.map((c) => c.capability), isCapability);
  for (const r of p.reasons) {
    if (!isDecision(r.decision)) bad.push(`reason decision ${show(r.decision)}`);
    if (!isRule(r.rule)) bad.push(`reason rule ${show(r.rule)}`);
    if (r.strength !== undefined && !isStrength(r.strength)) bad.push(`reason strength ${show(r.strength)}`);
    for (const s of r.sources) if (!isSource(s)) bad.push(`reason source ${show(s)}`);
  }
  return bad.length > 0 ? bad.join(', ') : undefined;
}

const PLAN_CHECKS: Record<string, Check<Plan>> = {
  'every id of the plan is in its domain enum, no list repeats': (_a, p) => idProblems(p),

  'certificate-online exactly when there is a usable certificate': (a, p) =>
    (p.route === 'certificate-online') === usableCertificate(a) ? undefined : `route ${p.route}`,

  'app-video only for id=dni with app=yes': (a, p) =>
    p.route !== 'app-video' || (a.id === 'dni' && a.app === 'yes') ? undefined : 'app-video',

  'fnmt-then-certificate only when (FNMT required/recommended or visit=no) and computer=yes': (a, p) =>
    p.route !== 'fnmt-then-certificate' || ((p.fnmt !== 'not-needed' || a.visit === 'no') && a.computer === 'yes')
      ? undefined
      : `fnmt-then-certificate with fnmt=${p.fnmt}`,

  'invitation-letter only when the letter is viable': (a, p) =>
    p.route !== 'invitation-letter' || letterViable(a) ? undefined : 'invitation-letter',

  'alternatives: the table\'s order, viable, never the primary': (a, p) => {
    const table = ALTERNATIVES_TABLE[p.route];
    let last = -1;
    for (const alt of p.alternatives) {
      const at = table.indexOf(alt);
      if (alt === p.route) return `repeats the primary ${alt}`;
      if (at < 0) return `${alt} is not in the table for ${p.route}`;
      if (at <= last) return `out of order: ${show(p.alternatives)}`;
      if (!viable(alt, a)) return `${alt} is not viable`;
      last = at;
    }
    const missing = table.filter((r) => r !== p.route && viable(r, a) && !p.alternatives.includes(r));
    return missing.length > 0 ? `viable ${show(missing)} missing from ${show(p.alternatives)} (route ${p.route})` : undefined;
  },

  'firma in alsoActivate only with the sign task': (a, p) =>
    !p.alsoActivate.includes('firma') || (a.tasks?.includes('sign') ?? false) ? undefined : 'firma without sign',

  'permanente is never both primary and also': (_a, p) =>
    p.variant === 'permanente' && p.alsoActivate.includes('permanente') ? 'permanente twice' : undefined,

  'no-mobile exactly when phone=none without a usable certificate': (a, p) =>
    p.blockers.includes('no-mobile') === (a.phone === 'none' && !usableCertificate(a))
      ? undefined
      : `blockers ${show(p.blockers)}`,

  'NIE holders never get app-video, and get video-id-dni-only unless certificate-online': (a, p) => {
    if (a.id !== 'nie') return undefined;
    if (p.route === 'app-video') return 'app-video for an NIE holder';
    const shown = p.warnings.includes('video-id-dni-only');
    return shown === (p.route !== 'certificate-online') ? undefined : `video-id-dni-only ${shown ? 'shown' : 'missing'} on ${p.route}`;
  },

  'levelObtained matches the route': (_a, p) =>
    p.levelObtained === modelLevelObtained(p.route) ? undefined : `${p.route} gives ${p.levelObtained}`,

  'level-below-needed (warning and raise-level item) exactly when obtained < needed': (_a, p) => {
    const below = p.levelObtained === 'basic' && p.level === 'advanced';
    if (p.warnings.includes('level-below-needed') !== below) return `warning ${below ? 'missing' : 'shown'} (${p.level}/${p.levelObtained})`;
    return undefined;
  },

  'reasons: rule and source ids exist in the catalogue; each decision explained': (_a, p) => {
    for (const r of p.reasons) {
      if (!CATALOG_RULES.has(r.rule)) return `rule ${r.rule} not in catalogue`;
      for (const s of r.sources) if (!CATALOG_SOURCES.has(s)) return `source ${s} not in catalogue`;
      if (r.sources.length === 0) return `rule ${r.rule} has no source`;
    }
    const explained = new Set(p.reasons.map((r) => r.decision));
    for (const d of decisionIds.options) {
      if (!explained.has(d) && (d !== 'blockers' || p.blockers.length > 0)) return `no reason for ${d}`;
    }
    return undefined;
  },

  'checklist: no duplicates, grouped before → at-office → after': (_a, p) => {
    if (hasDuplicates(p.checklist)) return `duplicates in ${show(p.checklist)}`;
    const ranks = p.checklist.map((id) => RANK_OF.get(id) ?? -1);
    return ranks.every((r, i) => i === 0 || (ranks[i - 1] ?? 0) <= r) ? undefined : `groups out of order: ${show(p.checklist)}`;
  },

  'nextSteps has exactly one now': (_a, p) => {
    const now = p.nextSteps.filter((s) => s.status === 'now').length;
    return now === 1 ? undefined : `${now} steps are now: ${show(p.nextSteps)}`;
  },

  'the core decisions equal the rules model': (a, p) => {
    const want = modelCore(a);
    const got = {
      blockers: [...p.blockers].sort(),
      level: p.level,
      levelObtained: p.levelObtained,
      route: p.route,
      alternatives: p.alternatives,
      variant: p.variant,
      alsoActivate: [...p.alsoActivate].sort(),
      fnmt: p.fnmt,
    };
    const same = (x: unknown, y: unknown): boolean =>
      Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => v === y[i]) : x === y;
    const diff = (Object.keys(want) as (keyof typeof want)[]).filter((k) => !same(want[k], got[k]));
    return diff.length === 0 ? undefined : diff.map((k) => `${k}: model ${show(want[k])} vs got ${show(got[k])}`).join('; ');
  },
};

const run = new InvariantRun<Plan>(PLAN_CHECKS);
/** The content corrections, as checks, and how many combinations each one applied to. */
const corrections = new InvariantRun<Plan>(
  Object.fromEntries(
    Object.entries(CORRECTIONS).map(([name, c]) => [name, (a: Answers, p: Plan) => (c.applies(a, p) ? c.problem(a, p) : undefined)]),
  ),
);
const applied = new Map<string, number>();
const VALID = 'every combination yields a valid plan (tryRecommend ok)';
const GESTOR = 'adding gestor or tax to the tasks never changes the fnmt verdict';
/** fnmt verdicts per combination, keyed without island and use (rotated) — for the gestor/tax invariant. */
const fnmtByKey = new Map<string, Set<string>>();
const keyOf = (a: Answers, tasks: readonly string[]): string =>
  formatAnswers({ ...a, tasks: [...tasks].sort() as Answers['tasks'], island: undefined, use: undefined });

let recTime = 0;
let checkTime = 0;
beforeAll(() => {
  const started = performance.now();
  forEachAnswerSet(WALK, (answers) => {
    const a = { ...answers };
    let result;
    try {
      const t0 = performance.now();
      result = tryRecommend(a);
      recTime += performance.now() - t0;
    } catch (error) {
      run.combinations += 1;
      run.record(VALID, a, `threw ${String(error)}`);
      return;
    }
    if (!result.ok) {
      run.combinations += 1;
      run.record(VALID, a, `issues ${show(result.issues)}`);
      return;
    }
    const t1 = performance.now();
    run.run(a, result.plan);
    corrections.run(a, result.plan);
    for (const [name, c] of Object.entries(CORRECTIONS)) {
      if (c.applies(a, result.plan)) applied.set(name, (applied.get(name) ?? 0) + 1);
    }
    checkTime += performance.now() - t1;
    const key = keyOf(a, a.tasks ?? []);
    const set = fnmtByKey.get(key) ?? new Set<string>();
    set.add(result.plan.fnmt);
    fnmtByKey.set(key, set);
  });
  // Compare each combination with the same one plus gestor / plus tax (present in the walk for |tasks| ≤ 1).
  for (const [key, verdicts] of fnmtByKey) {
    const tasksPart = /(?:^| )tasks=([^ ]*)/.exec(key)?.[1] ?? '';
    const tasks = tasksPart === '' ? [] : tasksPart.split(',');
    if (tasks.length > 1) continue;
    for (const extra of ['gestor', 'tax']) {
      if (tasks.includes(extra)) continue;
      const otherKey = key.replace(/(^| )tasks=[^ ]*/, `$1tasks=${[...tasks, extra].sort().join(',')}`);
      const other = fnmtByKey.get(otherKey);
      if (other === undefined) {
        run.record(GESTOR, { tasks: [] }, `${key}: adding ${extra} changes which questions are asked (no match)`);
      } else if (show([...verdicts].sort()) !== show([...other].sort())) {
        run.record(GESTOR, { tasks: [] }, `${key}: fnmt ${show([...verdicts])} → with ${extra} ${show([...other])}`);
      }
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[invariants] walked ${run.combinations} combinations (tasks: all pairs; use, island rotated) in ${seconds}s rec ${recTime.toFixed(0)} checks ${checkTime.toFixed(0)}`);
  console.log(`[corrections] combinations each correction applied to: ${[...applied].map(([n, c]) => `${n.slice(0, 2).trim()}=${c}`).join(' ')}`);
}, 120_000);

describe('invariants over the enumerated answer space', () => {
  it(VALID, () => {
    expect(run.combinations).toBeGreaterThan(50_000);
    expect(run.verdict(VALID)).toBe('holds');
  });

  it.each(Object.keys(PLAN_CHECKS))('%s', (name) => {
    expect(run.verdict(name)).toBe('holds');
  });

  it(`${GESTOR} (through the plan; tasks ∅ or one task, + gestor / + tax)`, () => {
    expect(fnmtByKey.size).toBeGreaterThan(0);
    expect(run.verdict(GESTOR)).toBe('holds');
  });

  it('the rules model itself never makes FNMT depend on gestor or tax (sanity of the model)', () => {
    const a: Answers = { id: 'nie', doc: 'tie', phone: 'es', app: 'no', cert: 'no', work: 'employee', tasks: [], visit: 'yes' };
    expect(modelFnmt({ ...a, tasks: ['gestor', 'tax'] })).toBe(modelFnmt(a));
  });
});

describe('the content corrections of rules v3, over the enumerated answer space', () => {
  it.each(Object.keys(CORRECTIONS))('%s', (name) => {
    // Each correction must be exercised by the walk, not hold vacuously.
    expect(applied.get(name) ?? 0).toBeGreaterThan(0);
    expect(corrections.verdict(name)).toBe('holds');
  });
});
