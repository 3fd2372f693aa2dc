/**
 * The fixes of the "I already have Cl@ve" path and their notes: the pages behind each, an
 * uncertain fact it rests on, and the page to act on. rules/fix.ts chooses them; the words live
 * in content/locales/<lng>/fix.json under fixes.<id> and notes.<id>.
 */
import type { FixId, FixNoteId } from '../../src/domain';
import type { FixEntry, FixNote } from '../../src/catalog/catalog-schema';
import { sources } from './sources';

export const fixes = {
  'new-phone-sms': { sources: ['clave-app', 'aeat-app-activation', 'clave-movil-use'], link: sources['clave-app'].url },
  'new-phone-certificate': { sources: ['clave-app', 'aeat-app-activation'], link: sources['clave-app'].url },
  'new-number-online': {
    sources: ['clave-change-data', 'aeat-app-procedures'],
    link: sources['clave-change-data'].url,
  },
  'new-number-in-person': {
    sources: ['clave-change-data', 'madrid-in-person-registration-services', 'aeat-app-procedures'],
    flag: 'video-call-number-change',
  },
  'new-number-no-remote': {
    sources: ['clave-change-data', 'aeat-app-procedures', 'clave-change-data-en'],
    flag: 'video-call-number-change',
  },
  'password-reset': {
    sources: ['clave-permanente-procedures', 'clave-permanente-faq'],
    flag: 'permanente-password-lifetime',
    link: sources['clave-permanente-procedures'].url,
  },
  'activation-code-renew': {
    sources: ['clave-permanente-procedures', 'madrid-in-person-registration-services'],
    link: sources['clave-permanente-procedures'].url,
  },
  'card-renewed-nie': { sources: ['aeat-support-number', 'aeat-app-activation'], flag: 'renewed-card-check' },
  'card-renewed-dni': { sources: ['aeat-letter-csv', 'aeat-app-activation'], flag: 'renewed-card-check' },
  'advanced-online': { sources: ['clave-how-to-register', 'aeat-app-procedures', 'seg-social-clave'] },
  'advanced-in-person': { sources: ['madrid-in-person-registration-services', 'clave-how-to-register'] },
  'advanced-no-route': {
    sources: ['madrid-fnmt-steps', 'fnmt-consular', 'madrid-fnmt-notary', 'aeat-app-procedures'],
    flag: 'fnmt-video-identification',
  },
  'firma-renew-dnie': {
    sources: ['seg-social-sede-clave', 'aeat-renew-firma-dnie'],
    link: sources['aeat-renew-firma-dnie'].url,
  },
  'firma-renew-dnie-or-in-person': {
    sources: ['seg-social-sede-clave', 'aeat-renew-firma-dnie', 'madrid-in-person-registration-services'],
    link: sources['aeat-renew-firma-dnie'].url,
  },
  'firma-renew-in-person': { sources: ['seg-social-sede-clave', 'madrid-in-person-registration-services'] },
  'firma-renew-no-route': { sources: ['seg-social-sede-clave', 'aeat-renew-firma-dnie'] },
  'email-change': { sources: ['clave-change-data', 'aeat-change-data-pin'], link: sources['clave-change-data'].url },
  'renounce-online': {
    sources: ['aeat-app-procedures', 'renounce-secondary', 'renounce-aeat-older'],
    flag: 'renouncing-re-registration',
  },
  'renounce-in-person': {
    sources: ['madrid-in-person-registration-services', 'renounce-secondary', 'renounce-aeat-older'],
    flag: 'renouncing-re-registration',
  },
  'renounce-no-route': {
    sources: ['madrid-in-person-registration-services', 'aeat-app-procedures', 'renounce-secondary'],
    flag: 'renouncing-re-registration',
  },
} satisfies Record<FixId, FixEntry>;

export const fixNotes = {
  'only-one-device': { sources: ['clave-movil-use', 'clave-app'] },
  'old-number-gone': { sources: ['clave-change-data', 'aeat-app-activation'] },
  'review-raises-level': { sources: ['aeat-advanced-after-video', 'clave-how-to-register'] },
  'code-blocked-register-again': { sources: ['clave-permanente-procedures', 'clave-permanente-faq'] },
  'renounce-instead': { sources: ['clave-change-data', 'clave-permanente-procedures'] },
} satisfies Record<FixNoteId, FixNote>;
