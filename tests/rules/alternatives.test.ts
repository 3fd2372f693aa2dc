/** docs/rules.md#route — alternatives: the table's routes for the primary, viable only, in order, never the primary. */
import { describe, expect, it } from 'vitest';
import type { Route } from '../../src/domain';
import { planFor, reasonsFor, type RuleCase } from './support/plan';

interface AltExpect {
  route: Route;
  alternatives: Route[];
}

const cases: RuleCase<AltExpect>[] = [
  // certificate-online: none
  {
    sentence: 'certificate-online has no alternatives',
    answers: { id: 'nie', doc: 'tie', cert: 'yes' },
    expect: { route: 'certificate-online', alternatives: [] },
  },
  {
    sentence: 'certificate-online has no alternatives, even for a company with a computer',
    answers: { id: 'dni', cert: 'yes', work: 'company', app: 'yes' },
    expect: { route: 'certificate-online', alternatives: [] },
  },
  // app-video: in-person
  {
    sentence: 'app-video → in-person (visit is not asked, so not "no": viable)',
    answers: { id: 'dni', app: 'yes', cert: 'no' },
    expect: { route: 'app-video', alternatives: ['in-person'] },
  },
  // fnmt-then-certificate: in-person, invitation-letter
  {
    sentence: 'fnmt-then-certificate (one trip), letter viable → in-person, then invitation-letter',
    answers: { id: 'nie', doc: 'tie', work: 'autonomo', visit: 'yes', computer: 'yes', fiscal: 'yes' },
    expect: { route: 'fnmt-then-certificate', alternatives: ['in-person', 'invitation-letter'] },
  },
  {
    sentence: 'fnmt-then-certificate, letter viable with fiscal=no → the letter is still viable (census form first)',
    answers: { id: 'nie', doc: 'tie', work: 'autonomo', visit: 'yes', computer: 'yes', fiscal: 'no' },
    expect: { route: 'fnmt-then-certificate', alternatives: ['in-person', 'invitation-letter'] },
  },
  {
    sentence: 'fnmt-then-certificate with the white sheet (no letter) → in-person only',
    answers: { id: 'nie', doc: 'nie-paper', visit: 'yes', computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', alternatives: ['in-person'] },
  },
  {
    sentence: 'fnmt-then-certificate by notarised signature (cannot visit, white sheet) → none viable',
    answers: { id: 'nie', doc: 'nie-paper', visit: 'no', computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', alternatives: [] },
  },
  {
    sentence: 'fnmt-then-certificate (cannot visit, no phone, card) → invitation-letter (viable by definition: no certificate, NIE with a card)',
    answers: { id: 'nie', doc: 'tie', phone: 'none', visit: 'no', computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', alternatives: ['invitation-letter'] },
  },
  {
    sentence: 'fnmt-then-certificate for a pending NIE with a computer → in-person (no letter without an NIE)',
    answers: { id: 'pending', doc: 'tie', work: 'autonomo', visit: 'yes', computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', alternatives: ['in-person'] },
  },
  // in-person: fnmt-then-certificate, invitation-letter
  {
    sentence: 'in-person (advanced), letter viable, no computer asked → invitation-letter',
    answers: { id: 'nie', doc: 'tie', tasks: ['social-security'], fiscal: 'unsure' },
    expect: { route: 'in-person', alternatives: ['invitation-letter'] },
  },
  {
    sentence: 'in-person (fiscal=no), letter viable → invitation-letter (meanwhile, after the census form)',
    answers: { id: 'nie', doc: 'eu-cert', fiscal: 'no' },
    expect: { route: 'in-person', alternatives: ['invitation-letter'] },
  },
  {
    sentence: 'in-person, autónomo without a computer → fnmt not viable; letter viable → invitation-letter',
    answers: { id: 'nie', doc: 'tie', work: 'autonomo', computer: 'no', fiscal: 'yes' },
    expect: { route: 'in-person', alternatives: ['invitation-letter'] },
  },
  {
    sentence: 'in-person with the white sheet, no computer → none viable',
    answers: { id: 'nie', doc: 'nie-paper', computer: 'no' },
    expect: { route: 'in-person', alternatives: [] },
  },
  {
    sentence: 'in-person, no NIE → none viable',
    answers: { id: 'none', doc: 'tie' },
    expect: { route: 'in-person', alternatives: [] },
  },
  {
    sentence: 'in-person (no remote route: cannot visit, no phone, no computer) → invitation-letter only (in-person is the primary)',
    answers: { id: 'nie', doc: 'tie', phone: 'none', visit: 'no', computer: 'no' },
    expect: { route: 'in-person', alternatives: ['invitation-letter'] },
  },
  // invitation-letter: in-person, fnmt-then-certificate
  {
    sentence: 'invitation-letter (rule 7) → in-person',
    answers: { id: 'nie', doc: 'tie', fiscal: 'yes' },
    expect: { route: 'invitation-letter', alternatives: ['in-person'] },
  },
  {
    sentence: 'invitation-letter for a DNI holder without the app → in-person',
    answers: { id: 'dni', app: 'no', cert: 'no', fiscal: 'unsure' },
    expect: { route: 'invitation-letter', alternatives: ['in-person'] },
  },
  {
    sentence: 'invitation-letter (cannot visit) with a computer → fnmt-then-certificate; in-person not viable',
    answers: { id: 'nie', doc: 'tie', visit: 'no', computer: 'yes', fiscal: 'yes' },
    expect: { route: 'invitation-letter', alternatives: ['fnmt-then-certificate'] },
  },
  {
    sentence: 'invitation-letter (cannot visit) without a computer → none viable',
    answers: { id: 'nie', doc: 'tie', visit: 'no', computer: 'no', fiscal: 'yes' },
    expect: { route: 'invitation-letter', alternatives: [] },
  },
];

describe('alternatives', () => {
  it.each(cases)('$sentence', ({ answers, expect: e }) => {
    const plan = planFor(answers);
    expect(plan.route).toBe(e.route);
    expect(plan.alternatives).toEqual(e.alternatives);
    expect(plan.alternatives).not.toContain(plan.route);
    // "alternatives" is a decision of its own: it always carries a reason.
    expect(reasonsFor(plan, 'alternatives').length).toBeGreaterThan(0);
  });
});
