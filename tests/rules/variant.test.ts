/** docs/rules.md#login-variant-and-also-activate — the login variant and what else to activate. */
import { describe, expect, it } from 'vitest';
import type { AlsoActivate, Route, Variant } from '../../src/domain';
import { planFor, type RuleCase } from './support/plan';

const cases: RuleCase<{ variant: Variant }>[] = [
  {
    sentence: 'an NIE with only the white sheet → permanente (no support number), with the app',
    answers: { id: 'nie', doc: 'nie-paper', app: 'yes' },
    expect: { variant: 'permanente' },
  },
  {
    sentence: 'an NIE with only the white sheet → permanente, without the app',
    answers: { id: 'nie', doc: 'nie-paper', app: 'no' },
    expect: { variant: 'permanente' },
  },
  {
    sentence: 'permanente is only for id=nie: a pending NIE with the white sheet and the app → movil',
    answers: { id: 'pending', doc: 'nie-paper', app: 'yes' },
    expect: { variant: 'movil' },
  },
  {
    sentence: 'no NIE, white sheet, no app → pin',
    answers: { id: 'none', doc: 'nie-paper', app: 'no' },
    expect: { variant: 'pin' },
  },
  { sentence: 'an NIE with a TIE and the app → movil', answers: { id: 'nie', doc: 'tie', app: 'yes' }, expect: { variant: 'movil' } },
  { sentence: 'an NIE with an EU certificate, no app → pin', answers: { id: 'nie', doc: 'eu-cert', app: 'no' }, expect: { variant: 'pin' } },
  { sentence: 'a DNI holder with the app → movil', answers: { id: 'dni', app: 'yes' }, expect: { variant: 'movil' } },
  { sentence: 'a DNI holder without the app → pin', answers: { id: 'dni', app: 'no' }, expect: { variant: 'pin' } },
  {
    sentence: 'a certificate holder with the app → movil',
    answers: { id: 'nie', doc: 'tie', cert: 'yes', app: 'yes' },
    expect: { variant: 'movil' },
  },
  {
    sentence: 'never permanente as primary otherwise: regular use, health, no app → pin',
    answers: { id: 'nie', doc: 'tie', app: 'no', use: 'regular', tasks: ['health'] },
    expect: { variant: 'pin' },
  },
  {
    sentence: 'never permanente as primary otherwise: a signer with the app → movil',
    answers: { id: 'nie', doc: 'tie', app: 'yes', tasks: ['sign'] },
    expect: { variant: 'movil' },
  },
];

describe('login variant', () => {
  it.each(cases)('$sentence', ({ answers, expect: e }) => {
    expect(planFor(answers).variant).toBe(e.variant);
  });
});

interface AlsoExpect {
  route?: Route;
  /** as a set: the rules give no order */
  also: AlsoActivate[];
}

const also: RuleCase<AlsoExpect>[] = [
  {
    sentence: 'sign, no certificate, in-person → firma, and permanente because firma needs it',
    answers: { tasks: ['sign'], computer: 'no' },
    expect: { route: 'in-person', also: ['firma', 'permanente'] },
  },
  {
    sentence: 'v3: sign on the letter route (cannot visit, no computer) → no firma: the letter gives basic, Firma needs advanced',
    answers: { id: 'nie', doc: 'tie', tasks: ['sign'], visit: 'no', computer: 'no', fiscal: 'yes' },
    expect: { route: 'invitation-letter', also: [] },
  },
  {
    sentence: 'v3: sign on the letter with regular use → permanente only, still no firma',
    answers: { id: 'nie', doc: 'tie', tasks: ['sign'], use: 'regular', visit: 'no', computer: 'no', fiscal: 'yes' },
    expect: { route: 'invitation-letter', also: ['permanente'] },
  },
  {
    sentence: 'v3: sign, cannot visit, a computer → the FNMT route and no firma (its certificate signs)',
    answers: { id: 'nie', doc: 'tie', tasks: ['sign'], visit: 'no', computer: 'yes', fiscal: 'yes' },
    expect: { route: 'fnmt-then-certificate', also: [] },
  },
  {
    sentence: 'sign on app-video → firma and permanente',
    answers: { id: 'dni', app: 'yes', cert: 'no', tasks: ['sign'] },
    expect: { route: 'app-video', also: ['firma', 'permanente'] },
  },
  {
    sentence: 'sign with a usable certificate → no firma (the certificate signs)',
    answers: { id: 'nie', doc: 'tie', cert: 'yes', tasks: ['sign'] },
    expect: { route: 'certificate-online', also: [] },
  },
  {
    sentence: 'sign on the FNMT route → no firma (that certificate signs), and so no permanente for it',
    answers: { tasks: ['sign'], computer: 'yes' },
    expect: { route: 'fnmt-then-certificate', also: [] },
  },
  {
    sentence: 'sign on the FNMT route with regular use → permanente only',
    answers: { tasks: ['sign'], computer: 'yes', use: 'regular' },
    expect: { route: 'fnmt-then-certificate', also: ['permanente'] },
  },
  {
    sentence: 'sign with cert=yes but NIE pending (no usable certificate) → firma and permanente',
    answers: { id: 'pending', doc: 'tie', cert: 'yes', tasks: ['sign'], computer: 'no' },
    expect: { route: 'in-person', also: ['firma', 'permanente'] },
  },
  { sentence: 'regular use → permanente', answers: { use: 'regular' }, expect: { also: ['permanente'] } },
  { sentence: 'health → permanente', answers: { tasks: ['health'] }, expect: { also: ['permanente'] } },
  {
    sentence: 'regular use with a usable certificate → permanente',
    answers: { id: 'dni', cert: 'yes', use: 'regular' },
    expect: { route: 'certificate-online', also: ['permanente'] },
  },
  {
    sentence: 'occasional use, no health, no sign → nothing else',
    answers: { use: 'occasional', tasks: ['tax', 'gestor', 'notifications', 'immigration', 'social-security'] },
    expect: { also: [] },
  },
  {
    sentence: 'permanente already primary (white sheet) + regular use → not again as also',
    answers: { id: 'nie', doc: 'nie-paper', use: 'regular', tasks: ['health'] },
    expect: { also: [] },
  },
  {
    sentence: 'permanente already primary (white sheet) + sign without a computer → firma only',
    answers: { id: 'nie', doc: 'nie-paper', tasks: ['sign'], computer: 'no' },
    expect: { route: 'in-person', also: ['firma'] },
  },
];

describe('also activate', () => {
  it.each(also)('$sentence', ({ answers, expect: e }) => {
    const plan = planFor(answers);
    if (e.route !== undefined) expect(plan.route).toBe(e.route);
    expect([...plan.alsoActivate].sort()).toEqual([...e.also].sort());
    expect(new Set(plan.alsoActivate).size).toBe(plan.alsoActivate.length);
  });
});
