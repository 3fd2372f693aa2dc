/**
 * The pages that justify each rule (docs/rules.md). The rules attach these to every reason they
 * record, so the plan can link "why" to an official page.
 */
import type { RuleId, SourceId } from '../../src/domain';

export const ruleSources = {
  // ── blockers (docs/rules.md#blockers) ──
  'blocker.no-nie': ['clave-how-to-register', 'interior-nie'],
  'blocker.nie-pending': ['clave-how-to-register', 'interior-nie'],
  'blocker.no-mobile': ['clave-faq', 'madrid-in-person-registration', 'seg-social-clave'],
  // ── level needed (docs/rules.md#level-needed) ──
  'level.sign-needs-advanced': ['clave-firma-educacion', 'clave-how-to-register'],
  'level.social-security-recommends-advanced': ['seg-social-clave'],
  'level.autonomo-recommends-advanced': ['seg-social-clave', 'seg-social-sede-clave'],
  'level.basic-suffices': [
    'aeat-renta-clave-movil',
    'aeat-modelo-720',
    'aeat-power-of-attorney',
    'aeat-modelo-036',
    'ibsalut-patient-portal',
  ],
  // ── FNMT certificate (docs/rules.md#fnmt-certificate) ──
  'fnmt.company-needs-representative': ['madrid-representative-certificate', 'fnmt-sole-administrator'],
  'fnmt.already-has-certificate': ['seg-social-clave'],
  'fnmt.autonomo': ['aeat-login-types', 'aeat-modelo-036'],
  'fnmt.sign': ['clave-firma-educacion'],
  'fnmt.nie-paper': ['aeat-app-activation', 'clave-movil-use', 'aeat-support-number'],
  'fnmt.no-phone': ['clave-faq', 'madrid-fnmt-steps'],
  'fnmt.no-visit-no-remote': ['madrid-fnmt-notary', 'fnmt-consular', 'clave-video-identification'],
  'fnmt.not-needed': ['aeat-power-of-attorney', 'aeat-modelo-720', 'aeat-renta-clave-movil'],
  // ── route (docs/rules.md#route) ──
  'route.usable-certificate': ['seg-social-clave', 'clave-how-to-register'],
  'route.dni-app-video': ['clave-video-identification', 'aeat-advanced-after-video', 'clave-how-to-register'],
  'route.nie-no-video': ['clave-video-identification', 'aeat-video-call-unavailable'],
  'route.no-visit-sign-certificate': ['clave-how-to-register', 'clave-firma-educacion', 'madrid-fnmt-steps'],
  'route.no-visit-letter': ['aeat-letter-request', 'aeat-letter-csv', 'aeat-census-by-post'],
  'route.no-visit-fnmt-notary': ['madrid-fnmt-notary', 'madrid-fnmt-steps', 'fnmt-consular'],
  'route.no-visit-nothing-remote': ['clave-how-to-register', 'madrid-fnmt-notary'],
  'route.fnmt-one-trip': ['madrid-fnmt-steps', 'seg-social-clave'],
  'route.advanced-in-person': ['madrid-in-person-registration', 'seg-social-clave'],
  'route.nie-paper-in-person': ['aeat-support-number', 'madrid-in-person-registration'],
  'route.letter': ['aeat-letter-request', 'aeat-letter-csv', 'seg-social-clave', 'aeat-census-by-post'],
  'route.default-in-person': ['madrid-in-person-registration', 'clave-how-to-register'],
  // ── alternatives (docs/rules.md#alternatives) ──
  'alternatives.in-person': ['madrid-in-person-registration'],
  'alternatives.invitation-letter': ['aeat-letter-request'],
  'alternatives.fnmt-then-certificate': ['madrid-fnmt-steps'],
  'alternatives.none': ['seg-social-clave'],
  // ── login variant and also-activate (docs/rules.md#login-variant-and-also-activate) ──
  'variant.nie-paper-permanente': ['aeat-app-activation', 'clave-movil-use', 'clave-permanente-procedures'],
  'variant.app-movil': ['clave-movil-what', 'clave-app'],
  'variant.sms-pin': ['clave-pin-obtain', 'aeat-login-types'],
  'variant.also-firma': ['clave-firma-educacion', 'um-clave-firma', 'clave-how-to-register'],
  'variant.also-permanente-regular': ['clave-permanente-procedures'],
  'variant.also-permanente-health': ['ibsalut-patient-portal'],
  'variant.also-permanente-firma': ['clave-firma-educacion'],
} satisfies Record<RuleId, SourceId[]>;
