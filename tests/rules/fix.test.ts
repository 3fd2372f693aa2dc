/**
 * The fix path (docs/fix.md): a rule table written as sentences for every problem and every
 * answer that changes its fix, then the whole fix answer space enumerated — every combination
 * yields a valid fix, every fix and note is reachable, and nothing off the path changes a fix.
 */
import { describe, expect, it } from 'vitest';
import {
  FIX_QUESTION_IDS,
  FIX_QUESTION_VALUES,
  fixIds,
  fixNoteIds,
  problemIds,
  type FixAnswers,
  type FixId,
  type FixNoteId,
  type FixPlan,
} from '../../src/domain';
import { onFixPathAnswers, tryFix } from '../../src/rules';
import { everyFixAnswerSet } from './support/fix-space';

const planOf = (answers: FixAnswers): FixPlan => {
  const result = tryFix(answers);
  if (!result.ok) throw new Error(`no fix for ${JSON.stringify(answers)}: ${JSON.stringify(result.issues)}`);
  return result.plan;
};

interface Row {
  sentence: string;
  answers: FixAnswers;
  fix: FixId;
  notes?: FixNoteId[];
  inPerson?: boolean;
}

const ROWS: Row[] = [
  { sentence: 'a new phone with SMS still reaching the registered number: activate the app with an SMS code', answers: { problem: 'new-phone', oldsms: 'yes' }, fix: 'new-phone-sms', notes: ['only-one-device'] },
  { sentence: 'a new phone, no SMS to the old number, a certificate or DNIe: activate the app with it', answers: { problem: 'new-phone', oldsms: 'no', cert: 'yes' }, fix: 'new-phone-certificate', notes: ['only-one-device'] },
  { sentence: 'a new phone, no old number, no certificate, can visit: it is a change of number, in person', answers: { problem: 'new-phone', oldsms: 'no', cert: 'no', visit: 'yes', id: 'nie', island: 'mallorca' }, fix: 'new-number-in-person', notes: ['old-number-gone'], inPerson: true },
  { sentence: 'a new phone, no old number, no certificate, cannot visit: no remote way to change the number', answers: { problem: 'new-phone', oldsms: 'no', cert: 'no', visit: 'no' }, fix: 'new-number-no-remote', notes: ['old-number-gone'] },
  { sentence: 'a changed number with a certificate or DNIe: change it online', answers: { problem: 'new-number', cert: 'yes' }, fix: 'new-number-online' },
  { sentence: 'a changed number without a certificate, can visit: in person at a registration office', answers: { problem: 'new-number', cert: 'no', visit: 'yes', id: 'dni', island: 'ibiza' }, fix: 'new-number-in-person', inPerson: true },
  { sentence: 'a changed number without a certificate, cannot visit: no remote way today', answers: { problem: 'new-number', cert: 'no', visit: 'no' }, fix: 'new-number-no-remote' },
  { sentence: 'a forgotten or blocked password: reset it with the activation code', answers: { problem: 'password' }, fix: 'password-reset' },
  { sentence: 'a lost or blocked activation code: regenerate it, or register again when blocked', answers: { problem: 'activation-code', id: 'nie' }, fix: 'activation-code-renew', notes: ['code-blocked-register-again'] },
  { sentence: 'a renewed TIE or EU certificate: type the new número de soporte', answers: { problem: 'card-renewed', id: 'nie' }, fix: 'card-renewed-nie' },
  { sentence: 'a renewed DNI: type the new validity date', answers: { problem: 'card-renewed', id: 'dni' }, fix: 'card-renewed-dni' },
  { sentence: 'advanced needed, with a certificate or DNIe: raise the level online', answers: { problem: 'need-advanced', cert: 'yes', id: 'nie' }, fix: 'advanced-online' },
  { sentence: 'advanced needed, no certificate, can visit: raise it in person', answers: { problem: 'need-advanced', cert: 'no', visit: 'yes', id: 'nie', island: 'other' }, fix: 'advanced-in-person', inPerson: true },
  { sentence: 'advanced needed, no certificate, cannot visit: no route fits; the FNMT certificate is the way', answers: { problem: 'need-advanced', cert: 'no', visit: 'no', id: 'nie' }, fix: 'advanced-no-route' },
  { sentence: 'advanced needed by a DNI holder: the video review may raise it by itself', answers: { problem: 'need-advanced', cert: 'yes', id: 'dni' }, fix: 'advanced-online', notes: ['review-raises-level'] },
  { sentence: 'Cl@ve Firma expired for a DNI holder who cannot visit: renew online with the DNIe', answers: { problem: 'firma-expired', visit: 'no', id: 'dni' }, fix: 'firma-renew-dnie' },
  { sentence: 'Cl@ve Firma expired for a DNI holder who can visit: the DNIe online, or in person', answers: { problem: 'firma-expired', visit: 'yes', id: 'dni', island: 'mallorca' }, fix: 'firma-renew-dnie-or-in-person', inPerson: true },
  { sentence: 'Cl@ve Firma expired for an NIE holder who can visit: in person only', answers: { problem: 'firma-expired', visit: 'yes', id: 'nie', island: 'menorca' }, fix: 'firma-renew-in-person', inPerson: true },
  { sentence: 'Cl@ve Firma expired for an NIE holder who cannot visit: no route (only in person renews it)', answers: { problem: 'firma-expired', visit: 'no', id: 'nie' }, fix: 'firma-renew-no-route' },
  { sentence: 'a new e-mail: change it with Cl@ve PIN or in the app', answers: { problem: 'change-email' }, fix: 'email-change' },
  { sentence: 'renouncing with a certificate or DNIe: online, after the warning', answers: { problem: 'renounce', cert: 'yes' }, fix: 'renounce-online', notes: ['renounce-instead'] },
  { sentence: 'renouncing without a certificate, can visit: in person', answers: { problem: 'renounce', cert: 'no', visit: 'yes', id: 'nie', island: 'formentera' }, fix: 'renounce-in-person', notes: ['renounce-instead'], inPerson: true },
  { sentence: 'renouncing without a certificate, cannot visit: no way to renounce remotely', answers: { problem: 'renounce', cert: 'no', visit: 'no' }, fix: 'renounce-no-route', notes: ['renounce-instead'] },
];

