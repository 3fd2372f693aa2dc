/** The plan's vocabulary (spec §2.6, §2.7): every id the spec names exists in the domain enums. */
import { describe, expect, it } from 'vitest';
import {
  alsoActivateIds,
  blockerIds,
  checklistGroupIds,
  decisionIds,
  fnmtIds,
  levelIds,
  nextStepIds,
  nextStepStatusIds,
  RESULT_EVENT_KEYS,
  routeIds,
  strengthIds,
  variantIds,
  warningIds,
} from '../../src/domain';

describe('plan ids (spec §2.6)', () => {
  it.each<[string, readonly string[], string[]]>([
    ['blockers', blockerIds.options, ['no-nie', 'nie-pending', 'no-mobile']],
    ['level', levelIds.options, ['basic', 'advanced']],
    ['route', routeIds.options, ['certificate-online', 'app-video', 'fnmt-then-certificate', 'in-person', 'invitation-letter']],
    ['variant', variantIds.options, ['movil', 'pin', 'permanente']],
    ['alsoActivate', alsoActivateIds.options, ['permanente', 'firma']],
    ['fnmt', fnmtIds.options, ['required', 'recommended', 'not-needed']],
    ['decision', decisionIds.options, ['blockers', 'level', 'route', 'alternatives', 'variant', 'fnmt']],
    ['strength', strengthIds.options, ['required', 'recommended']],
    ['next-step status', nextStepStatusIds.options, ['done', 'now', 'later']],
    ['checklist group', checklistGroupIds.options, ['before', 'at-office', 'after']],
  ])('%s has exactly the spec values', (_name, got, want) => {
    expect([...got].sort()).toEqual([...want].sort());
  });

  it('every warning the spec lists (§2.7) is a warning id', () => {
    const spec = [
      'video-id-dni-only',
      'letter-goes-to-fiscal-address',
      'one-number-per-person',
      'foreign-sms-reception',
      'register-the-number-you-keep',
      'app-renamed',
      'code-expiry',
      'level-below-needed',
      'nie-paper-logins',
      'renewed-card-new-support-number',
      'gp-booking-needs-no-clave',
      'health-portal-balearic-only',
      'immigration-status-no-eid',
      'immigration-status-not-for-eu',
      'fnmt-not-needed-for-gestor',
      'autonomo-fnmt-not-compulsory',
      'video-review-can-remove',
      'no-remote-route',
      'renouncing-is-hard',
      'notifications-check-regularly',
      'no-mobile-with-certificate',
    ];
    expect(warningIds.options).toEqual(expect.arrayContaining(spec));
  });

  it('the next steps cover the chain NIE → padrón → residence document → census (030/036) → Cl@ve → FNMT → income tax', () => {
    expect(nextStepIds.options).toEqual(
      expect.arrayContaining(['nie', 'padron', 'residence-document', 'census-030', 'census-036', 'clave', 'fnmt', 'income-tax']),
    );
  });

  it('the embed result event carries exactly the ids of spec §4', () => {
    expect([...RESULT_EVENT_KEYS]).toEqual([
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
    ]);
  });
});
