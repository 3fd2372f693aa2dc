/**
 * Facts the official pages call temporary, or that our sources leave uncertain (spec §2.7).
 * When a policy changes, edit the entry here and its `lastChecked`; no code changes.
 */
import type { FlagId } from '../../src/domain';
import type { Flag } from '../../src/content/schema';
import { FACT_SHEET_DATE } from './sources';

const lastChecked = FACT_SHEET_DATE;

export const flags = {
  // clave.gob.es: automatic video identification is "for now" only for Spanish nationals with a DNI.
  'video-id-dni-only': { status: 'temporary', sources: ['clave-video-identification'], lastChecked },
  // The AEAT's list of logins names Cl@ve Móvil (incl. PIN), certificates and reference numbers, not Permanente.
  'permanente-at-aeat': { status: 'uncertain', sources: ['aeat-login-types', 'aeat-clave-faq'], lastChecked },
  // No page says which documents a Cl@ve office accepts from someone holding only the white NIE sheet.
  'nie-paper-at-offices': {
    status: 'uncertain',
    sources: ['madrid-in-person-registration', 'aeat-support-number'],
    lastChecked,
  },
  // A secondary source says re-registering after renouncing needs a certificate or a visit; an older AEAT page says a letter.
  'renouncing-re-registration': {
    status: 'uncertain',
    sources: ['renounce-secondary', 'renounce-aeat-older'],
    lastChecked,
  },
} satisfies Record<FlagId, Flag>;