describe('fix: the rule table', () => {
  it.each(ROWS)('$sentence', ({ answers, fix, notes, inPerson }) => {
    const plan = planOf(answers);
    expect(plan.fix).toBe(fix);
    if (notes !== undefined) expect(plan.notes).toEqual(notes);
    expect(plan.bring.length > 0).toBe(inPerson === true);
    expect(plan.reasons).toEqual([{ rule: fix, sources: expect.arrayContaining([expect.any(String)]) as unknown }]);
  });

  it('what to bring follows the identity number: a DNI, or the residence document and the passport', () => {
    expect(planOf({ problem: 'new-number', cert: 'no', visit: 'yes', id: 'dni', island: 'mallorca' }).bring).toEqual(['book-appointment', 'bring-dni']);
    expect(planOf({ problem: 'new-number', cert: 'no', visit: 'yes', id: 'nie', island: 'mallorca' }).bring).toEqual([
      'book-appointment',
      'bring-residence-document',
      'bring-passport',
    ]);
  });

  it('offices are those that change a registration, on the island: never the registry that only registers', () => {
    const mallorca = planOf({ problem: 'new-number', cert: 'no', visit: 'yes', id: 'nie', island: 'mallorca' }).offices;
    expect(mallorca).toContain('aeat-appointment');
    expect(mallorca).not.toContain('caib-son-espases');
    expect(planOf({ problem: 'new-number', cert: 'no', visit: 'yes', id: 'nie', island: 'ibiza' }).offices).toEqual(['clave-office-finder']);
    expect(planOf({ problem: 'new-number', cert: 'yes' }).offices).toEqual([]);
  });

  it('registering again hands over to the main flow with what the fix path knows, in the main ids', () => {
    expect(planOf({ problem: 'activation-code', id: 'dni' }).handover).toEqual({ id: 'dni' });
    expect(planOf({ problem: 'renounce', cert: 'no', visit: 'yes', id: 'nie', island: 'menorca' }).handover).toEqual({
      id: 'nie',
      cert: 'no',
      visit: 'yes',
      island: 'menorca',
    });
    expect(planOf({ problem: 'password' }).handover).toBeUndefined();
  });

  it('a change of number warns that one number belongs to one person, and to register the number you keep', () => {
    expect(planOf({ problem: 'new-number', cert: 'yes' }).warnings).toEqual(['one-number-per-person', 'register-the-number-you-keep']);
    expect(planOf({ problem: 'renounce', cert: 'yes' }).warnings).toEqual(['renouncing-is-hard']);
  });

  it('bad input is named, never a crash', () => {
    expect(tryFix(null)).toEqual({ ok: false, issues: [{ field: '', problem: 'not-an-object' }] });
    expect(tryFix({ problem: 'lost-dog' })).toEqual({ ok: false, issues: [{ field: 'problem', problem: 'invalid-value' }] });
    expect(tryFix({ problem: 'password', doc: 'tie' })).toEqual({ ok: false, issues: [{ field: 'doc', problem: 'unknown-question' }] });
    expect(tryFix({ problem: 'new-phone' })).toEqual({ ok: false, issues: [{ field: 'oldsms', problem: 'missing-answer' }] });
    expect(tryFix({})).toEqual({ ok: false, issues: [{ field: 'problem', problem: 'missing-answer' }] });
  });
});

