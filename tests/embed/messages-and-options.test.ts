import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESULT_EVENT_KEYS, type Plan } from '../../src/domain';
import {
  embedOptionsToParams,
  normaliseAccent,
  normaliseOrigin,
  parseEmbedMessage,
  parseEmbedOptions,
  resizeMessage,
  resolveParentOrigin,
  resultEvent,
  resultMessage,
  stepMessage,
} from '../../src/embed';

const PLAN: Plan = {
  blockers: [],
  level: 'basic',
  levelObtained: 'basic',
  route: 'invitation-letter',
  alternatives: ['in-person'],
  variant: 'movil',
  alsoActivate: [],
  fnmt: 'not-needed',
  checklist: ['mobile-and-email', 'request-invitation-letter'],
  warnings: ['letter-goes-to-fiscal-address'],
  nextSteps: [{ step: 'clave', status: 'now' }],
  offices: ['caib-son-espases'],
  capabilities: [],
  routeNotes: [],
  reasons: [{ decision: 'route', rule: 'route.letter', sources: ['aeat-letter-request'] }],
};

describe('messages', () => {
  it('result events carry exactly RESULT_EVENT_KEYS, as copies', () => {
    const event = resultEvent(PLAN);
    expect(Object.keys(event).sort()).toEqual([...RESULT_EVENT_KEYS].sort());
    expect(event).not.toHaveProperty('reasons');
    expect(event).not.toHaveProperty('nextSteps');
    expect(event.checklist).not.toBe(PLAN.checklist);
    expect(event.checklist).toEqual(PLAN.checklist);
  });

  it('builds messages that validate against the schema', () => {
    for (const message of [
      resizeMessage(512.2, 'cw1'),
      stepMessage('doc'),
      stepMessage('start', 'cw1'),
      resultMessage(PLAN, 'cw1'),
    ]) {
      expect(parseEmbedMessage(message)).toEqual(message);
      expect(message).toMatchObject({ source: 'clave-wizard', version: 1 });
    }
    expect(resizeMessage(512.2).height).toBe(513);
    expect(resizeMessage(Number.NaN).height).toBe(0);
    expect(stepMessage('doc')).not.toHaveProperty('frame');
  });

  it('rejects anything not exactly ours', () => {
    const good = stepMessage('check', 'cw1');
    expect(parseEmbedMessage({ ...good, source: 'other' })).toBeUndefined();
    expect(parseEmbedMessage({ ...good, version: 2 })).toBeUndefined();
    expect(parseEmbedMessage({ ...good, step: 'nowhere' })).toBeUndefined();
    expect(parseEmbedMessage({ ...good, nie: 'X1234567L' })).toBeUndefined();
    expect(parseEmbedMessage({ ...resultMessage(PLAN), result: { ...resultEvent(PLAN), answers: {} } })).toBeUndefined();
    expect(parseEmbedMessage({ ...resizeMessage(10), height: -1 })).toBeUndefined();
    expect(parseEmbedMessage({ ...good, frame: 'bad id!' })).toBeUndefined();
    expect(parseEmbedMessage('clave-wizard')).toBeUndefined();
    fc.assert(
      fc.property(fc.anything(), (data) => {
        expect(() => parseEmbedMessage(data)).not.toThrow();
      }),
    );
  });
});

describe('embed options', () => {
  it('reads every option', () => {
    expect(
      parseEmbedOptions('?embed=1&accent=0B6E4F&bg=transparent&frame=cw-1_a&origin=https://agency.example'),
    ).toEqual({
      options: {
        enabled: true,
        accent: '#0b6e4f',
        transparent: true,
        frame: 'cw-1_a',
        origin: 'https://agency.example',
      },
      rejected: [],
    });
    expect(parseEmbedOptions('')).toEqual({ options: { enabled: false, transparent: false }, rejected: [] });
  });

  it('accepts 3- and 6-digit accents with or without #, nothing else', () => {
    expect(normaliseAccent('abc')).toBe('#aabbcc');
    expect(normaliseAccent('#0b6e4f')).toBe('#0b6e4f');
    for (const bad of ['', '#', 'abcd', '0b6e4g', 'red', '#0b6e4f00', 'url(x)', '0b6e4f;color:red']) {
      expect(normaliseAccent(bad), bad).toBeUndefined();
    }
    expect(parseEmbedOptions('accent=%230b6e4f').options.accent).toBe('#0b6e4f');
  });

  it('ignores invalid values and says which', () => {
    const { options, rejected } = parseEmbedOptions(
      `embed=yes&accent=red&bg=pink&frame=${'x'.repeat(65)}&origin=https://agency.example/path`,
    );
    expect(options).toEqual({ enabled: false, transparent: false });
    expect(rejected.map((r) => r.param)).toEqual(['embed', 'accent', 'bg', 'frame', 'origin']);
    expect(parseEmbedOptions('frame=a&frame=b').rejected).toEqual([{ param: 'frame', reason: 'repeated' }]);
  });

  it('accepts only exact http(s) origins', () => {
    expect(normaliseOrigin('https://agency.example')).toBe('https://agency.example');
    expect(normaliseOrigin('https://agency.example/')).toBe('https://agency.example');
    expect(normaliseOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    for (const bad of ['null', '*', 'agency.example', 'javascript:alert(1)', 'file:///x', 'https://a.example/p', 'https://u:p@a.example']) {
      expect(normaliseOrigin(bad), bad).toBeUndefined();
    }
  });

  it('writes options back as parameters that parse to the same options', () => {
    const options = { enabled: true, accent: '#abc', transparent: true, frame: 'f1', origin: 'https://a.example' };
    const params = embedOptionsToParams(options);
    expect(params).toEqual({ embed: '1', accent: 'aabbcc', bg: 'transparent', frame: 'f1', origin: 'https://a.example' });
    expect(parseEmbedOptions(new URLSearchParams(params)).options).toEqual({ ...options, accent: '#aabbcc' });
    expect(embedOptionsToParams({ enabled: false, transparent: true })).toEqual({});
  });
});

describe('resolveParentOrigin', () => {
  const agency = 'https://agency.example';
  it('trusts the browser: ancestorOrigins first, then the referrer', () => {
    expect(resolveParentOrigin(undefined, { ancestorOrigins: [agency] })).toBe(agency);
    expect(resolveParentOrigin(undefined, { referrer: `${agency}/page?x=1` })).toBe(agency);
    expect(resolveParentOrigin(agency, { ancestorOrigins: [agency], referrer: 'https://other.example/' })).toBe(agency);
  });

  it('refuses a claimed origin that the browser contradicts', () => {
    expect(resolveParentOrigin('https://evil.example', { ancestorOrigins: [agency] })).toBeUndefined();
    expect(resolveParentOrigin('https://evil.example', { referrer: `${agency}/` })).toBeUndefined();
  });

  it('uses the claim when the browser says nothing (postMessage still checks it)', () => {
    expect(resolveParentOrigin(agency, {})).toBe(agency);
    expect(resolveParentOrigin(agency, { referrer: '' })).toBe(agency);
    expect(resolveParentOrigin(undefined, {})).toBeUndefined();
  });

  it('never sends data to an opaque parent', () => {
    expect(resolveParentOrigin(undefined, { ancestorOrigins: ['null'] })).toBeUndefined();
    expect(resolveParentOrigin(agency, { ancestorOrigins: ['null'] })).toBeUndefined();
    expect(resolveParentOrigin('null', {})).toBeUndefined();
  });
});
