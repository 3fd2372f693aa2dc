import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, QUESTION_VALUES, type Answers } from '../../src/domain';
import { EMBED_PARAMS } from '../../src/embed/options';
import {
  LINK_EMBED_PARAMS,
  LINK_MIGRATIONS,
  LINK_VERSION,
  MAX_QUERY_LENGTH,
  PersonalDataInLinkError,
  WHOLE_LINK,
  applyLink,
  assertNoPersonalData,
  buildLink,
  hasAnswerParams,
  parseLink,
  stripAppliedParams,
} from '../../src/share';

/** The example link the README gives agents (read from the README, so the two cannot drift). */
const README_EXAMPLE = /https:\/\/WIZARD-ORIGIN\/(\?[^\s`]+)/.exec(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'))?.[1] ?? '';

const README_ANSWERS: Answers = {
  id: 'nie',
  doc: 'tie',
  phone: 'es',
  app: 'yes',
  cert: 'no',
  work: 'employee',
  tasks: ['tax', 'health'],
  use: 'occasional',
  visit: 'yes',
  fiscal: 'yes',
  island: 'mallorca',
};

describe('parseLink: valid links', () => {
  it("reads the README's example link", () => {
    const parsed = parseLink(README_EXAMPLE);
    expect(parsed.answers).toEqual(README_ANSWERS);
    expect(parsed.lang).toBe('en');
    expect(parsed.rejected).toEqual([]);
    expect(parsed.dropped).toEqual([]);
    expect(parsed.carriesAnswers).toBe(true);
    expect(parsed.version).toBe(LINK_VERSION);
    expect(parsed.migratedFrom).toBeUndefined();
  });

  it('accepts the query with or without "?" and as URLSearchParams', () => {
    const a = parseLink('id=dni&app=yes');
    const b = parseLink('?id=dni&app=yes');
    const c = parseLink(new URLSearchParams('id=dni&app=yes'));
    expect(a).toEqual(b);
    expect(b).toEqual(c);
    expect(a.answers).toEqual({ id: 'dni', app: 'yes' });
  });

  it('treats an empty tasks value as "no tasks" (an answer, not a gap)', () => {
    expect(parseLink('tasks=').answers).toEqual({ tasks: [] });
  });

  it('is lenient with case and surrounding spaces, strict with everything else', () => {
    expect(parseLink('id=NIE&tasks=Tax,%20Sign').answers).toEqual({ id: 'nie', tasks: ['tax', 'sign'] });
  });

  it('reads v=1 links exactly as unversioned ones (the current version is the identity)', () => {
    expect(parseLink('id=nie&v=1')).toEqual({ ...parseLink('id=nie'), isOurs: true });
    expect(parseLink('id=nie&v=1').migratedFrom).toBeUndefined();
    expect(LINK_MIGRATIONS).toEqual([]);
  });

  it('normalises the language (region → base) and rejects unsupported ones', () => {
    expect(parseLink('lang=es-MX').lang).toBe('es');
    expect(parseLink('lang=FR').lang).toBe('fr');
    expect(parseLink('lang=xx').rejected).toEqual([{ param: 'lang', reason: 'invalid' }]);
    expect(parseLink('lang=pt', { languages: ['en', 'pt'] }).lang).toBe('pt');
  });

  it('passes embed parameters through raw, never as unknown', () => {
    const parsed = parseLink('embed=1&accent=0b6e4f&bg=transparent&frame=cw-1&origin=https://agency.example');
    expect(parsed.rejected).toEqual([]);
    expect(parsed.embed).toEqual({
      embed: '1',
      accent: '0b6e4f',
      bg: 'transparent',
      frame: 'cw-1',
      origin: 'https://agency.example',
    });
    expect(parsed.isOurs).toBe(false);
    expect(parsed.carriesAnswers).toBe(false);
  });

  it('knows the same embed parameters as the embed layer', () => {
    expect([...LINK_EMBED_PARAMS]).toEqual([...EMBED_PARAMS]);
  });
});

describe('parseLink: what it rejects', () => {
  it('names unknown parameters and ignores them', () => {
    const parsed = parseLink('id=nie&colour=blue&utm_source=mail');
    expect(parsed.answers).toEqual({ id: 'nie' });
    expect(parsed.rejected).toEqual([
      { param: 'colour', reason: 'unknown' },
      { param: 'utm_source', reason: 'unknown' },
    ]);
  });

  it('rejects invalid values of every kind and keeps the valid ones', () => {
    const parsed = parseLink('id=passport&doc=tie&phone=&app=maybe&tasks=tax,tax&work=&island=Mallorca');
    expect(parsed.answers).toEqual({ doc: 'tie', island: 'mallorca' });
    expect(parsed.rejected).toEqual([
      { param: 'id', reason: 'invalid' },
      { param: 'phone', reason: 'invalid' },
      { param: 'app', reason: 'invalid' },
      { param: 'tasks', reason: 'invalid' },
      { param: 'work', reason: 'invalid' },
    ]);
  });

  it.each([
    ['duplicates', 'tasks=tax,sign,tax'],
    ['an unknown task', 'tasks=tax,holiday'],
    ['an empty item', 'tasks=tax,,sign'],
    ['a trailing comma', 'tasks=tax,'],
  ])('rejects tasks with %s as invalid', (_, query) => {
    const parsed = parseLink(query);
    expect(parsed.answers).toEqual({});
    expect(parsed.rejected).toEqual([{ param: 'tasks', reason: 'invalid' }]);
    expect(parsed.carriesAnswers).toBe(true);
  });

  it('rejects a repeated parameter instead of guessing, even with equal values', () => {
    expect(parseLink('id=nie&id=dni&phone=es').answers).toEqual({ phone: 'es' });
    expect(parseLink('id=nie&id=nie').rejected).toEqual([{ param: 'id', reason: 'repeated' }]);
    expect(parseLink('tasks=tax&tasks=sign').rejected).toEqual([{ param: 'tasks', reason: 'repeated' }]);
    expect(parseLink('lang=de&lang=fr').lang).toBeUndefined();
    expect(parseLink('v=1&v=1').rejected).toEqual([{ param: 'v', reason: 'repeated' }]);
  });

  it('rejects an oversized value as too-long', () => {
    const parsed = parseLink(`id=nie&island=${'m'.repeat(300)}&frame=${'f'.repeat(300)}`);
    expect(parsed.answers).toEqual({ id: 'nie' });
    expect(parsed.rejected).toEqual([
      { param: 'island', reason: 'too-long' },
      { param: 'frame', reason: 'too-long' },
    ]);
  });

  it('uses nothing of a query over 2 kB, says so, and still knows it is a link with answers', () => {
    const query = `id=nie&x=${'a'.repeat(MAX_QUERY_LENGTH)}`;
    const parsed = parseLink(query);
    expect(parsed.answers).toEqual({});
    expect(parsed.lang).toBeUndefined();
    expect(parsed.rejected).toEqual([{ param: WHOLE_LINK, reason: 'too-long' }]);
    expect(parsed.isOurs).toBe(true);
    expect(parsed.carriesAnswers).toBe(true);
  });

  it('leaves alone a query over 2 kB that has none of our parameters', () => {
    const parsed = parseLink(`utm_content=${'a'.repeat(MAX_QUERY_LENGTH)}`);
    expect(parsed).toMatchObject({ answers: {}, carriesAnswers: false, isOurs: false, rejected: [] });
  });

  it('shortens absurdly long unknown names when naming them', () => {
    const parsed = parseLink(`${'n'.repeat(100)}=1`);
    expect(parsed.rejected[0]?.param).toBe(`${'n'.repeat(40)}…`);
  });

  it('rejects an unknown or future version and reads the link as the current one', () => {
    expect(parseLink('id=nie&v=99').rejected).toEqual([{ param: 'v', reason: 'invalid' }]);
    expect(parseLink('id=nie&v=0').rejected).toEqual([{ param: 'v', reason: 'invalid' }]);
    expect(parseLink('id=nie&v=one').answers).toEqual({ id: 'nie' });
  });

  it('never lets a parameter name reach the prototype', () => {
    const parsed = parseLink('__proto__=x&constructor=y&toString=z');
    expect(parsed.answers).toEqual({});
    expect(Object.keys(parsed.answers)).toEqual([]);
    expect(parsed.rejected.map((r) => r.reason)).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('ignores empty names (`?&&`)', () => {
    expect(parseLink('?&&=x&id=nie').rejected).toEqual([]);
  });
});

describe('buildLink', () => {
  it('writes answers in question order, tasks comma-joined, then lang, embed and v', () => {
    const shuffled: Answers = { island: 'ibiza', tasks: ['sign', 'tax'], id: 'nie', use: 'regular' };
    expect(buildLink('https://wizard.example', shuffled, { lang: 'DE' })).toBe(
      'https://wizard.example/?id=nie&tasks=sign,tax&use=regular&island=ibiza&lang=de&v=1',
    );
  });

  it('writes an empty tasks answer as `tasks=`', () => {
    expect(buildLink('https://w.example/', { tasks: [] })).toBe('https://w.example/?tasks=&v=1');
  });

  it('keeps the base path and replaces its query and hash', () => {
    expect(buildLink('https://w.example/app/?old=1#x', { id: 'dni' })).toBe('https://w.example/app/?id=dni&v=1');
  });

  it('writes embed parameters after the answers, readable', () => {
    const link = buildLink('https://w.example', { id: 'nie' }, {
      embed: { embed: '1', accent: '0b6e4f', frame: 'agency-1', origin: 'https://agency.example' },
    });
    expect(link).toBe('https://w.example/?id=nie&embed=1&accent=0b6e4f&frame=agency-1&origin=https://agency.example&v=1');
  });

  it('skips invalid answers rather than writing them', () => {
    const bad = { id: 'passport', doc: 'tie' } as unknown as Answers;
    expect(buildLink('https://w.example', bad)).toBe('https://w.example/?doc=tie&v=1');
  });

  it('never writes an NIE or support number, whatever the object holds', () => {
    // @ts-expect-error the answers type has no room for an identity number
    const typed: Answers = { id: 'nie', nie: 'X1234567L' };
    const smuggled = { ...typed, soporte: 'E12345678', doc: 'Y7654321G' } as unknown as Answers;
    const link = buildLink('https://w.example', smuggled, { embed: { frame: 'X1234567L' } });
    expect(link).toBe('https://w.example/?id=nie&v=1');
  });

  it('has a tripwire that throws on anything personal or foreign', () => {
    expect(() => {
      assertNoPersonalData('https://w.example/?id=nie&v=1');
    }).not.toThrow();
    expect(() => {
      assertNoPersonalData('https://w.example/?nie=X1234567L');
    }).toThrow(PersonalDataInLinkError);
    expect(() => {
      assertNoPersonalData('https://w.example/?frame=12345678Z');
    }).toThrow(PersonalDataInLinkError);
  });

  it("round-trips the README's example link", () => {
    const link = buildLink('https://w.example', README_ANSWERS, { lang: 'de' });
    const parsed = parseLink(new URL(link).search);
    expect(parsed.answers).toEqual(README_ANSWERS);
    expect(parsed.lang).toBe('de');
    expect(parsed.rejected).toEqual([]);
  });

  it('round-trips every value of every question', () => {
    for (const id of QUESTION_IDS) {
      const values = id === 'tasks' ? [[], ...QUESTION_VALUES.tasks.map((t) => [t]), [...QUESTION_VALUES.tasks]] : QUESTION_VALUES[id];
      for (const value of values) {
        const answers = { [id]: value } as Answers;
        const parsed = parseLink(new URL(buildLink('https://w.example', answers)).search);
        expect(parsed.answers, `${id}=${String(value)}`).toEqual(answers);
        expect(parsed.rejected).toEqual([]);
      }
    }
  });
});

describe('hasAnswerParams and stripAppliedParams', () => {
  it('tells a link with answers from one without', () => {
    expect(hasAnswerParams('?id=nie')).toBe(true);
    expect(hasAnswerParams('?id=garbage')).toBe(true); // still a fresh start: the agent meant one
    expect(hasAnswerParams('?tasks=')).toBe(true);
    expect(hasAnswerParams('?lang=de')).toBe(false);
    expect(hasAnswerParams('?embed=1&frame=x')).toBe(false);
    expect(hasAnswerParams('')).toBe(false);
  });

  it('removes answers, lang and v; keeps the path, the hash, embed and foreign parameters', () => {
    expect(stripAppliedParams('https://w.example/?id=nie&tasks=tax,sign&lang=de&v=1')).toBe('/');
    expect(stripAppliedParams('/q/doc?id=nie&embed=1&frame=a&utm_source=x#top')).toBe(
      '/q/doc?embed=1&frame=a&utm_source=x#top',
    );
    expect(stripAppliedParams(new URL('https://w.example/result?id=nie&id=dni'))).toBe('/result');
  });
});

describe('applyLink', () => {
  it('starts afresh and opens the first unanswered question on the path', () => {
    const application = applyLink(parseLink('id=nie&doc=tie&lang=es'));
    expect(application.answers).toEqual({ id: 'nie', doc: 'tie' });
    expect(application.lang).toBe('es');
    expect(application.path).toBe('/q/phone');
    expect(application.notice).toBeUndefined();
  });

  it('opens the plan when no question on the path is left', () => {
    expect(applyLink(parseLink(README_EXAMPLE)).path).toBe('/result');
  });

  it('replaces with an empty set when every answer in the link was bad, and says why', () => {
    const application = applyLink(parseLink('id=passport'));
    expect(application.answers).toEqual({});
    expect(application.path).toBe('/q/id');
    expect(application.notice?.rejected).toEqual([{ param: 'id', reason: 'invalid' }]);
    expect(application.notice?.noneUsed).toBe(true);
  });

  it('starts afresh from a link too long to read, when it names a question', () => {
    const application = applyLink(parseLink(`id=nie&doc=${'x'.repeat(MAX_QUERY_LENGTH)}`), {
      answers: { id: 'dni', phone: 'es' },
      ticks: [],
    });
    expect(application.answers).toEqual({});
    expect(application.path).toBe('/q/id');
    expect(application.notice).toMatchObject({ rejected: [{ param: WHOLE_LINK, reason: 'too-long' }], clearedStored: true });
  });

  it('says the stored answers were cleared only when there were some (or ticks) and they differ', () => {
    const link = parseLink('id=nie&doc=passport');
    expect(applyLink(link).notice?.clearedStored).toBeUndefined();
    expect(applyLink(link, { answers: { id: 'nie' }, ticks: [] }).notice?.clearedStored).toBeUndefined();
    expect(applyLink(link, { answers: { id: 'nie' }, ticks: ['book-appointment'] }).notice?.clearedStored).toBe(true);
    expect(applyLink(link, { answers: { id: 'dni' }, ticks: [] }).notice?.clearedStored).toBe(true);
    expect(applyLink(link, { answers: { id: 'dni' }, ticks: [] }).notice?.noneUsed).toBeUndefined();
  });

  it('keeps stored answers and stays put for a link without answers', () => {
    const application = applyLink(parseLink('lang=fr&foo=1'));
    expect(application.answers).toBeUndefined();
    expect(application.path).toBeUndefined();
    expect(application.lang).toBe('fr');
    expect(application.notice?.rejected).toEqual([{ param: 'foo', reason: 'unknown' }]);
  });
});

describe('parseLink: order of what it reports', () => {
  it('names rejected parameters in the order they appear in the link', () => {
    expect(parseLink('id=nie&doc=passport&colour=blue&phone=es&phone=none&lang=xx&v=9').rejected).toEqual([
      { param: 'doc', reason: 'invalid' },
      { param: 'colour', reason: 'unknown' },
      { param: 'phone', reason: 'repeated' },
      { param: 'lang', reason: 'invalid' },
      { param: 'v', reason: 'invalid' },
    ]);
  });

  it('never returns a protocol-relative path from stripAppliedParams', () => {
    expect(stripAppliedParams('https://w.example//evil.example/?id=nie')).toBe('/evil.example/');
  });
});
