/** docs/rules.md — warnings, each shown only where it applies: one case where it shows, one where it does not. */
import { describe, expect, it } from 'vitest';
import { warningIds, type WarningId } from '../../src/domain';
import { planFor, type RuleCase } from './support/plan';

interface WarningExpect {
  warning: WarningId;
  shown: boolean;
}

const row = (sentence: string, answers: RuleCase<WarningExpect>['answers'], warning: WarningId, shown: boolean) => ({
  sentence,
  answers,
  expect: { warning, shown },
});

const cases: RuleCase<WarningExpect>[] = [
  row('an NIE holder who must register is told video identification is for DNI holders only', { id: 'nie', doc: 'tie', app: 'yes' }, 'video-id-dni-only', true),
  row('an NIE holder with the white sheet gets it too', { id: 'nie', doc: 'nie-paper' }, 'video-id-dni-only', true),
  row('a DNI holder is not told video is DNI-only', { id: 'dni', app: 'yes' }, 'video-id-dni-only', false),
  row('an NIE holder registering with a certificate is not told either', { id: 'nie', doc: 'tie', cert: 'yes' }, 'video-id-dni-only', false),

  row('app-video: the manual review can remove the registration', { id: 'dni', app: 'yes', cert: 'no' }, 'video-review-can-remove', true),
  row('no app-video, no review warning', { id: 'dni', app: 'no', cert: 'no' }, 'video-review-can-remove', false),

  row('the letter goes to the AEAT fiscal address, not the padrón', { id: 'nie', doc: 'tie', fiscal: 'yes' }, 'letter-goes-to-fiscal-address', true),
  row('no letter anywhere in the plan (certificate-online): no fiscal-address warning', { id: 'nie', cert: 'yes' }, 'letter-goes-to-fiscal-address', false),
  row('no letter possible (NIE pending): no fiscal-address warning', { id: 'pending', doc: 'tie' }, 'letter-goes-to-fiscal-address', false),

  row('registering a mobile: one number belongs to one person', { phone: 'es' }, 'one-number-per-person', true),
  row('a foreign mobile: one number per person too', { phone: 'foreign' }, 'one-number-per-person', true),
  row('no mobile at all: the no-mobile blocker says it instead', { phone: 'none' }, 'one-number-per-person', false),

  row('a foreign mobile must receive SMS from foreign operators', { phone: 'foreign' }, 'foreign-sms-reception', true),
  row('a Spanish mobile: no foreign-SMS warning', { phone: 'es' }, 'foreign-sms-reception', false),
  row('a foreign mobile: register the number you will keep', { phone: 'foreign' }, 'register-the-number-you-keep', true),
  row('a Spanish mobile: no keep-the-number warning', { phone: 'es' }, 'register-the-number-you-keep', false),

  row('someone who installs the app is told it is now called "Cl@ve"', { app: 'yes' }, 'app-renamed', true),
  row('no app: no rename note', { app: 'no' }, 'app-renamed', false),

  row('PIN by SMS: codes expire (PIN 10 min)', { id: 'nie', doc: 'tie', app: 'no' }, 'code-expiry', true),
  row('Cl@ve Móvil: codes expire (Móvil 5 min)', { id: 'nie', doc: 'tie', app: 'yes' }, 'code-expiry', true),
  row('Permanente as the login (white sheet): no code-expiry warning', { id: 'nie', doc: 'nie-paper', app: 'no' }, 'code-expiry', false),

  row('the letter gives basic while social security needs advanced: level below needed', { id: 'nie', doc: 'tie', tasks: ['social-security'], visit: 'no', fiscal: 'yes' }, 'level-below-needed', true),
  row('in person gives advanced: no level warning', { id: 'nie', doc: 'tie', tasks: ['social-security'] }, 'level-below-needed', false),

  row('the white NIE sheet: the logins that need a support number are explained', { id: 'nie', doc: 'nie-paper' }, 'nie-paper-logins', true),
  row('a TIE has a support number: no white-sheet warning', { id: 'nie', doc: 'tie' }, 'nie-paper-logins', false),

  row('an NIE holder with a TIE: a renewed card has a new support number', { id: 'nie', doc: 'tie' }, 'renewed-card-new-support-number', true),
  row('an NIE holder with an EU certificate: same', { id: 'nie', doc: 'eu-cert' }, 'renewed-card-new-support-number', true),
  row('only the white sheet (no card): no renewed-card warning', { id: 'nie', doc: 'nie-paper' }, 'renewed-card-new-support-number', false),

  row('health: booking a GP appointment needs no Cl@ve', { tasks: ['health'], island: 'mallorca' }, 'gp-booking-needs-no-clave', true),
  row('no health task: no GP note', { tasks: ['tax'] }, 'gp-booking-needs-no-clave', false),
  row('health outside the Balearics: the patient portal is the Balearic one', { tasks: ['health'], island: 'other' }, 'health-portal-balearic-only', true),
  row('health in Mallorca: no Balearic-only warning', { tasks: ['health'], island: 'mallorca' }, 'health-portal-balearic-only', false),
  row('health in Formentera: no Balearic-only warning', { tasks: ['health'], island: 'formentera' }, 'health-portal-balearic-only', false),
  row('outside the Balearics without health: no Balearic-only warning', { tasks: ['tax'], island: 'other' }, 'health-portal-balearic-only', false),

  row('immigration with a TIE: the file status can be checked without any e-ID', { tasks: ['immigration'] }, 'immigration-status-no-eid', true),
  row('v3: immigration with an EU certificate: the online check is not for EU citizens, so no "needs no Cl@ve" note', { id: 'nie', doc: 'eu-cert', tasks: ['immigration'] }, 'immigration-status-no-eid', false),
  row('no immigration task: no file-status note', { tasks: [] }, 'immigration-status-no-eid', false),
  row('immigration with an EU certificate: the status service is not for EU citizens', { id: 'nie', doc: 'eu-cert', tasks: ['immigration'] }, 'immigration-status-not-for-eu', true),
  row('immigration with a TIE: no EU warning', { id: 'nie', doc: 'tie', tasks: ['immigration'] }, 'immigration-status-not-for-eu', false),

  row('a gestor: FNMT is not needed for the power of attorney', { tasks: ['gestor'] }, 'fnmt-not-needed-for-gestor', true),
  row('no gestor: no gestor note', { tasks: ['tax'] }, 'fnmt-not-needed-for-gestor', false),

  row('an autónomo: FNMT is not compulsory', { work: 'autonomo' }, 'autonomo-fnmt-not-compulsory', true),
  row('an employee: no autónomo note', { work: 'employee' }, 'autonomo-fnmt-not-compulsory', false),

  row('cannot visit, nothing remote fits: no remote route', { id: 'nie', doc: 'nie-paper', visit: 'no', computer: 'no' }, 'no-remote-route', true),
  row('cannot visit but the letter fits: no such warning', { id: 'nie', doc: 'tie', visit: 'no', computer: 'no' }, 'no-remote-route', false),
  row('can visit, in person: no such warning', { id: 'nie', doc: 'nie-paper', visit: 'yes', computer: 'no' }, 'no-remote-route', false),
  row('v3: signs on the letter, cannot visit, no computer: no remote way to the advanced level', { id: 'nie', doc: 'tie', tasks: ['sign'], visit: 'no', computer: 'no' }, 'no-remote-route', true),
  row('v3: signs, cannot visit, has a computer: the FNMT route, no such warning', { id: 'nie', doc: 'tie', tasks: ['sign'], visit: 'no', computer: 'yes' }, 'no-remote-route', false),

  row('v3: a company director without a computer: the representative certificate needs one', { work: 'company', computer: 'no' }, 'company-certificate-needs-computer', true),
  row('a company director with a computer: no such warning', { work: 'company', computer: 'yes' }, 'company-certificate-needs-computer', false),
  row('an employee without a computer: no such warning', { phone: 'none', computer: 'no' }, 'company-certificate-needs-computer', false),

  row('v3: app-video now reaches advanced, so "level below needed" never shows there, even for signing', { id: 'dni', app: 'yes', cert: 'no', tasks: ['sign'] }, 'level-below-needed', false),

  row('a gestor who will use your Cl@ve: renouncing it is hard', { tasks: ['gestor'] }, 'renouncing-is-hard', true),
  row('no gestor: no renouncing note', { tasks: [] }, 'renouncing-is-hard', false),

  row('notifications: check the inbox regularly', { tasks: ['notifications'] }, 'notifications-check-regularly', true),
  row('no notifications task: no inbox note', { tasks: ['tax'] }, 'notifications-check-regularly', false),

  row('no mobile but a usable certificate: the certificate works meanwhile', { id: 'nie', cert: 'yes', phone: 'none' }, 'no-mobile-with-certificate', true),
  row('no mobile and no certificate: blocker, not this warning', { id: 'nie', cert: 'no', phone: 'none' }, 'no-mobile-with-certificate', false),
  row('a mobile and a certificate: no warning', { id: 'nie', cert: 'yes', phone: 'es' }, 'no-mobile-with-certificate', false),
];

