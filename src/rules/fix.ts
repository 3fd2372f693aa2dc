/**
 * fix(answers) → the fix for a problem with an existing Cl@ve registration (docs/fix.md).
 * Pure: no React, i18n, storage, DOM or clock. It validates its input, drops off-path answers,
 * and returns ids and reasons (each with the sources of content/catalog/fixes.ts), never words.
 */
import {
  fixAnswersSchema,
  type Answers,
  type ChecklistItemId,
  type FixAnswers,
  type FixId,
  type FixNoteId,
  type FixPlan,
  type OfficeId,
  type WarningId,
} from '../domain';
import { catalog } from '../catalog';
import { assertNever } from '../lib/assert-never';
import { missingOnFixPath, onFixPathAnswers } from './fix-applicability';

/** The in-person way, the remote one, or none: the answers leave one of these for a fix that has both. */
function byWay(a: FixAnswers, online: FixId, inPerson: FixId, none: FixId): FixId {
  if (a.cert === 'yes') return online;
  return a.visit === 'yes' ? inPerson : none;
}

function decideFix(a: FixAnswers): FixId {
  switch (a.problem) {
    case 'new-phone':
      // A new phone is activated with an SMS to the registered number, a certificate or a DNIe
      // with NFC; without any of them it is a change of number (source aeat-app-activation).
      if (a.oldsms === 'yes') return 'new-phone-sms';
      return byWay(a, 'new-phone-certificate', 'new-number-in-person', 'new-number-no-remote');
    case 'new-number':
      return byWay(a, 'new-number-online', 'new-number-in-person', 'new-number-no-remote');
    case 'password':
      return 'password-reset';
    case 'activation-code':
      return 'activation-code-renew';
    case 'card-renewed':
      return a.id === 'dni' ? 'card-renewed-dni' : 'card-renewed-nie';
    case 'need-advanced':
      return byWay(a, 'advanced-online', 'advanced-in-person', 'advanced-no-route');
    case 'firma-expired':
      // Renewed in person, or online with a DNIe only (source seg-social-sede-clave): NIE holders in person.
      if (a.id === 'dni') return a.visit === 'yes' ? 'firma-renew-dnie-or-in-person' : 'firma-renew-dnie';
      return a.visit === 'yes' ? 'firma-renew-in-person' : 'firma-renew-no-route';
    case 'change-email':
      return 'email-change';
    case 'renounce':
      return byWay(a, 'renounce-online', 'renounce-in-person', 'renounce-no-route');
    case undefined:
      throw new Error('a fix needs a problem (tryFix checks it)');
    default:
      return assertNever(a.problem);
  }
}

/** Fixes that mean a visit to a registration office. */
const IN_PERSON: ReadonlySet<FixId> = new Set<FixId>([
  'new-number-in-person',
  'advanced-in-person',
  'firma-renew-dnie-or-in-person',
  'firma-renew-in-person',
  'renounce-in-person',
]);

const NOTES: Record<FixNoteId, (a: FixAnswers, fix: FixId) => boolean> = {
  // Only one device is active: the new one replaces the old (source clave-movil-use).
  'only-one-device': (_a, fix) => fix === 'new-phone-sms' || fix === 'new-phone-certificate',
  // A new phone without the old number or a certificate is a change of number.
  'old-number-gone': (a, fix) => a.problem === 'new-phone' && fix.startsWith('new-number'),
  // A DNI holder who registered by app video reaches advanced through the manual review.
  'review-raises-level': (a) => a.problem === 'need-advanced' && a.id === 'dni',
  // Five wrong activation codes block it: the registration has to be made again.
  'code-blocked-register-again': (a) => a.problem === 'activation-code',
  'renounce-instead': (a) => a.problem === 'renounce',
};

const WARNINGS: Partial<Record<WarningId, (a: FixAnswers, fix: FixId) => boolean>> = {
  'one-number-per-person': (_a, fix) => fix.startsWith('new-number'),
  'register-the-number-you-keep': (_a, fix) => fix.startsWith('new-number'),
  'renouncing-is-hard': (a) => a.problem === 'renounce',
};

function bringFor(a: FixAnswers, fix: FixId): ChecklistItemId[] {
  if (!IN_PERSON.has(fix)) return [];
  const documents: ChecklistItemId[] = a.id === 'dni' ? ['bring-dni'] : ['bring-residence-document', 'bring-passport'];
  return ['book-appointment', ...documents];
}

function officesFor(a: FixAnswers, fix: FixId): OfficeId[] {
  const island = a.island;
  if (!IN_PERSON.has(fix) || island === undefined) return [];
  return (Object.keys(catalog.offices) as OfficeId[]).filter(
    (id) => catalog.offices[id].islands.includes(island) && catalog.offices[id].services.includes('change'),
  );
}

/** Registering again means the main flow: what this path already knows, in its ids. */
function handoverFor(a: FixAnswers): Answers | undefined {
  if (a.problem !== 'activation-code' && a.problem !== 'renounce') return undefined;
  const known: Answers = {};
  if (a.id !== undefined) known.id = a.id;
  if (a.cert !== undefined) known.cert = a.cert;
  if (a.visit !== undefined) known.visit = a.visit;
  if (a.island !== undefined) known.island = a.island;
  return known;
}

function makeFix(a: FixAnswers): FixPlan {
  const fixId = decideFix(a);
  const problem = a.problem;
  if (problem === undefined) throw new Error('unreachable: decideFix checked the problem');
  return {
    problem,
    fix: fixId,
    notes: (Object.keys(NOTES) as FixNoteId[]).filter((id) => NOTES[id](a, fixId)),
    warnings: (Object.keys(WARNINGS) as WarningId[]).filter((id) => WARNINGS[id]?.(a, fixId) === true),
    bring: bringFor(a, fixId),
    offices: officesFor(a, fixId),
    handover: handoverFor(a),
    reasons: [{ rule: fixId, sources: [...catalog.fixes[fixId].sources] }],
  };
}

export interface FixIssue {
  field: string;
  problem: 'not-an-object' | 'unknown-question' | 'invalid-value' | 'missing-answer';
}

export type FixResult = { ok: true; plan: FixPlan } | { ok: false; issues: FixIssue[] };

/** Validates and, if the answers are complete and valid, makes the fix. Never throws. */
export function tryFix(input: unknown): FixResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ field: '', problem: 'not-an-object' }] };
  }
  const parsed = fixAnswersSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.flatMap((issue): FixIssue[] =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({ field: key, problem: 'unknown-question' }))
          : [{ field: String(issue.path[0] ?? ''), problem: 'invalid-value' }],
      ),
    };
  }
  const missing = missingOnFixPath(parsed.data);
  if (missing.length > 0) return { ok: false, issues: missing.map((q) => ({ field: q, problem: 'missing-answer' })) };
  return { ok: true, plan: makeFix(onFixPathAnswers(parsed.data)) };
}
