/**
 * Fix links ("I already have Cl@ve", docs/fix.md): written and read back over the whole fix
 * answer space, validated and named like main links, and a link mixing both paths' answers
 * handled — the path the link names wins, the other path's parameters are named in the notice.
 */
import { describe, expect, it } from 'vitest';
import { onFixPathAnswers } from '../../src/rules';
import { applyLink, buildFixLink, buildLink, parseLink, stripAppliedParams } from '../../src/share';
import { everyFixAnswerSet } from '../rules/support/fix-space';

const BASE = 'https://wizard.example/';

function read(link: string) {
  const url = new URL(link);
  return parseLink(url.search, { pathname: url.pathname, languages: ['en', 'es'] });
}

describe('fix links: written and read back', () => {
  const sets = [...everyFixAnswerSet()];

  it(`every one of the ${sets.length} complete fix answer sets survives a link, and opens its fix`, () => {
    for (const answers of sets) {
      const link = buildFixLink(BASE, answers, { lang: 'es' });
      const parsed = read(link);
      expect(parsed.path, link).toBe('fix');
      expect(parsed.fix, link).toEqual(answers);
      expect(parsed.rejected, link).toEqual([]);
      expect(parsed.lang).toBe('es');
      expect(applyLink(parsed).path, link).toBe('/fix/result');
    }
  });

  it('writes the fix page, the answers in question order, then lang and v', () => {
    expect(buildFixLink(BASE, { island: 'ibiza', problem: 'new-number', visit: 'yes', cert: 'no', id: 'nie' }, { lang: 'en' })).toBe(
      `${BASE}fix?problem=new-number&cert=no&visit=yes&id=nie&island=ibiza&lang=en&v=1`,
    );
    expect(buildFixLink(BASE, {})).toBe(`${BASE}fix?v=1`);
  });

  it('only valid values are written, whatever the caller passes', () => {
    const bad = { problem: 'lost-dog', id: 'X1234567L' } as unknown as Parameters<typeof buildFixLink>[1];
    expect(buildFixLink(BASE, bad)).toBe(`${BASE}fix?v=1`);
  });
});

describe('fix links: bad input', () => {
  it('an unknown problem or value is named and left out; the path starts at its first question', () => {
    const parsed = read(`${BASE}fix?problem=lost-dog&cert=maybe&lang=en`);
    expect(parsed.path).toBe('fix');
    expect(parsed.fix).toEqual({});
    expect(parsed.rejected).toEqual([
      { param: 'problem', reason: 'invalid' },
      { param: 'cert', reason: 'invalid' },
    ]);
    const applied = applyLink(parsed);
    expect(applied.path).toBe('/fix');
    expect(applied.notice).toMatchObject({ noneUsed: true });
  });

  it('an identity type the fix path does not take (someone registered has an NIE or a DNI) is invalid', () => {
    expect(read(`${BASE}fix?problem=card-renewed&id=pending`).rejected).toEqual([{ param: 'id', reason: 'invalid' }]);
  });

  it('a repeated fix parameter is ambiguous: rejected, never guessed', () => {
    const parsed = read(`${BASE}fix?problem=password&problem=renounce`);
    expect(parsed.fix).toEqual({});
    expect(parsed.rejected).toEqual([{ param: 'problem', reason: 'repeated' }]);
  });

  it('values are read case-insensitively and trimmed, like main links', () => {
    expect(read(`${BASE}fix?problem=%20Card-Renewed%20&id=DNI`).fix).toEqual({ problem: 'card-renewed', id: 'dni' });
  });
});

describe('a link mixing both paths', () => {
  it('a fix link names the main flow\'s own questions as belonging to the other path; shared ids go to the fix', () => {
    const parsed = read(`${BASE}fix?problem=need-advanced&doc=tie&cert=no&tasks=tax`);
    expect(parsed.path).toBe('fix');
    expect(parsed.fix).toEqual({ problem: 'need-advanced', cert: 'no' });
    expect(parsed.answers).toEqual({});
    expect(parsed.rejected).toEqual([
      { param: 'doc', reason: 'other-path' },
      { param: 'tasks', reason: 'other-path' },
    ]);
  });

  it('`problem` makes any page\'s link a fix link', () => {
    const parsed = read(`${BASE}?problem=password&phone=es`);
    expect(parsed.path).toBe('fix');
    expect(parsed.rejected).toEqual([{ param: 'phone', reason: 'other-path' }]);
    expect(applyLink(parsed).path).toBe('/fix/result');
  });

  it('a main link names the fix path\'s own questions as belonging to the other path', () => {
    const parsed = read(`${BASE}?id=nie&oldsms=yes`);
    expect(parsed.path).toBe('main');
    expect(parsed.answers).toEqual({ id: 'nie' });
    expect(parsed.rejected).toEqual([{ param: 'oldsms', reason: 'other-path' }]);
  });

  it('a main link opened on a fix page is read as a fix link (the page is the path it names)', () => {
    const main = new URL(buildLink(BASE, { id: 'dni', doc: 'tie' }));
    const parsed = parseLink(main.search, { pathname: '/fix/check' });
    expect(parsed.path).toBe('fix');
    expect(parsed.fix).toEqual({ id: 'dni' });
    expect(parsed.rejected).toEqual([{ param: 'doc', reason: 'other-path' }]);
  });
});

describe('opening a fix link', () => {
  it('starts a fresh set of both paths\' answers and says what it cleared', () => {
    const parsed = read(`${BASE}fix?problem=change-email`);
    const applied = applyLink(parsed, { answers: { id: 'nie' }, ticks: ['book-appointment'], fix: { problem: 'password' } });
    expect(applied.answers).toEqual({});
    expect(applied.fix).toEqual({ problem: 'change-email' });
    expect(applied.path).toBe('/fix/result');
    expect(applied.notice).toBeUndefined(); // nothing rejected: nothing to say
    const mixed = applyLink(read(`${BASE}fix?problem=change-email&doc=tie`), { answers: { id: 'nie' }, ticks: [], fix: {} });
    expect(mixed.notice).toMatchObject({ clearedStored: true, rejected: [{ param: 'doc', reason: 'other-path' }] });
  });

  it('a complete link opens the fix, however many questions its path asks; an incomplete one its first gap', () => {
    expect(applyLink(read(`${BASE}fix?problem=new-number&cert=no&visit=yes&id=nie&island=mallorca`)).path).toBe('/fix/result');
    expect(applyLink(read(`${BASE}fix?problem=new-phone&oldsms=yes`)).path).toBe('/fix/result');
    expect(applyLink(read(`${BASE}fix?problem=new-phone`)).path).toBe('/fix/q/oldsms');
  });

  it('the applied parameters leave the address bar; the page stays', () => {
    expect(stripAppliedParams(`${BASE}fix/result?problem=password&lang=en&v=1`)).toBe('/fix/result');
  });

  it('the fix answers a link carries are the on-path ones the share button writes', () => {
    const answers = { problem: 'password', cert: 'yes', island: 'mallorca' } as const;
    expect(read(buildFixLink(BASE, onFixPathAnswers(answers))).fix).toEqual({ problem: 'password' });
  });
});
