/** docs/rules.md#route — the primary registration route (rules 1–8, first match wins) and the level it gives. */
import { describe, expect, it } from 'vitest';
import type { Level, Route, RuleId, WarningId } from '../../src/domain';
import { planFor, ruleIdsFor, type RuleCase } from './support/plan';

interface RouteExpect {
  route: Route;
  /** the rule that chose it (must be among the route reasons) */
  rule?: RuleId;
  warnings?: WarningId[];
}

const cases: RuleCase<RouteExpect>[] = [
  // 1. usable certificate
  {
    sentence: 'rule 1: a usable certificate → certificate-online',
    answers: { id: 'nie', cert: 'yes' },
    expect: { route: 'certificate-online', rule: 'route.usable-certificate' },
  },
  {
    sentence: 'rule 1 beats rule 2: a DNI holder with the app AND a certificate → certificate-online, not app-video',
    answers: { id: 'dni', app: 'yes', cert: 'yes' },
    expect: { route: 'certificate-online', rule: 'route.usable-certificate' },
  },
  {
    sentence: 'rule 1 even for a company (FNMT required): the personal certificate still registers Cl@ve online',
    answers: { id: 'nie', cert: 'yes', work: 'company' },
    expect: { route: 'certificate-online' },
  },
  {
    sentence: 'rule 1 with sign and social security (advanced needed): certificate-online',
    answers: { id: 'nie', cert: 'yes', tasks: ['sign', 'social-security'] },
    expect: { route: 'certificate-online' },
  },
  {
    sentence: 'cert=yes without an assigned NIE is no certificate: pending → not certificate-online',
    answers: { id: 'pending', doc: 'tie', cert: 'yes' },
    expect: { route: 'in-person', rule: 'route.default-in-person' },
  },
  // 2. DNI + app
  {
    sentence: 'rule 2: a DNI holder with the app → app-video',
    answers: { id: 'dni', app: 'yes', cert: 'no' },
    expect: { route: 'app-video', rule: 'route.dni-app-video', warnings: ['video-review-can-remove'] },
  },
  {
    sentence: 'rule 2 beats rules 4–5: a DNI holder with the app who signs (advanced, FNMT recommended) → app-video',
    answers: { id: 'dni', app: 'yes', cert: 'no', tasks: ['sign'], work: 'autonomo' },
    expect: { route: 'app-video' },
  },
  {
    sentence: 'v3 rule 2 needs a phone: a DNI holder with the app but no mobile does not get app-video (visit, computer asked)',
    answers: { id: 'dni', phone: 'none', app: 'yes', cert: 'no', visit: 'yes', computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', rule: 'route.fnmt-one-trip' },
  },
  {
    sentence: 'v3 rule 2 needs a phone: DNI, app, no mobile, no computer → in-person (the letter needs app=no)',
    answers: { id: 'dni', phone: 'none', app: 'yes', cert: 'no', visit: 'yes', computer: 'no' },
    expect: { route: 'in-person', rule: 'route.default-in-person' },
  },
  {
    sentence: 'v3 rule 2 with a foreign mobile: DNI and the app → app-video',
    answers: { id: 'dni', phone: 'foreign', app: 'yes', cert: 'no' },
    expect: { route: 'app-video', rule: 'route.dni-app-video' },
  },
  {
    sentence: 'rule 2 needs the app: a DNI holder without it does not get app-video',
    answers: { id: 'dni', app: 'no', cert: 'no', fiscal: 'yes' },
    expect: { route: 'invitation-letter' },
  },
  {
    sentence: 'rule 2 is for DNI holders only: an NIE holder with the app never gets app-video',
    answers: { id: 'nie', doc: 'tie', app: 'yes', fiscal: 'yes' },
    expect: { route: 'invitation-letter', rule: 'route.nie-no-video', warnings: ['video-id-dni-only'] },
  },
  // 3. cannot visit
  {
    sentence: 'v3 rule 3a: cannot visit, wants to sign, has a computer → fnmt-then-certificate, not the letter (basic cannot sign)',
    answers: { id: 'nie', doc: 'tie', tasks: ['sign'], visit: 'no', computer: 'yes', fiscal: 'yes' },
    expect: { route: 'fnmt-then-certificate', rule: 'route.no-visit-sign-certificate' },
  },
  {
    sentence: 'v3 rule 3a for a DNI holder without the app: cannot visit, signs, a computer → fnmt-then-certificate',
    answers: { id: 'dni', app: 'no', cert: 'no', tasks: ['sign', 'tax'], visit: 'no', computer: 'yes', fiscal: 'unsure' },
    expect: { route: 'fnmt-then-certificate', rule: 'route.no-visit-sign-certificate' },
  },
  {
    sentence: 'v3 rule 3a needs a computer: cannot visit, signs, no computer → still the letter, with no-remote-route',
    answers: { id: 'nie', doc: 'tie', tasks: ['sign'], visit: 'no', computer: 'no', fiscal: 'yes' },
    expect: { route: 'invitation-letter', rule: 'route.no-visit-letter', warnings: ['no-remote-route', 'level-below-needed'] },
  },
  {
    sentence: 'rule 3a: cannot visit, letter viable and a phone → invitation-letter',
    answers: { id: 'nie', doc: 'tie', visit: 'no', fiscal: 'yes' },
    expect: { route: 'invitation-letter', rule: 'route.no-visit-letter' },
  },
  {
    sentence: 'rule 3a does not need fiscal=yes: cannot visit, fiscal=no → still the letter (census form first)',
    answers: { id: 'nie', doc: 'eu-cert', visit: 'no', fiscal: 'no' },
    expect: { route: 'invitation-letter', rule: 'route.no-visit-letter' },
  },
  {
    sentence: 'rule 3 beats rule 4: cannot visit, autónomo with a computer, letter viable → invitation-letter',
    answers: { id: 'nie', doc: 'tie', work: 'autonomo', visit: 'no', computer: 'yes', fiscal: 'yes' },
    expect: { route: 'invitation-letter', rule: 'route.no-visit-letter' },
  },
  {
    sentence: 'rule 3 beats rule 5: cannot visit, social security (advanced), letter viable → invitation-letter',
    answers: { id: 'nie', doc: 'tie', tasks: ['social-security'], visit: 'no', computer: 'no', fiscal: 'yes' },
    expect: { route: 'invitation-letter', warnings: ['level-below-needed'] },
  },
  {
    sentence: 'rule 3b: cannot visit, no phone, signs, a computer → fnmt-then-certificate (the signing rule comes first)',
    answers: { id: 'nie', doc: 'eu-cert', phone: 'none', tasks: ['sign'], visit: 'no', computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', rule: 'route.no-visit-sign-certificate' },
  },
  {
    sentence: 'rule 3b: cannot visit, white sheet only (no letter), a computer → fnmt-then-certificate (notarised signature)',
    answers: { id: 'nie', doc: 'nie-paper', visit: 'no', computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', rule: 'route.no-visit-fnmt-notary' },
  },
  {
    sentence: 'rule 3b: cannot visit, no phone (letter viable otherwise), a computer → fnmt-then-certificate',
    answers: { id: 'nie', doc: 'tie', phone: 'none', visit: 'no', computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', rule: 'route.no-visit-fnmt-notary' },
  },
  {
    sentence: 'rule 3c: cannot visit, no letter, no computer → in-person, with the no-remote-route warning',
    answers: { id: 'nie', doc: 'nie-paper', visit: 'no', computer: 'no' },
    expect: { route: 'in-person', rule: 'route.no-visit-nothing-remote', warnings: ['no-remote-route'] },
  },
  {
    sentence: 'rule 3c: cannot visit, no phone, no computer → in-person, no remote route',
    answers: { id: 'nie', doc: 'tie', phone: 'none', visit: 'no', computer: 'no' },
    expect: { route: 'in-person', rule: 'route.no-visit-nothing-remote', warnings: ['no-remote-route'] },
  },
  {
    sentence: 'rule 3c: NIE pending, cannot visit, no computer → in-person, no remote route',
    answers: { id: 'pending', doc: 'tie', visit: 'no', computer: 'no' },
    expect: { route: 'in-person', warnings: ['no-remote-route'] },
  },
  // 4. one trip for the FNMT
  {
    sentence: 'rule 4: FNMT recommended (autónomo) and a computer → fnmt-then-certificate (one trip)',
    answers: { work: 'autonomo', visit: 'yes', computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', rule: 'route.fnmt-one-trip' },
  },
  {
    sentence: 'rule 4: FNMT required (company) and a computer → fnmt-then-certificate',
    answers: { work: 'company', visit: 'yes', computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', rule: 'route.fnmt-one-trip' },
  },
  {
    sentence: 'rule 4: no phone, a computer → fnmt-then-certificate',
    answers: { phone: 'none', visit: 'yes', computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', rule: 'route.fnmt-one-trip' },
  },
  {
    sentence: 'rule 4 beats rule 5: sign (advanced) with a computer → fnmt-then-certificate, not in-person',
    answers: { tasks: ['sign'], visit: 'yes', computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', rule: 'route.fnmt-one-trip' },
  },
  {
    sentence: 'rule 4 beats rule 6: white sheet only with a computer → fnmt-then-certificate',
    answers: { id: 'nie', doc: 'nie-paper', visit: 'yes', computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', rule: 'route.fnmt-one-trip' },
  },
  {
    sentence: 'rule 4 needs a computer: FNMT recommended (autónomo) without one → rule 5, in-person',
    answers: { work: 'autonomo', visit: 'yes', computer: 'no' },
    expect: { route: 'in-person', rule: 'route.advanced-in-person' },
  },
  // 5. advanced → in person
  {
    sentence: 'rule 5: social security (advanced) → in-person',
    answers: { tasks: ['social-security'] },
    expect: { route: 'in-person', rule: 'route.advanced-in-person' },
  },
  {
    sentence: 'rule 5 beats rule 7: advanced needed, letter viable, fiscal=yes → in-person, not the letter',
    answers: { id: 'nie', doc: 'tie', tasks: ['social-security'], fiscal: 'yes' },
    expect: { route: 'in-person', rule: 'route.advanced-in-person' },
  },
  {
    sentence: 'rule 5: sign without a computer → in-person',
    answers: { tasks: ['sign'], computer: 'no' },
    expect: { route: 'in-person', rule: 'route.advanced-in-person' },
  },
  // 6. white sheet
  {
    sentence: 'rule 6: white sheet only, no computer → in-person (bring the sheet and the passport)',
    answers: { id: 'nie', doc: 'nie-paper', computer: 'no' },
    expect: { route: 'in-person', rule: 'route.nie-paper-in-person' },
  },
  // 7. letter
  {
    sentence: 'rule 7: letter viable, fiscal=yes → invitation-letter',
    answers: { id: 'nie', doc: 'tie', fiscal: 'yes' },
    expect: { route: 'invitation-letter', rule: 'route.letter', warnings: ['letter-goes-to-fiscal-address'] },
  },
  {
    sentence: 'rule 7: letter viable, fiscal=unsure → invitation-letter (census form first)',
    answers: { id: 'nie', doc: 'eu-cert', fiscal: 'unsure' },
    expect: { route: 'invitation-letter', rule: 'route.letter' },
  },
  {
    sentence: 'rule 7: a DNI holder without the app, fiscal=yes → invitation-letter',
    answers: { id: 'dni', app: 'no', cert: 'no', fiscal: 'yes' },
    expect: { route: 'invitation-letter', rule: 'route.letter' },
  },
  // 8. otherwise
  {
    sentence: 'rule 8: letter viable but fiscal=no → in-person',
    answers: { id: 'nie', doc: 'tie', fiscal: 'no' },
    expect: { route: 'in-person', rule: 'route.default-in-person' },
  },
  {
    sentence: 'rule 8: NIE pending (no letter) → in-person',
    answers: { id: 'pending', doc: 'eu-cert' },
    expect: { route: 'in-person', rule: 'route.default-in-person' },
  },
  {
    sentence: 'rule 8: no NIE at all → in-person',
    answers: { id: 'none', doc: 'tie' },
    expect: { route: 'in-person', rule: 'route.default-in-person' },
  },
];

describe('primary route', () => {
  it.each(cases)('$sentence', ({ answers, expect: e }) => {
    const plan = planFor(answers);
    expect(plan.route).toBe(e.route);
    if (e.rule !== undefined) expect(ruleIdsFor(plan, 'route')).toContain(e.rule);
    for (const w of e.warnings ?? []) expect(plan.warnings).toContain(w);
  });
});

interface ObtainedExpect {
  route: Route;
  level: Level;
  levelObtained: Level;
  belowNeeded: boolean;
}

const obtained: RuleCase<ObtainedExpect>[] = [
  {
    sentence: 'certificate-online gives advanced',
    answers: { id: 'nie', cert: 'yes' },
    expect: { route: 'certificate-online', level: 'basic', levelObtained: 'advanced', belowNeeded: false },
  },
  {
    sentence: 'v3: app-video gives advanced (after the manual review, nothing more to do); tax needs only basic',
    answers: { id: 'dni', app: 'yes', cert: 'no', tasks: ['tax'] },
    expect: { route: 'app-video', level: 'basic', levelObtained: 'advanced', belowNeeded: false },
  },
  {
    sentence: 'v3: app-video with signing (advanced needed): the review gives it, so no "raise your level" advice',
    answers: { id: 'dni', app: 'yes', cert: 'no', tasks: ['sign'] },
    expect: { route: 'app-video', level: 'advanced', levelObtained: 'advanced', belowNeeded: false },
  },
  {
    sentence: 'fnmt-then-certificate gives advanced',
    answers: { work: 'autonomo', computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', level: 'advanced', levelObtained: 'advanced', belowNeeded: false },
  },
  {
    sentence: 'in-person gives advanced (also when only basic is needed)',
    answers: { id: 'nie', doc: 'tie', fiscal: 'no' },
    expect: { route: 'in-person', level: 'basic', levelObtained: 'advanced', belowNeeded: false },
  },
  {
    sentence: 'invitation-letter gives basic; enough for tax',
    answers: { id: 'nie', doc: 'tie', fiscal: 'yes', tasks: ['tax'] },
    expect: { route: 'invitation-letter', level: 'basic', levelObtained: 'basic', belowNeeded: false },
  },
  {
    sentence: 'invitation-letter (cannot visit) gives basic; below what social security needs → say how to raise it',
    answers: { id: 'nie', doc: 'tie', tasks: ['social-security'], visit: 'no', computer: 'no', fiscal: 'yes' },
    expect: { route: 'invitation-letter', level: 'advanced', levelObtained: 'basic', belowNeeded: true },
  },
];

describe('level obtained follows the route, and the level-below-needed warning', () => {
  it.each(obtained)('$sentence', ({ answers, expect: e }) => {
    const plan = planFor(answers);
    expect([plan.route, plan.level, plan.levelObtained]).toEqual([e.route, e.level, e.levelObtained]);
    expect(plan.warnings.includes('level-below-needed')).toBe(e.belowNeeded);
    expect(plan.checklist.includes('raise-level')).toBe(e.belowNeeded);
  });
});
