/** Route notes (rules v3): what the route section adds beside the route, each where it applies and only there. */
import { describe, expect, it } from 'vitest';
import { routeNoteIds, type RouteNoteId, type Route } from '../../src/domain';
import { planFor, type RuleCase } from './support/plan';

interface NoteExpect {
  route?: Route;
  note: RouteNoteId;
  shown: boolean;
}

const row = (sentence: string, answers: RuleCase<NoteExpect>['answers'], note: RouteNoteId, shown: boolean, route?: Route) => ({
  sentence,
  answers,
  expect: route === undefined ? { note, shown } : { note, shown, route },
});

const cases: RuleCase<NoteExpect>[] = [
  row('no mobile, in person: the route applies once you have a mobile of your own', { phone: 'none', computer: 'no', fiscal: 'no' }, 'after-mobile', true, 'in-person'),
  row('no mobile, the letter (rule 7 does not look at the phone): the same note', { phone: 'none', computer: 'no', fiscal: 'yes' }, 'after-mobile', true, 'invitation-letter'),
  row('no mobile, NIE pending: the same note', { id: 'pending', doc: 'tie', phone: 'none', computer: 'no' }, 'after-mobile', true, 'in-person'),
  row('no mobile but a usable certificate: Cl@ve waits for a mobile too', { id: 'nie', cert: 'yes', phone: 'none' }, 'after-mobile', true, 'certificate-online'),
  row('no mobile on the FNMT route: the certificate now, Cl@ve later (not the plain note)', { phone: 'none', computer: 'yes' }, 'after-mobile', false, 'fnmt-then-certificate'),
  row('no mobile on the FNMT route: certificate first', { phone: 'none', computer: 'yes' }, 'after-mobile-certificate-first', true, 'fnmt-then-certificate'),
  row('a DNI holder with the app but no mobile, a computer: certificate first (worked example 7)', { id: 'dni', phone: 'none', app: 'yes', cert: 'no', computer: 'yes' }, 'after-mobile-certificate-first', true, 'fnmt-then-certificate'),
  row('a Spanish mobile: no mobile note', { phone: 'es' }, 'after-mobile', false),
  row('a foreign mobile on the FNMT route: no certificate-first note', { phone: 'foreign', work: 'autonomo', computer: 'yes' }, 'after-mobile-certificate-first', false, 'fnmt-then-certificate'),

  row('app-video: basic at first, advanced after the review', { id: 'dni', app: 'yes', cert: 'no' }, 'basic-until-review', true, 'app-video'),
  row('in person: no review note', { id: 'nie', doc: 'tie', tasks: ['social-security'] }, 'basic-until-review', false, 'in-person'),

  row('signing on the letter: the letter does not let you sign', { id: 'nie', doc: 'tie', tasks: ['sign'], visit: 'no', computer: 'no' }, 'letter-cannot-sign', true, 'invitation-letter'),
  row('the letter without signing: no such note', { id: 'nie', doc: 'tie', tasks: ['tax'], fiscal: 'yes' }, 'letter-cannot-sign', false, 'invitation-letter'),
  row('signing in person: no such note', { tasks: ['sign'], computer: 'no' }, 'letter-cannot-sign', false, 'in-person'),

  row('white NIE sheet on the FNMT route: registering with the certificate is unconfirmed', { id: 'nie', doc: 'nie-paper', computer: 'yes' }, 'nie-paper-certificate-unconfirmed', true, 'fnmt-then-certificate'),
  row('white NIE sheet in person: no such note', { id: 'nie', doc: 'nie-paper', computer: 'no' }, 'nie-paper-certificate-unconfirmed', false, 'in-person'),
  row('a TIE on the FNMT route: no such note', { id: 'nie', doc: 'tie', work: 'autonomo', computer: 'yes' }, 'nie-paper-certificate-unconfirmed', false, 'fnmt-then-certificate'),
];

describe('route notes (rules v3)', () => {
  it.each(cases)('$sentence', ({ answers, expect: e }) => {
    const plan = planFor(answers);
    if (e.route !== undefined) expect(plan.route).toBe(e.route);
    expect(plan.routeNotes.includes(e.note)).toBe(e.shown);
  });

  it('every note has a case where it shows and one where it does not; notes come in id order without repeats', () => {
    for (const note of routeNoteIds.options) {
      expect(cases.some((c) => c.expect.note === note && c.expect.shown), `${note} shown`).toBe(true);
      expect(cases.some((c) => c.expect.note === note && !c.expect.shown), `${note} not shown`).toBe(true);
    }
    const notes = planFor({ id: 'nie', doc: 'nie-paper', phone: 'none', computer: 'yes' }).routeNotes;
    expect(notes).toEqual(['after-mobile-certificate-first', 'nie-paper-certificate-unconfirmed']);
  });
});
