/** The plan's vocabulary: the published ids, and the documents that list them kept equal to the code. */
import { readFileSync } from 'node:fs';
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

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('plan ids', () => {
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
  ])('%s has exactly the published values', (_name, got, want) => {
    expect([...got].sort()).toEqual([...want].sort());
  });

  it('docs/rules.md#warnings lists every warning id, one line each, and no other', () => {
    const rules = read('docs/rules.md');
    const section = rules.slice(rules.indexOf('## Warnings'), rules.indexOf('## Next steps'));
    const listed = [...section.matchAll(/^- `([a-z0-9-]+)`:/gm)].map((m) => m[1]);
    expect(listed).toEqual(warningIds.options);
  });

  it('the next steps cover the chain NIE → padrón → residence document → census (030/036) → Cl@ve → FNMT → income tax', () => {
    expect(nextStepIds.options).toEqual(
      expect.arrayContaining(['nie', 'padron', 'residence-document', 'census-030', 'census-036', 'clave', 'fnmt', 'income-tax']),
    );
  });

  it('the embed result event carries exactly the plan ids the README documents', () => {
    const documented = /event\.detail\.result = \{([^}]*)\}/.exec(read('README.md'))?.[1] ?? '';
    expect(documented.split(/[\s,/]+/).filter((w) => /^[a-zA-Z]+$/.test(w))).toEqual([...RESULT_EVENT_KEYS]);
  });
});
