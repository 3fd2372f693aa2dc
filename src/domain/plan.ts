/**
 * The plan's vocabulary (docs/rules.md#how-a-plan-is-made): every id that `recommend` can return.
 * The rules return these ids only; content/ turns them into words in every locale.
 * Each list is a zod enum so links, embeds, content files and tests can validate against it.
 */
import * as z from 'zod/mini';

export const blockerIds = z.enum(['no-nie', 'nie-pending', 'no-mobile']);
export const levelIds = z.enum(['basic', 'advanced']);
export const routeIds = z.enum([
  'certificate-online',
  'app-video',
  'fnmt-then-certificate',
  'in-person',
  'invitation-letter',
]);
export const variantIds = z.enum(['movil', 'pin', 'permanente']);
export const alsoActivateIds = z.enum(['permanente', 'firma']);
export const fnmtIds = z.enum(['required', 'recommended', 'not-needed']);
export const decisionIds = z.enum(['blockers', 'level', 'route', 'alternatives', 'variant', 'fnmt']);
export const strengthIds = z.enum(['required', 'recommended']);

/** Warnings (docs/rules.md#warnings), each shown only where it applies. */
export const warningIds = z.enum([
  'video-id-dni-only',
  'video-review-can-remove',
  'letter-goes-to-fiscal-address',
  'one-number-per-person',
  'foreign-sms-reception',
  'register-the-number-you-keep',
  'app-renamed',
  'code-expiry',
  'level-below-needed',
  'basic-level-limits',
  'nie-paper-logins',
  'renewed-card-new-support-number',
  'gp-booking-needs-no-clave',
  'health-portal-balearic-only',
  'immigration-status-no-eid',
  'immigration-status-not-for-eu',
  'fnmt-not-needed-for-gestor',
  'fnmt-not-needed-for-720',
  'autonomo-fnmt-not-compulsory',
  'clave-is-personal-not-company',
  'firma-five-year-renewal',
  'no-remote-route',
  'renouncing-is-hard',
  'notifications-check-regularly',
  'no-mobile-with-certificate',
  'company-certificate-needs-computer',
]);

/**
 * Notes the route section shows beside the route itself: what the route does not do yet for
 * this person (no mobile yet, basic until the video review, no signing on the letter) and
 * uncertain facts that touch it. Each applies only where its predicate in rules/route-notes holds.
 */
export const routeNoteIds = z.enum([
  'after-mobile',
  'after-mobile-certificate-first',
  'basic-until-review',
  'letter-cannot-sign',
  'nie-paper-certificate-unconfirmed',
]);

/** Checklist items (docs/rules.md#checklist), in the order they are shown within their group. */
export const checklistItemIds = z.enum([
  // before
  'mobile-and-email',
  'census-form-030-by-post',
  'census-form-036-by-post',
  'request-invitation-letter',
  'install-clave-app',
  'prepare-video-identification',
  'certificate-at-hand',
  'fnmt-install-configurator',
  'fnmt-request-code',
  'book-appointment',
  'fnmt-notarised-signature',
  // at the office
  'bring-residence-document',
  'bring-nie-paper',
  'bring-passport',
  'bring-dni',
  'attend-in-person',
  'fnmt-accredit-identity',
  // after
  'enter-letter-code',
  'fnmt-download-same-browser',
  'fnmt-backup-certificate',
  'register-clave-with-certificate',
  'representative-certificate',
  'activate-app',
  'activate-permanente',
  'activate-firma',
  'use-codes-in-time',
  'raise-level',
]);
export const checklistGroupIds = z.enum(['before', 'at-office', 'after']);

/** The newcomer's chain (docs/rules.md#next-steps); the census step is named by the form that fits `work`. */
export const nextStepIds = z.enum([
  'nie',
  'padron',
  'residence-document',
  'census-030',
  'census-036',
  'clave',
  'fnmt',
  'income-tax',
]);
export const nextStepStatusIds = z.enum(['done', 'now', 'later']);

