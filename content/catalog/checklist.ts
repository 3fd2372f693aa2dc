/**
 * Checklist items (docs/rules.md#checklist), in the order they are shown: the `before` group, then
 * `at-office`, then `after`. The rules choose which items apply; the words live in
 * content/locales/<lng>/plan.json under checklist.items.<id>.
 */
import type { ChecklistItemId } from '../../src/domain';
import type { ChecklistItem } from '../../src/catalog/catalog-schema';
import { sources } from './sources';

export const checklist = {
  // ── before ──
  'mobile-and-email': {
    group: 'before',
    sources: ['clave-faq', 'madrid-in-person-registration', 'clave-permanente-procedures'],
  },
  'census-form-030-by-post': {
    group: 'before',
    sources: ['aeat-census-by-post', 'aeat-modelo-030-instructions', 'aeat-clave-natural-persons'],
    link: sources['aeat-census-by-post'].url,
  },
  'census-form-036-by-post': {
    group: 'before',
    sources: ['aeat-census-by-post', 'aeat-modelo-030-instructions'],
    link: sources['aeat-census-by-post'].url,
  },
  'request-invitation-letter': {
    group: 'before',
    sources: ['aeat-letter-request', 'aeat-letter-csv', 'seg-social-clave'],
    link: sources['aeat-letter-request'].url,
  },
  'install-clave-app': {
    group: 'before',
    sources: ['clave-app', 'app-rename-press'],
    link: sources['clave-app'].url,
  },
  'prepare-video-identification': {
    group: 'before',
    sources: ['clave-video-identification'],
    link: sources['clave-video-identification'].url,
    flag: 'video-id-dni-only',
  },
  'certificate-at-hand': {
    group: 'before',
    sources: ['seg-social-clave', 'aeat-app-activation'],
  },
  'fnmt-install-configurator': {
    group: 'before',
    sources: ['madrid-fnmt-steps'],
  },
  'fnmt-request-code': {
    group: 'before',
    sources: ['madrid-fnmt-steps', 'fnmt-consular'],
  },
  'book-appointment': {
    group: 'before',
    sources: ['seg-social-clave', 'aeat-appointment', 'madrid-in-person-registration'],
  },
  'fnmt-notarised-signature': {
    group: 'before',
    sources: ['madrid-fnmt-notary', 'fnmt-consular', 'fnmt-abroad-faq'],
    flag: 'fnmt-video-identification',
  },
  // ── at the office ──
  'bring-residence-document': {
    group: 'at-office',
    sources: ['madrid-in-person-registration', 'aeat-fnmt-id-documents'],
  },
  'bring-nie-paper': {
    group: 'at-office',
    sources: ['aeat-fnmt-id-documents', 'madrid-in-person-registration'],
    flag: 'nie-paper-at-offices',
  },
  'bring-passport': {
    group: 'at-office',
    sources: ['interior-tie', 'aeat-fnmt-id-documents', 'madrid-in-person-registration', 'alcobendas-in-person-registration'],
  },
  'bring-dni': {
    group: 'at-office',
    sources: ['madrid-in-person-registration'],
  },
  'attend-in-person': {
    group: 'at-office',
    sources: ['madrid-in-person-registration', 'clave-faq-en'],
  },
  'fnmt-accredit-identity': {
    group: 'at-office',
    sources: ['madrid-fnmt-steps', 'aeat-fnmt-id-documents'],
  },
  // ── after ──
  'enter-letter-code': {
    group: 'after',
    sources: ['aeat-letter-csv'],
    link: sources['aeat-letter-csv'].url,
  },
  'fnmt-download-same-browser': {
    group: 'after',
    sources: ['madrid-fnmt-steps'],
  },
  'fnmt-backup-certificate': {
    group: 'after',
    sources: ['madrid-fnmt-steps'],
  },
  'register-clave-with-certificate': {
    group: 'after',
    sources: ['seg-social-clave', 'clave-how-to-register'],
    link: sources['clave-how-to-register'].url,
  },
  'representative-certificate': {
    group: 'after',
    sources: ['fnmt-sole-administrator', 'madrid-representative-certificate', 'madrid-fnmt-steps'],
    link: sources['fnmt-sole-administrator'].url,
  },
  'activate-app': {
    group: 'after',
    sources: ['aeat-app-activation', 'clave-app'],
  },
  'activate-permanente': {
    group: 'after',
    sources: ['clave-permanente-procedures', 'clave-permanente-faq', 'aeat-login-types'],
    flag: 'permanente-at-aeat',
  },
  'activate-firma': {
    group: 'after',
    sources: ['clave-firma-educacion', 'um-clave-firma', 'seg-social-sede-clave'],
  },
  'use-codes-in-time': {
    group: 'after',
    sources: ['clave-pin-expiry', 'clave-movil-use', 'aeat-renta-reference'],
  },
  'raise-level': {
    group: 'after',
    sources: ['clave-how-to-register', 'aeat-app-procedures', 'madrid-in-person-registration-services'],
  },
} satisfies Record<ChecklistItemId, ChecklistItem>;
