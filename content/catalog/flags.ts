/**
 * Facts the official pages call temporary, or that our sources leave uncertain.
 * When a policy changes, edit the entry here (and re-read its sources); no code changes.
 * A flag's date is the day its sources were last read (src/catalog `flagReadOn`), so it
 * can never carry a date no source backs.
 */
import type { FlagId } from '../../src/domain';
import type { Flag } from '../../src/catalog/catalog-schema';

export const flags = {
  // clave.gob.es: automatic video identification is "for now" only for Spanish nationals with a DNI.
  'video-id-dni-only': { status: 'temporary', confidence: 'high', sources: ['clave-video-identification'] },
  // The AEAT's list of logins names Cl@ve Móvil (incl. PIN), certificates and reference numbers, not Permanente.
  'permanente-at-aeat': { status: 'uncertain', confidence: 'medium', sources: ['aeat-login-types', 'aeat-clave-faq'] },
  // No page says which documents a Cl@ve office accepts from someone holding only the white NIE sheet.
  'nie-paper-at-offices': {
    status: 'uncertain',
    confidence: 'low',
    sources: ['madrid-in-person-registration', 'aeat-support-number'],
  },
  // A secondary source says re-registering after renouncing needs a certificate or a visit; an older AEAT page says a letter.
  'renouncing-re-registration': {
    status: 'uncertain',
    confidence: 'medium',
    sources: ['renounce-secondary', 'renounce-aeat-older'],
  },
  // Consulates list FNMT video identification (for a fee); the press describes it with a DNI; nothing settles NIE holders.
  'fnmt-video-identification': {
    status: 'uncertain',
    confidence: 'low',
    sources: ['fnmt-consular', 'fnmt-video-press-2026', 'fnmt-video-press-2023', 'fnmt-video-guide'],
  },
  // The app and logins ask for a support number; nothing says whether registering with a certificate does.
  'nie-paper-certificate-registration': {
    status: 'uncertain',
    confidence: 'low',
    sources: ['aeat-support-number', 'aeat-app-activation'],
  },
  // The app's page says the staffed video-call change of number is temporarily unavailable.
  'video-call-number-change': {
    status: 'temporary',
    confidence: 'high',
    sources: ['aeat-app-procedures', 'clave-change-data-en'],
  },
  // "Durable but not unlimited" (AEAT); one year (Seguridad Social); two years (an older clave.gob.es page).
  'permanente-password-lifetime': {
    status: 'uncertain',
    confidence: 'low',
    sources: ['aeat-clave-faq', 'seg-social-permanente-en', 'clave-permanente-security-old'],
  },
  // Inferred from how the contrast data are checked: a renewed card has a new support number.
  'renewed-card-check': { status: 'uncertain', confidence: 'low', sources: ['aeat-support-number'] },
} satisfies Record<FlagId, Flag>;
