/** docs/rules.md#fnmt-certificate — the FNMT certificate verdict. */
import { describe, expect, it } from 'vitest';
import type { FnmtVerdict, RuleId } from '../../src/domain';
import { planFor, reasonsFor, type RuleCase } from './support/plan';

interface FnmtExpect {
  fnmt: FnmtVerdict;
  /** rule ids that must be among the fnmt reasons */
  rules?: RuleId[];
  /** rule ids that must NOT be among them */
  notRules?: RuleId[];
}

const cases: RuleCase<FnmtExpect>[] = [
  // required
  {
    sentence: 'a company needs a representative certificate: required, even with a personal certificate (cert=yes)',
    answers: { id: 'nie', cert: 'yes', work: 'company' },
    expect: { fnmt: 'required', rules: ['fnmt.company-needs-representative'] },
  },
  {
    sentence: 'a company without a certificate: required',
    answers: { id: 'nie', cert: 'no', work: 'company' },
    expect: { fnmt: 'required' },
  },
  {
    sentence: 'a DNI holder with a DNIe who runs a company: still required',
    answers: { id: 'dni', cert: 'yes', work: 'company' },
    expect: { fnmt: 'required' },
  },
  // usable certificate
  {
    sentence: 'a usable certificate makes FNMT not needed (reason: you already have one)',
    answers: { id: 'nie', cert: 'yes' },
    expect: { fnmt: 'not-needed', rules: ['fnmt.already-has-certificate'] },
  },
  {
    sentence: 'a usable certificate beats every recommended trigger (autónomo, sign, no phone)',
    answers: { id: 'nie', doc: 'nie-paper', cert: 'yes', work: 'autonomo', tasks: ['sign'], phone: 'none' },
    expect: { fnmt: 'not-needed', rules: ['fnmt.already-has-certificate'] },
  },
  {
    sentence: 'a DNI holder with a working DNIe: not needed',
    answers: { id: 'dni', cert: 'yes', app: 'yes' },
    expect: { fnmt: 'not-needed' },
  },
  // each recommended trigger alone
  {
    sentence: 'an autónomo alone: recommended (not compulsory)',
    answers: { work: 'autonomo' },
    expect: { fnmt: 'recommended', rules: ['fnmt.autonomo'] },
  },
  {
    sentence: 'signing alone: recommended',
    answers: { tasks: ['sign'] },
    expect: { fnmt: 'recommended', rules: ['fnmt.sign'] },
  },
  {
    sentence: 'an NIE with only the white sheet alone: recommended',
    answers: { id: 'nie', doc: 'nie-paper' },
    expect: { fnmt: 'recommended', rules: ['fnmt.nie-paper'] },
  },
  {
    sentence: 'no mobile alone: recommended',
    answers: { phone: 'none' },
    expect: { fnmt: 'recommended', rules: ['fnmt.no-phone'] },
  },
  {
    sentence: 'cannot visit while the letter is not viable (NIE pending): recommended',
    answers: { id: 'pending', doc: 'tie', visit: 'no' },
    expect: { fnmt: 'recommended', rules: ['fnmt.no-visit-no-remote'] },
  },
  {
    sentence: 'cannot visit while the letter is not viable (no NIE): recommended',
    answers: { id: 'none', doc: 'eu-cert', visit: 'no' },
    expect: { fnmt: 'recommended', rules: ['fnmt.no-visit-no-remote'] },
  },
  {
    sentence: 'cannot visit and has no phone (letter otherwise viable): recommended, for the no-visit reason too',
    answers: { id: 'nie', doc: 'tie', phone: 'none', visit: 'no' },
    expect: { fnmt: 'recommended', rules: ['fnmt.no-visit-no-remote', 'fnmt.no-phone'] },
  },
  // otherwise not needed
  {
    sentence: 'cannot visit but the letter is viable and there is a phone: not needed',
    answers: { id: 'nie', doc: 'tie', visit: 'no' },
    expect: { fnmt: 'not-needed', notRules: ['fnmt.no-visit-no-remote'] },
  },
  {
    sentence: 'a DNI holder without the app who cannot visit (letter viable): not needed',
    answers: { id: 'dni', app: 'no', visit: 'no' },
    expect: { fnmt: 'not-needed' },
  },
  {
    sentence: 'an employee with a card, a phone and an office nearby: not needed',
    answers: { id: 'nie', doc: 'eu-cert', work: 'employee', tasks: ['tax'] },
    expect: { fnmt: 'not-needed', rules: ['fnmt.not-needed'] },
  },
  {
    sentence: 'social security alone does not make FNMT recommended (advanced level ≠ certificate)',
    answers: { tasks: ['social-security'] },
    expect: { fnmt: 'not-needed' },
  },
  {
    sentence: 'a foreign mobile is still a mobile: not needed',
    answers: { phone: 'foreign' },
    expect: { fnmt: 'not-needed' },
  },
  {
    sentence: 'a pending NIE who can visit: not needed',
    answers: { id: 'pending', doc: 'tie', visit: 'yes' },
    expect: { fnmt: 'not-needed' },
  },
  {
    sentence: "a gestor's power of attorney alone never makes FNMT needed",
    answers: { tasks: ['gestor'] },
    expect: { fnmt: 'not-needed' },
  },
  {
    sentence: 'Modelo 720 (tax) alone never makes FNMT needed',
    answers: { tasks: ['tax'] },
    expect: { fnmt: 'not-needed' },
  },
  {
    sentence: 'gestor and tax with regular use, an autónomo-free employee: not needed',
    answers: { tasks: ['gestor', 'tax'], use: 'regular' },
    expect: { fnmt: 'not-needed' },
  },
  {
    sentence: 'health, notifications and immigration: not needed',
    answers: { tasks: ['health', 'notifications', 'immigration'] },
    expect: { fnmt: 'not-needed' },
  },
  // cert=yes without an assigned NIE counts as no certificate
  {
    sentence: 'cert=yes with id=pending counts as no certificate (no phone → recommended, not "already has one")',
    answers: { id: 'pending', doc: 'tie', cert: 'yes', phone: 'none' },
    expect: { fnmt: 'recommended', notRules: ['fnmt.already-has-certificate'] },
  },
  {
    sentence: 'cert=yes with id=pending and nothing else: not needed, but not because of a certificate',
    answers: { id: 'pending', doc: 'tie', cert: 'yes' },
    expect: { fnmt: 'not-needed', notRules: ['fnmt.already-has-certificate'] },
  },
  {
    sentence: 'cert=yes with id=none counts as no certificate (autónomo → recommended)',
    answers: { id: 'none', doc: 'tie', cert: 'yes', work: 'autonomo' },
    expect: { fnmt: 'recommended', notRules: ['fnmt.already-has-certificate'] },
  },
];

describe('FNMT certificate', () => {
  it.each(cases)('$sentence', ({ answers, expect: e }) => {
    const plan = planFor(answers);
    expect(plan.fnmt).toBe(e.fnmt);
    const reasons = reasonsFor(plan, 'fnmt');
    expect(reasons.length).toBeGreaterThan(0);
    const rules = reasons.map((r) => r.rule);
    for (const rule of e.rules ?? []) expect(rules).toContain(rule);
    for (const rule of e.notRules ?? []) expect(rules).not.toContain(rule);
    // Strength says "required" only when it is, and "recommended, not required" otherwise.
    if (e.fnmt === 'required') expect(reasons.some((r) => r.strength === 'required')).toBe(true);
    if (e.fnmt === 'recommended') {
      expect(reasons.every((r) => r.strength === 'recommended')).toBe(true);
    }
    if (e.fnmt === 'not-needed') expect(reasons.every((r) => r.strength === undefined)).toBe(true);
  });
});
