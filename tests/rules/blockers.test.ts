/** docs/rules.md#blockers — blockers, shown first; the rest of the plan is still produced as a preview. */
import { describe, expect, it } from 'vitest';
import type { BlockerId, Route } from '../../src/domain';
import { planFor, reasonsFor, type RuleCase } from './support/plan';

interface BlockerExpect {
  /** as a set */
  blockers: BlockerId[];
  noMobileWithCertificate: boolean;
  route?: Route;
}

const cases: RuleCase<BlockerExpect>[] = [
  {
    sentence: 'no NIE → no-nie (get an NIE first)',
    answers: { id: 'none', doc: 'tie' },
    expect: { blockers: ['no-nie'], noMobileWithCertificate: false },
  },
  {
    sentence: 'NIE applied for, not assigned → nie-pending',
    answers: { id: 'pending', doc: 'eu-cert' },
    expect: { blockers: ['nie-pending'], noMobileWithCertificate: false },
  },
  { sentence: 'an NIE and a mobile → no blockers', answers: { id: 'nie', doc: 'tie' }, expect: { blockers: [], noMobileWithCertificate: false } },
  { sentence: 'a DNI and a mobile → no blockers', answers: { id: 'dni', app: 'no' }, expect: { blockers: [], noMobileWithCertificate: false } },
  {
    sentence: 'a foreign mobile is a mobile → no blockers',
    answers: { id: 'nie', doc: 'tie', phone: 'foreign' },
    expect: { blockers: [], noMobileWithCertificate: false },
  },
  {
    sentence: 'no mobile, no certificate → no-mobile',
    answers: { id: 'nie', doc: 'tie', phone: 'none', cert: 'no', computer: 'no', fiscal: 'no' },
    expect: { blockers: ['no-mobile'], noMobileWithCertificate: false, route: 'in-person' },
  },
  {
    sentence: 'no mobile, no certificate, a computer → no-mobile, and the way forward is fnmt-then-certificate',
    answers: { id: 'nie', doc: 'tie', phone: 'none', cert: 'no', computer: 'yes' },
    expect: { blockers: ['no-mobile'], noMobileWithCertificate: false, route: 'fnmt-then-certificate' },
  },
  {
    sentence: 'no mobile with a usable certificate → no blocker, the no-mobile-with-certificate warning instead',
    answers: { id: 'nie', doc: 'tie', phone: 'none', cert: 'yes' },
    expect: { blockers: [], noMobileWithCertificate: true, route: 'certificate-online' },
  },
  {
    sentence: 'a DNI holder with a DNIe and no mobile → warning, not blocker',
    answers: { id: 'dni', phone: 'none', cert: 'yes', app: 'yes' },
    expect: { blockers: [], noMobileWithCertificate: true, route: 'certificate-online' },
  },
  {
    sentence: 'NIE pending, no mobile, cert=yes (not usable) → nie-pending and no-mobile',
    answers: { id: 'pending', doc: 'tie', phone: 'none', cert: 'yes' },
    expect: { blockers: ['nie-pending', 'no-mobile'], noMobileWithCertificate: false },
  },
  {
    sentence: 'no NIE, no mobile → no-nie and no-mobile',
    answers: { id: 'none', doc: 'eu-cert', phone: 'none' },
    expect: { blockers: ['no-mobile', 'no-nie'], noMobileWithCertificate: false },
  },
  {
    sentence: 'a DNI holder with the app but no mobile and no certificate → no-mobile',
    answers: { id: 'dni', app: 'yes', phone: 'none', cert: 'no' },
    expect: { blockers: ['no-mobile'], noMobileWithCertificate: false },
  },
];

describe('blockers', () => {
  it.each(cases)('$sentence', ({ answers, expect: e }) => {
    const plan = planFor(answers);
    expect([...plan.blockers].sort()).toEqual([...e.blockers].sort());
    expect(plan.warnings.includes('no-mobile-with-certificate')).toBe(e.noMobileWithCertificate);
    if (e.route !== undefined) expect(plan.route).toBe(e.route);
    // Every blocker is explained.
    expect(reasonsFor(plan, 'blockers').length).toBeGreaterThanOrEqual(plan.blockers.length);
  });

  it('blockers come first but the rest of the plan is still made (a preview)', () => {
    const plan = planFor({ id: 'none', doc: 'tie', phone: 'none' });
    expect(plan.blockers.length).toBeGreaterThan(0);
    expect(plan.route).toBeDefined();
    expect(plan.checklist.length).toBeGreaterThan(0);
    expect(plan.nextSteps.find((s) => s.status === 'now')?.step).toBe('nie');
  });
});