describe('warnings', () => {
  it.each(cases)('$sentence', ({ answers, expect: e }) => {
    expect(planFor(answers).warnings.includes(e.warning)).toBe(e.shown);
  });

  it('every warning id has a case where it shows and one where it does not', () => {
    const LISTED_WARNINGS: WarningId[] = [
      'video-id-dni-only',
      'letter-goes-to-fiscal-address',
      'one-number-per-person',
      'foreign-sms-reception',
      'register-the-number-you-keep',
      'app-renamed',
      'code-expiry',
      'level-below-needed',
      'nie-paper-logins',
      'renewed-card-new-support-number',
      'gp-booking-needs-no-clave',
      'health-portal-balearic-only',
      'immigration-status-no-eid',
      'immigration-status-not-for-eu',
      'fnmt-not-needed-for-gestor',
      'autonomo-fnmt-not-compulsory',
      'video-review-can-remove',
      'no-remote-route',
      'renouncing-is-hard',
      'notifications-check-regularly',
      'no-mobile-with-certificate',
      'company-certificate-needs-computer',
    ];
    for (const w of LISTED_WARNINGS) {
      expect(warningIds.options).toContain(w);
      expect(cases.some((c) => c.expect.warning === w && c.expect.shown), `${w} shown`).toBe(true);
      expect(cases.some((c) => c.expect.warning === w && !c.expect.shown), `${w} not shown`).toBe(true);
    }
  });

  it('warnings never repeat', () => {
    const w = planFor({ phone: 'foreign', app: 'yes', tasks: ['health', 'gestor', 'immigration'], work: 'autonomo' }).warnings;
    expect(new Set(w).size).toBe(w.length);
  });
});
