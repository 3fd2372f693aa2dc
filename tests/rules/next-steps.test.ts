/** docs/rules.md — next steps: NIE → padrón → residence document → census → Cl@ve → FNMT → income tax. */
import { describe, expect, it } from 'vitest';
import type { NextStepId, NextStepStatus, Route } from '../../src/domain';
import { planFor, type RuleCase } from './support/plan';

const CANONICAL: NextStepId[] = ['nie', 'padron', 'residence-document', 'census-030', 'census-036', 'clave', 'fnmt', 'income-tax'];

interface StepsExpect {
  route?: Route;
  /** the steps, in order, that must appear (others may be absent) */
  sequence: NextStepId[];
  now: NextStepId;
  statuses?: Partial<Record<NextStepId, NextStepStatus>>;
  absent?: NextStepId[];
}

const cases: RuleCase<StepsExpect>[] = [
  {
    sentence: 'an NIE holder with a card on the letter, fiscal=unsure: NIE, padrón and card done; the census form 030 is now',
    answers: { id: 'nie', doc: 'tie', fiscal: 'unsure' },
    expect: {
      route: 'invitation-letter',
      sequence: ['nie', 'padron', 'residence-document', 'census-030', 'clave', 'income-tax'],
      now: 'census-030',
      statuses: { nie: 'done', 'residence-document': 'done', clave: 'later', 'income-tax': 'later' },
      absent: ['census-036'],
    },
  },
  {
    sentence: 'on the letter with fiscal=yes: the census is done, Cl@ve is now',
    answers: { id: 'nie', doc: 'eu-cert', fiscal: 'yes' },
    expect: { route: 'invitation-letter', sequence: ['census-030', 'clave', 'income-tax'], now: 'clave', statuses: { 'census-030': 'done' } },
  },
  {
    sentence: 'on the FNMT route the certificate comes before Cl@ve, and is now',
    answers: { id: 'nie', doc: 'tie', work: 'autonomo', computer: 'yes' },
    expect: {
      route: 'fnmt-then-certificate',
      sequence: ['nie', 'padron', 'residence-document', 'census-036', 'fnmt', 'clave', 'income-tax'],
      now: 'fnmt',
      statuses: { clave: 'later' },
      absent: ['census-030'],
    },
  },
  {
    sentence: 'FNMT recommended but no computer (in person): Cl@ve, then FNMT',
    answers: { id: 'nie', doc: 'tie', tasks: ['sign'], computer: 'no' },
    expect: { route: 'in-person', sequence: ['census-030', 'clave', 'fnmt', 'income-tax'], now: 'clave' },
  },
  {
    sentence: 'v3: a company director fixes their own address with 030 (not 036); FNMT before Cl@ve on the FNMT route',
    answers: { work: 'company', computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', sequence: ['census-030', 'fnmt', 'clave', 'income-tax'], now: 'fnmt', absent: ['census-036'] },
  },
  {
    sentence: 'an autónomo keeps their own activity on 036/037',
    answers: { work: 'autonomo', computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', sequence: ['census-036', 'fnmt', 'clave', 'income-tax'], now: 'fnmt', absent: ['census-030'] },
  },
  {
    sentence: 'no NIE: getting the NIE is now; everything else later',
    answers: { id: 'none', doc: 'tie' },
    expect: {
      sequence: ['nie', 'padron', 'residence-document', 'census-030', 'clave', 'income-tax'],
      now: 'nie',
      statuses: { clave: 'later' },
    },
  },
  {
    sentence: 'NIE pending: the NIE is still the step in progress',
    answers: { id: 'pending', doc: 'eu-cert' },
    expect: { sequence: ['nie', 'clave', 'income-tax'], now: 'nie' },
  },
  {
    sentence: 'a DNI holder on app-video: NIE/padrón/residence steps do not hold them up; Cl@ve is now',
    answers: { id: 'dni', app: 'yes', cert: 'no' },
    expect: { route: 'app-video', sequence: ['census-030', 'clave', 'income-tax'], now: 'clave' },
  },
  {
    sentence: 'a certificate holder: Cl@ve online now; the FNMT step (if shown) is done',
    answers: { id: 'nie', doc: 'tie', cert: 'yes' },
    expect: { route: 'certificate-online', sequence: ['clave', 'income-tax'], now: 'clave' },
  },
  {
    sentence: 'a pensioner in person (fiscal=no): census 030 later, Cl@ve now',
    answers: { id: 'nie', doc: 'tie', work: 'pensioner', fiscal: 'no' },
    expect: { route: 'in-person', sequence: ['census-030', 'clave', 'income-tax'], now: 'clave' },
  },
];

describe('next steps', () => {
  it.each(cases)('$sentence', ({ answers, expect: e }) => {
    const plan = planFor(answers);
    if (e.route !== undefined) expect(plan.route).toBe(e.route);
    const steps = plan.nextSteps.map((s) => s.step);
    // The wanted steps appear in this order.
    const positions = e.sequence.map((s) => steps.indexOf(s));
    expect(positions.every((p) => p >= 0), `${JSON.stringify(e.sequence)} in ${JSON.stringify(steps)}`).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    for (const s of e.absent ?? []) expect(steps).not.toContain(s);
    const now = plan.nextSteps.filter((s) => s.status === 'now');
    expect(now.map((s) => s.step)).toEqual([e.now]);
    for (const [step, status] of Object.entries(e.statuses ?? {})) {
      expect(plan.nextSteps.find((s) => s.step === step)?.status, step).toBe(status);
    }
  });

  it('the chain keeps the canonical order (FNMT before Cl@ve only on the FNMT route), no step twice, one census step', () => {
    for (const answers of cases.map((c) => c.answers)) {
      const plan = planFor(answers);
      const steps = plan.nextSteps.map((s) => s.step);
      expect(new Set(steps).size).toBe(steps.length);
      expect(steps.filter((s) => s === 'census-030' || s === 'census-036')).toHaveLength(1);
      const canonical: NextStepId[] =
        plan.route === 'fnmt-then-certificate' ? [...CANONICAL.slice(0, 5), 'fnmt', 'clave', 'income-tax'] : CANONICAL;
      const ranks = steps.map((s) => canonical.indexOf(s));
      expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
    }
  });

  it('the FNMT step is listed whenever FNMT is required or recommended', () => {
    for (const answers of cases.map((c) => c.answers)) {
      const plan = planFor(answers);
      if (plan.fnmt !== 'not-needed') expect(plan.nextSteps.map((s) => s.step)).toContain('fnmt');
    }
  });
});
