/** docs/rules.md#level-needed — level needed. */
import { describe, expect, it } from 'vitest';
import type { Level, RuleId, Strength } from '../../src/domain';
import { planFor, reasonsFor, type RuleCase } from './support/plan';

interface LevelExpect {
  level: Level;
  /** the strongest strength among the level reasons (none for basic) */
  strength?: Strength;
  /** rule ids that must be among the level reasons */
  rules?: RuleId[];
}

const cases: RuleCase<LevelExpect>[] = [
  {
    sentence: 'signing documents needs the advanced level (required: Cl@ve Firma)',
    answers: { tasks: ['sign'] },
    expect: { level: 'advanced', strength: 'required', rules: ['level.sign-needs-advanced'] },
  },
  {
    sentence: 'Seguridad Social makes the advanced level recommended, not required',
    answers: { tasks: ['social-security'] },
    expect: { level: 'advanced', strength: 'recommended', rules: ['level.social-security-recommends-advanced'] },
  },
  {
    sentence: 'an autónomo is recommended the advanced level, even without tasks',
    answers: { work: 'autonomo', tasks: [] },
    expect: { level: 'advanced', strength: 'recommended', rules: ['level.autonomo-recommends-advanced'] },
  },
  {
    sentence: 'sign with social security: advanced, and the sign reason is required',
    answers: { tasks: ['sign', 'social-security'] },
    expect: {
      level: 'advanced',
      strength: 'required',
      rules: ['level.sign-needs-advanced', 'level.social-security-recommends-advanced'],
    },
  },
  {
    sentence: 'an autónomo who signs: advanced, required',
    answers: { work: 'autonomo', tasks: ['sign'] },
    expect: { level: 'advanced', strength: 'required', rules: ['level.sign-needs-advanced', 'level.autonomo-recommends-advanced'] },
  },
  {
    sentence: 'a pensioner dealing with social security: advanced, recommended',
    answers: { work: 'pensioner', tasks: ['social-security'] },
    expect: { level: 'advanced', strength: 'recommended' },
  },
  { sentence: 'no tasks: basic', answers: { tasks: [] }, expect: { level: 'basic', rules: ['level.basic-suffices'] } },
  { sentence: 'tax (Modelo 100/720) works at basic level', answers: { tasks: ['tax'] }, expect: { level: 'basic' } },
  { sentence: "a gestor's power at the AEAT works at basic level", answers: { tasks: ['gestor'] }, expect: { level: 'basic' } },
  { sentence: 'notifications work at basic level', answers: { tasks: ['notifications'] }, expect: { level: 'basic' } },
  {
    sentence: 'health stays basic (the patient portal asks for Permanente, names no level)',
    answers: { tasks: ['health'] },
    expect: { level: 'basic' },
  },
  { sentence: 'immigration status stays basic', answers: { tasks: ['immigration'] }, expect: { level: 'basic' } },
  {
    sentence: 'every task except sign and social security together: still basic',
    answers: { tasks: ['tax', 'gestor', 'health', 'notifications', 'immigration'] },
    expect: { level: 'basic' },
  },
  {
    sentence: 'running a company is not being an autónomo: basic unless the tasks say otherwise',
    answers: { work: 'company', tasks: ['tax'] },
    expect: { level: 'basic' },
  },
  { sentence: 'a student with tax: basic', answers: { work: 'student', tasks: ['tax'] }, expect: { level: 'basic' } },
  {
    sentence: 'regular use does not raise the level',
    answers: { use: 'regular', tasks: ['tax'] },
    expect: { level: 'basic' },
  },
  {
    sentence: 'the level does not depend on the identity document (DNI, sign → advanced)',
    answers: { id: 'dni', app: 'no', tasks: ['sign'] },
    expect: { level: 'advanced', strength: 'required' },
  },
  {
    sentence: 'nor on holding a certificate (cert=yes, social-security → advanced)',
    answers: { id: 'nie', cert: 'yes', tasks: ['social-security'] },
    expect: { level: 'advanced', strength: 'recommended' },
  },
];

describe('level needed', () => {
  it.each(cases)('$sentence', ({ answers, expect: e }) => {
    const plan = planFor(answers);
    expect(plan.level).toBe(e.level);
    const reasons = reasonsFor(plan, 'level');
    expect(reasons.length).toBeGreaterThan(0);
    const strengths = reasons.map((r) => r.strength);
    if (e.level === 'basic') {
      expect(strengths.filter((s) => s !== undefined)).toEqual([]);
    } else {
      const strongest = strengths.includes('required') ? 'required' : strengths.includes('recommended') ? 'recommended' : undefined;
      expect(strongest).toBe(e.strength);
    }
    for (const rule of e.rules ?? []) expect(reasons.map((r) => r.rule)).toContain(rule);
  });
});
