/**
 * How a future flow version would migrate old links, run against a hypothetical table.
 *
 * Imagine v2 of the flow where (1) the `doc` question's parameter is renamed `card`,
 * (2) the `nie-paper` value becomes `white-sheet`, (3) the `immigration` task is merged into
 * another one and has no equivalent, and (4) a v1 question `legacy` disappears. Today's domain
 * plays "v1" here and a hypothetical "v0" plays the older version, so the current schemas can
 * judge the migrated result: the table below migrates v0 links to today's names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLink, type LinkMigration } from '../../src/share';

/** v0 → v1: the mirror image of the future rename described above. */
const EXAMPLE_MIGRATIONS: readonly LinkMigration[] = [
  {
    from: 0,
    renameParams: { card: 'doc' },
    renameValues: { doc: { 'white-sheet': 'nie-paper' }, tasks: { 'residence-permit': null } },
    dropParams: ['legacy'],
  },
];
const options = { migrations: EXAMPLE_MIGRATIONS, currentVersion: 1 };

describe('link migrations (hypothetical table)', () => {
  it('renames parameters and values of an old link and reports where it came from', () => {
    const parsed = parseLink('v=0&id=nie&card=white-sheet', options);
    expect(parsed.answers).toEqual({ id: 'nie', doc: 'nie-paper' });
    expect(parsed.migratedFrom).toBe(0);
    expect(parsed.version).toBe(1);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.carriesAnswers).toBe(true);
  });

  it('reports what the new version cannot carry, item by item for tasks', () => {
    const parsed = parseLink('v=0&tasks=tax,residence-permit&legacy=1', options);
    expect(parsed.answers).toEqual({ tasks: ['tax'] });
    expect(parsed.dropped).toEqual([
      { param: 'tasks', value: 'residence-permit', fromVersion: 0 },
      { param: 'legacy', fromVersion: 0 },
    ]);
  });

  it('treats an old and a new name for the same question as a repeated parameter', () => {
    const parsed = parseLink('v=0&card=tie&doc=eu-cert', options);
    expect(parsed.answers).toEqual({});
    expect(parsed.rejected).toEqual([{ param: 'doc', reason: 'repeated' }]);
  });

  it('reads current-version links unchanged (identity)', () => {
    const parsed = parseLink('v=1&id=nie&doc=nie-paper', options);
    expect(parsed.answers).toEqual({ id: 'nie', doc: 'nie-paper' });
    expect(parsed.migratedFrom).toBeUndefined();
    expect(parsed.dropped).toEqual([]);
    // In v1 the old name is just unknown.
    expect(parseLink('v=1&card=tie', options).rejected).toEqual([{ param: 'card', reason: 'unknown' }]);
  });

  it('never throws on arbitrary old links', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (tail) => {
        const parsed = parseLink(`v=0&${tail}`, options);
        expect(parsed.version).toBe(1);
      }),
    );
  });
});

describe('v1 links made before rules v3', () => {
  it('still open, and a link that was complete under v2 now leads to the newly needed question', async () => {
    const { nextStep } = await import('../../src/flow');
    // A DNI holder with the app and no mobile: v2 went straight to the plan; v3 asks about a visit.
    const link = parseLink('id=dni&phone=none&app=yes&cert=no&work=employee&tasks=tax&use=occasional&island=mallorca&v=1');
    expect(link.rejected).toEqual([]);
    expect(nextStep(link.answers)).toBe('visit');
    // Every other v1 answer set keeps working: ids and values did not change.
    const letter = parseLink('id=nie&doc=tie&phone=es&app=yes&cert=no&work=employee&tasks=tax&use=occasional&visit=yes&fiscal=yes&island=mallorca&v=1');
    expect(letter.rejected).toEqual([]);
    expect(nextStep(letter.answers)).toBe('check');
  });
});
