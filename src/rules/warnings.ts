/** Which warnings apply (docs/rules.md#warnings). Each predicate is written once, in a Record over every id. */
import { warningIds, type WarningId } from '../domain';
import { hasNoPhone, hasSupportNumber, hasTask, hasUsableCertificate } from './conditions';
import { type PlanContext, usesApp, usesLetter } from './context';
import { isBelow } from './level';

const APPLIES: Record<WarningId, (c: PlanContext) => boolean> = {
  // Only NIE-side users who still have to register care that video is DNI-only.
  'video-id-dni-only': (c) => c.a.id !== 'dni' && c.route !== 'certificate-online',
  'video-review-can-remove': (c) => c.route === 'app-video',
  'letter-goes-to-fiscal-address': usesLetter,
  'one-number-per-person': (c) => !hasNoPhone(c.a),
  'foreign-sms-reception': (c) => c.a.phone === 'foreign',
  'register-the-number-you-keep': (c) => c.a.phone === 'foreign',
  'app-renamed': usesApp,
  'code-expiry': (c) => c.variant !== 'permanente',
  'level-below-needed': (c) => isBelow(c.levelObtained, c.level),
  'basic-level-limits': (c) => c.levelObtained === 'basic' && c.level === 'basic',
  'nie-paper-logins': (c) => c.a.doc === 'nie-paper',
  'renewed-card-new-support-number': (c) => c.a.id === 'nie' && hasSupportNumber(c.a),
  // Booking a GP with the health card only is an IB-Salut (Balearic) fact.
  'gp-booking-needs-no-clave': (c) => hasTask(c.a, 'health') && c.a.island !== 'other',
  'health-portal-balearic-only': (c) => hasTask(c.a, 'health') && c.a.island === 'other',
  // The online status check is not available to EU citizens (source extranjeria-file-status).
  'immigration-status-no-eid': (c) => hasTask(c.a, 'immigration') && c.a.doc !== 'eu-cert',
  'immigration-status-not-for-eu': (c) => hasTask(c.a, 'immigration') && c.a.doc === 'eu-cert',
  'fnmt-not-needed-for-gestor': (c) => hasTask(c.a, 'gestor'),
  'fnmt-not-needed-for-720': (c) => hasTask(c.a, 'tax'),
  'autonomo-fnmt-not-compulsory': (c) => c.a.work === 'autonomo',
  'clave-is-personal-not-company': (c) => c.a.work === 'company',
  'firma-five-year-renewal': (c) => c.alsoActivate.includes('firma'),
  // Nothing remote fits at all, or the letter fits but signing needs the advanced level, which
  // without a visit only a certificate gives — and that needs a computer.
  'no-remote-route': (c) =>
    c.routeRule === 'route.no-visit-nothing-remote' ||
    (c.route === 'invitation-letter' && hasTask(c.a, 'sign') && c.a.visit === 'no' && c.a.computer !== 'yes'),
  // A gestor who has used someone's Cl@ve is the usual reason people think of renouncing it.
  'renouncing-is-hard': (c) => hasTask(c.a, 'gestor'),
  'notifications-check-regularly': (c) => hasTask(c.a, 'notifications'),
  'no-mobile-with-certificate': (c) => hasNoPhone(c.a) && hasUsableCertificate(c.a),
  // The representative certificate is requested and downloaded on the same computer.
  'company-certificate-needs-computer': (c) => c.a.work === 'company' && c.a.computer === 'no',
};

export function decideWarnings(c: PlanContext): WarningId[] {
  return warningIds.options.filter((id) => APPLIES[id](c));
}