describe('fix: the whole answer space', () => {
  const sets = [...everyFixAnswerSet()];
  const plans = sets.map((a) => [a, tryFix(a)] as const);

  it(`every one of the ${sets.length} combinations yields a valid fix`, () => {
    console.log(`[fix] ${sets.length} complete fix answer sets`);
    expect(sets.length).toBeGreaterThan(50);
    expect(plans.filter(([, r]) => !r.ok).map(([a]) => a)).toEqual([]);
  });

  it('every problem, fix and note is reached by some answers', () => {
    const ok = plans.flatMap(([, r]) => (r.ok ? [r.plan] : []));
    expect(new Set(ok.map((p) => p.problem))).toEqual(new Set(problemIds.options));
    expect(new Set(ok.map((p) => p.fix))).toEqual(new Set(fixIds.options));
    expect(new Set(ok.flatMap((p) => p.notes))).toEqual(new Set(fixNoteIds.options));
  });

  it('a fix always comes from its problem: the fix id names it', () => {
    const prefix: Record<string, string[]> = {
      'new-phone': ['new-phone', 'new-number'],
      'new-number': ['new-number'],
      password: ['password'],
      'activation-code': ['activation-code'],
      'card-renewed': ['card-renewed'],
      'need-advanced': ['advanced'],
      'firma-expired': ['firma'],
      'change-email': ['email'],
      renounce: ['renounce'],
    };
    for (const [a, r] of plans) {
      if (!r.ok) continue;
      expect(prefix[r.plan.problem]?.some((p) => r.plan.fix.startsWith(p)), `${JSON.stringify(a)} → ${r.plan.fix}`).toBe(true);
    }
  });

  it('an in-person fix always says what to bring, and only then; offices only with an island', () => {
    for (const [, r] of plans) {
      if (!r.ok) continue;
      const inPerson = r.plan.bring.length > 0;
      expect(r.plan.offices.length > 0).toBe(inPerson);
    }
  });

  it('answers off the fix path never change a fix (the main flow\'s shared ids included)', () => {
    for (const a of sets.slice(0, 400)) {
      const base = tryFix(a);
      for (const q of FIX_QUESTION_IDS) {
        if (a[q] !== undefined) continue;
        for (const value of FIX_QUESTION_VALUES[q]) {
          const withExtra = { ...a, [q]: value };
          if (JSON.stringify(onFixPathAnswers(withExtra)) !== JSON.stringify(a)) continue; // it would be on the path
          expect(tryFix(withExtra)).toEqual(base);
        }
      }
    }
  });
});