/** Places to register, each with a source; never a street address (docs/rules.md#offices). */
export const officeIds = z.enum([
  'caib-son-espases',
  'aeat-appointment',
  'seg-social-appointment',
  'clave-office-finder',
]);

/** Procedures for the "what you can do with this plan" table (docs/rules.md#what-you-can-do-capabilities). */
export const capabilityIds = z.enum([
  'renta-modelo-100',
  'modelo-720',
  'modelo-036',
  'aeat-power-for-gestor',
  'seguridad-social',
  'dehu-notifications',
  'sign-documents',
  'extranjeria-status',
  'health-gp-booking',
  'health-portal-high',
  'caib-generic-registry',
]);
/** What a procedure asks for, weakest first. */
export const requirementIds = z.enum(['no-eid', 'basic', 'advanced-recommended', 'permanente', 'firma-or-certificate']);
/**
 * `partly`: the basic level opens some of the procedure's services but the body recommends
 * advanced; `not-for-eu`: the online service is closed to EU citizens whatever they register with.
 */
export const capabilityStatusIds = z.enum(['ready', 'partly', 'not-yet', 'no-eid-needed', 'not-for-eu']);

/** Why each decision was made: one id per rule, so the plan can explain itself. */
export const ruleIds = z.enum([
  'blocker.no-nie',
  'blocker.nie-pending',
  'blocker.no-mobile',
  'level.sign-needs-advanced',
  'level.social-security-recommends-advanced',
  'level.autonomo-recommends-advanced',
  'level.basic-suffices',
  'fnmt.company-needs-representative',
  'fnmt.already-has-certificate',
  'fnmt.autonomo',
  'fnmt.sign',
  'fnmt.nie-paper',
  'fnmt.no-phone',
  'fnmt.no-visit-no-remote',
  'fnmt.not-needed',
  'route.usable-certificate',
  'route.dni-app-video',
  'route.no-visit-sign-certificate',
  'route.nie-no-video',
  'route.no-visit-letter',
  'route.no-visit-fnmt-notary',
  'route.no-visit-nothing-remote',
  'route.fnmt-one-trip',
  'route.advanced-in-person',
  'route.nie-paper-in-person',
  'route.letter',
  'route.default-in-person',
  'alternatives.in-person',
  'alternatives.invitation-letter',
  'alternatives.fnmt-then-certificate',
  'alternatives.none',
  'variant.nie-paper-permanente',
  'variant.app-movil',
  'variant.sms-pin',
  'variant.also-firma',
  'variant.also-permanente-regular',
  'variant.also-permanente-health',
  'variant.also-permanente-firma',
]);

/** The official (and a few secondary) pages behind every fact; see content/catalog/sources.ts. */
export const sourceIds = z.enum([
  'clave-how-to-register',
  'clave-video-identification',
  'aeat-advanced-after-video',
  'aeat-video-call-unavailable',
  'aeat-letter-csv',
  'aeat-letter-request',
  'seg-social-clave',
  'aeat-app-activation',
  'aeat-app-procedures',
  'madrid-in-person-registration',
  'madrid-in-person-registration-services',
  'administracion-register-clave',
  'alcobendas-in-person-registration',
  'interior-tie',
  'clave-faq',
  'clave-faq-en',
  'clave-change-data',
  'clave-change-data-en',
  'clave-movil-what',
  'clave-movil-use',
  'clave-app',
  'aeat-renta-clave-movil',
  'clave-pin-expiry',
  'clave-pin-obtain',
  'app-rename-press',
  'clave-permanente-procedures',
  'clave-permanente-faq',
  'clave-permanente-security-old',
  'seg-social-permanente-en',
  'aeat-renew-firma-dnie',
  'aeat-change-data-pin',
  'aeat-clave-faq',
  'clave-firma-educacion',
  'um-clave-firma',
  'seg-social-sede-clave',
  'aeat-power-of-attorney',
  'aeat-modelo-720',
  'aeat-modelo-036',
  'aeat-login-types',
  'aeat-clave-natural-persons',
  'aeat-census-by-post',
  'aeat-modelo-030-instructions',
  'aeat-renta-reference',
  'ibsalut-patient-portal',
  'extranjeria-file-status',
  'dehu-secondary',
  'fnmt-consular',
  'fnmt-abroad-faq',
  'fnmt-video-guide',
  'fnmt-video-press-2023',
  'fnmt-video-press-2026',
  'madrid-fnmt-steps',
  'aeat-fnmt-id-documents',
  'madrid-fnmt-notary',
  'fnmt-sole-administrator',
  'madrid-representative-certificate',
  'aeat-support-number',
  'check-letter-algorithm',
  'son-espases-caib-registry',
  'aeat-appointment',
  'caib-offices-faq',
  'renounce-secondary',
  'renounce-aeat-older',
  'interior-nie',
  'policia-eu-registration',
  'aeat-tax-residence',
  'palma-padron',
]);

