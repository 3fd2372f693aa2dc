/** Warnings (docs/rules.md#warnings): tone and sources; the words live in plan.json under warnings.<id>. */
import type { WarningId } from '../../src/domain';
import type { Warning } from '../../src/catalog/catalog-schema';

export const warnings = {
  'video-id-dni-only': {
    tone: 'caution',
    sources: ['clave-video-identification', 'aeat-video-call-unavailable'],
    flag: 'video-id-dni-only',
  },
  'video-review-can-remove': { tone: 'caution', sources: ['aeat-advanced-after-video'] },
  'letter-goes-to-fiscal-address': {
    tone: 'caution',
    sources: ['aeat-letter-csv', 'aeat-letter-request', 'aeat-modelo-030-instructions'],
  },
  'one-number-per-person': { tone: 'caution', sources: ['clave-faq'] },
  'foreign-sms-reception': { tone: 'info', sources: ['clave-faq'] },
  'register-the-number-you-keep': {
    tone: 'caution',
    sources: ['clave-change-data', 'clave-change-data-en', 'aeat-app-procedures'],
  },
  'app-renamed': { tone: 'info', sources: ['clave-app', 'app-rename-press'] },
  'code-expiry': { tone: 'info', sources: ['clave-pin-expiry', 'clave-movil-use', 'aeat-renta-reference'] },
  'level-below-needed': {
    tone: 'caution',
    sources: ['clave-how-to-register', 'seg-social-clave', 'aeat-app-procedures'],
  },
  'basic-level-limits': { tone: 'info', sources: ['clave-how-to-register', 'seg-social-clave'] },
  'nie-paper-logins': {
    tone: 'caution',
    sources: ['aeat-app-activation', 'clave-movil-use', 'aeat-login-types', 'aeat-support-number'],
    flag: 'nie-paper-at-offices',
  },
  'renewed-card-new-support-number': { tone: 'info', sources: ['aeat-support-number'] },
  'gp-booking-needs-no-clave': { tone: 'info', sources: ['ibsalut-patient-portal'] },
  'health-portal-balearic-only': { tone: 'info', sources: ['ibsalut-patient-portal'] },
  'immigration-status-no-eid': { tone: 'info', sources: ['extranjeria-file-status'] },
  'immigration-status-not-for-eu': { tone: 'info', sources: ['extranjeria-file-status'] },
  'fnmt-not-needed-for-gestor': { tone: 'info', sources: ['aeat-power-of-attorney'] },
  'fnmt-not-needed-for-720': { tone: 'info', sources: ['aeat-modelo-720'] },
  'autonomo-fnmt-not-compulsory': { tone: 'info', sources: ['aeat-modelo-036', 'aeat-login-types'] },
  'clave-is-personal-not-company': {
    tone: 'caution',
    sources: ['aeat-clave-natural-persons', 'madrid-representative-certificate', 'fnmt-sole-administrator'],
  },
  'firma-five-year-renewal': { tone: 'info', sources: ['clave-firma-educacion', 'seg-social-sede-clave'] },
  'no-remote-route': {
    tone: 'caution',
    sources: ['clave-how-to-register', 'clave-video-identification', 'aeat-letter-csv', 'madrid-fnmt-steps'],
  },
  'renouncing-is-hard': {
    tone: 'caution',
    sources: ['renounce-secondary', 'renounce-aeat-older'],
    flag: 'renouncing-re-registration',
  },
  'notifications-check-regularly': { tone: 'info', sources: ['dehu-secondary'] },
  'no-mobile-with-certificate': { tone: 'info', sources: ['clave-faq', 'seg-social-clave'] },
  'company-certificate-needs-computer': {
    tone: 'caution',
    sources: ['madrid-fnmt-steps', 'madrid-representative-certificate', 'fnmt-sole-administrator'],
  },
} satisfies Record<WarningId, Warning>;
