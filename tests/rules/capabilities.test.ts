/** docs/rules.md#what-you-can-do-capabilities — one row per procedure of docs/facts.md#6-what-needs-which-level; status from the plan. */
import { describe, expect, it } from 'vitest';
import { capabilityIds, type Answers, type CapabilityId, type CapabilityStatus, type Plan, type Requirement } from '../../src/domain';
import { planFor, type RuleCase } from './support/plan';

/** What each procedure asks for (docs/facts.md#6-what-needs-which-level). */
const REQUIREMENT: Record<CapabilityId, Requirement> = {
  'renta-modelo-100': 'basic',
  'modelo-720': 'basic',
  'modelo-036': 'basic',
  'aeat-power-for-gestor': 'basic',
  'seguridad-social': 'advanced-recommended',
  'dehu-notifications': 'basic',
  'sign-documents': 'firma-or-certificate',
  'extranjeria-status': 'no-eid',
  'health-gp-booking': 'no-eid',
  'health-portal-high': 'permanente',
  'caib-generic-registry': 'permanente',
};

const status = (plan: Plan, id: CapabilityId): CapabilityStatus | undefined =>
  plan.capabilities.find((c) => c.capability === id)?.status;

interface CapExpect {
  statuses: Partial<Record<CapabilityId, CapabilityStatus>>;
  relevant?: CapabilityId[];
}

const cases: RuleCase<CapExpect>[] = [
  {
    sentence: 'the letter (basic): tax ready; Seguridad Social, signing, the high-security health portal not yet',
    answers: { id: 'nie', doc: 'tie', tasks: ['tax'], fiscal: 'yes' },
    expect: {
      statuses: {
        'renta-modelo-100': 'ready',
        'modelo-720': 'ready',
        'seguridad-social': 'partly',
        'sign-documents': 'not-yet',
        'health-portal-high': 'not-yet',
        'extranjeria-status': 'no-eid-needed',
        'health-gp-booking': 'no-eid-needed',
      },
      relevant: ['renta-modelo-100', 'modelo-720'],
    },
  },
  {
    sentence: 'in person (advanced): Seguridad Social ready',
    answers: { id: 'nie', doc: 'tie', tasks: ['social-security'] },
    expect: { statuses: { 'seguridad-social': 'ready', 'renta-modelo-100': 'ready' }, relevant: ['seguridad-social'] },
  },
  {
    sentence: 'a certificate: everything ready (the certificate signs and opens the high-security portal)',
    answers: { id: 'nie', cert: 'yes' },
    expect: {
      statuses: { 'seguridad-social': 'ready', 'sign-documents': 'ready', 'health-portal-high': 'ready', 'caib-generic-registry': 'ready' },
    },
  },
  {
    sentence: 'the FNMT route: the certificate signs',
    answers: { work: 'autonomo', computer: 'yes' },
    expect: { statuses: { 'sign-documents': 'ready', 'seguridad-social': 'ready', 'modelo-036': 'ready' }, relevant: ['modelo-036', 'seguridad-social'] },
  },
  {
    sentence: 'regular use on the letter: Permanente opens the high-security health portal',
    answers: { id: 'nie', doc: 'tie', use: 'regular', fiscal: 'yes' },
    expect: { statuses: { 'health-portal-high': 'ready', 'caib-generic-registry': 'ready', 'seguridad-social': 'partly' } },
  },
  {
    sentence: 'sign in person: Cl@ve Firma (advanced + Permanente) signs',
    answers: { tasks: ['sign'], computer: 'no' },
    expect: { statuses: { 'sign-documents': 'ready' }, relevant: ['sign-documents'] },
  },
  {
    sentence: 'sign on the letter (cannot visit, basic): Cl@ve Firma needs the advanced level, so signing is not yet possible',
    answers: { id: 'nie', doc: 'tie', tasks: ['sign'], visit: 'no', computer: 'no', fiscal: 'yes' },
    expect: { statuses: { 'sign-documents': 'not-yet', 'seguridad-social': 'partly' } },
  },
  {
    sentence: 'v3: sign on app-video: Cl@ve Firma once the review gives the advanced level — signing ready',
    answers: { id: 'dni', app: 'yes', cert: 'no', tasks: ['sign'] },
    expect: { statuses: { 'sign-documents': 'ready', 'seguridad-social': 'ready' } },
  },
  {
    sentence: 'v3: an EU citizen: the online Extranjería status check is not available to them',
    answers: { id: 'nie', doc: 'eu-cert', tasks: ['immigration'], fiscal: 'yes' },
    expect: { statuses: { 'extranjeria-status': 'not-for-eu' }, relevant: ['extranjeria-status'] },
  },
  {
    sentence: 'a TIE holder: the Extranjería status check needs no digital ID',
    answers: { id: 'nie', doc: 'tie', tasks: ['immigration'], fiscal: 'yes' },
    expect: { statuses: { 'extranjeria-status': 'no-eid-needed' } },
  },
];

describe('what you can do', () => {
  it.each(cases)('$sentence', ({ answers, expect: e }) => {
    const plan = planFor(answers);
    for (const [id, want] of Object.entries(e.statuses) as [CapabilityId, CapabilityStatus][]) {
      expect(status(plan, id), id).toBe(want);
    }
    for (const id of e.relevant ?? []) {
      expect(plan.capabilities.find((c) => c.capability === id)?.relevant, id).toBe(true);
    }
  });

  it('one row per capability, in catalogue order, each with the requirement the sources give', () => {
    const plan = planFor({});
    expect(plan.capabilities.map((c) => c.capability)).toEqual(capabilityIds.options);
    for (const row of plan.capabilities) expect(row.requirement, row.capability).toBe(REQUIREMENT[row.capability]);
  });

  it('v3: a company plan has no Modelo 036 row (a company files census returns with a certificate, never Cl@ve)', () => {
    expect(planFor({ work: 'company' }).capabilities.map((c) => c.capability)).not.toContain('modelo-036');
    expect(planFor({ work: 'autonomo' }).capabilities.map((c) => c.capability)).toContain('modelo-036');
  });

  it('statuses follow the level obtained, Permanente and the certificate (a sample of plans)', () => {
    const samples: Answers[] = [
      ...cases.map((c) => c.answers),
      { id: 'dni', app: 'no', use: 'regular', tasks: ['health'] },
      { id: 'nie', doc: 'nie-paper', computer: 'no' },
      { id: 'nie', doc: 'eu-cert', fiscal: 'no' },
    ];
    for (const answers of samples) {
      const plan = planFor(answers);
      const certificate = plan.route === 'certificate-online' || plan.route === 'fnmt-then-certificate';
      const permanente = plan.variant === 'permanente' || plan.alsoActivate.includes('permanente');
      for (const row of plan.capabilities) {
        if (row.capability === 'extranjeria-status' && answers.doc === 'eu-cert') {
          expect(row.status).toBe('not-for-eu');
          continue;
        }
        const want: CapabilityStatus = {
          'no-eid': 'no-eid-needed' as const,
          basic: 'ready' as const,
          'advanced-recommended': plan.levelObtained === 'advanced' ? ('ready' as const) : ('partly' as const),
          permanente: permanente || certificate ? ('ready' as const) : ('not-yet' as const),
          'firma-or-certificate':
            certificate || (plan.alsoActivate.includes('firma') && plan.levelObtained === 'advanced')
              ? ('ready' as const)
              : ('not-yet' as const),
        }[row.requirement];
        expect(row.status, `${row.capability} for ${JSON.stringify(answers)}`).toBe(want);
      }
    }
  });
});