/** Facts marked "temporarily" or uncertain (docs/rules.md#flags): content flags, never code. */
export const flagIds = z.enum([
  'video-id-dni-only',
  'permanente-at-aeat',
  'nie-paper-at-offices',
  'renouncing-re-registration',
  'fnmt-video-identification',
  'nie-paper-certificate-registration',
  'video-call-number-change',
  'permanente-password-lifetime',
  'renewed-card-check',
]);

export type BlockerId = z.infer<typeof blockerIds>;
export type Level = z.infer<typeof levelIds>;
export type Route = z.infer<typeof routeIds>;
export type Variant = z.infer<typeof variantIds>;
export type AlsoActivate = z.infer<typeof alsoActivateIds>;
export type FnmtVerdict = z.infer<typeof fnmtIds>;
export type Decision = z.infer<typeof decisionIds>;
export type Strength = z.infer<typeof strengthIds>;
export type WarningId = z.infer<typeof warningIds>;
export type RouteNoteId = z.infer<typeof routeNoteIds>;
export type ChecklistItemId = z.infer<typeof checklistItemIds>;
export type NextStepId = z.infer<typeof nextStepIds>;
export type NextStepStatus = z.infer<typeof nextStepStatusIds>;
export type OfficeId = z.infer<typeof officeIds>;
export type CapabilityId = z.infer<typeof capabilityIds>;
export type Requirement = z.infer<typeof requirementIds>;
export type CapabilityStatus = z.infer<typeof capabilityStatusIds>;
export type RuleId = z.infer<typeof ruleIds>;
export type SourceId = z.infer<typeof sourceIds>;
export type FlagId = z.infer<typeof flagIds>;

export interface Reason {
  decision: Decision;
  rule: RuleId;
  strength?: Strength;
  sources: SourceId[];
}

export interface NextStep {
  step: NextStepId;
  status: NextStepStatus;
}

export interface CapabilityRow {
  capability: CapabilityId;
  requirement: Requirement;
  status: CapabilityStatus;
  /** true when one of the user's tasks (or their work) needs this procedure */
  relevant: boolean;
}

/** What `recommend` returns: ids and statuses only, never words (docs/rules.md#how-a-plan-is-made). */
export interface Plan {
  blockers: BlockerId[];
  level: Level;
  levelObtained: Level;
  route: Route;
  alternatives: Route[];
  variant: Variant;
  alsoActivate: AlsoActivate[];
  fnmt: FnmtVerdict;
  checklist: ChecklistItemId[];
  warnings: WarningId[];
  /** notes on the route, shown in its section (not part of the embed event, whose keys RESULT_EVENT_KEYS fixes) */
  routeNotes: RouteNoteId[];
  nextSteps: NextStep[];
  offices: OfficeId[];
  capabilities: CapabilityRow[];
  reasons: Reason[];
}

/** The subset of the plan sent to an embedding host page (docs/hosting.md#embedding-for-agencies): ids only, never answers. */
export const RESULT_EVENT_KEYS = [
  'blockers',
  'level',
  'levelObtained',
  'route',
  'alternatives',
  'variant',
  'alsoActivate',
  'fnmt',
  'checklist',
  'warnings',
] as const satisfies readonly (keyof Plan)[];
export type ResultEvent = Pick<Plan, (typeof RESULT_EVENT_KEYS)[number]>;
