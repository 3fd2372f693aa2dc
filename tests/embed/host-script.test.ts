/**
 * public/embed.js in jsdom: where the iframe points, and which messages it accepts.
 * The script runs from its source text, as the host page would run it (see runScript).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIX_RESULT_EVENT_KEYS, RESULT_EVENT_KEYS } from '../../src/domain';
import { iframeOf, inPage, load, post, runScript, WIZARD } from './host-page';

const EVIL = 'https://evil.example';

/** Collects the DOM events the host page would receive. */
function listen(): CustomEvent[] {
  const seen: CustomEvent[] = [];
  const listener = (e: Event) => seen.push(e as CustomEvent);
  const types = ['clave-wizard:step', 'clave-wizard:result', 'clave-wizard:fix-result'];
  for (const type of types) document.addEventListener(type, listener);
  cleanup.push(() => {
    for (const type of types) document.removeEventListener(type, listener);
  });
  return seen;
}

let cleanup: (() => void)[] = [];
/** The script's console warnings, in order. */
let warnings: string[] = [];
const onWarning = (event: Event) => warnings.push(String((event as CustomEvent).detail));
beforeEach(() => {
  cleanup = [];
  warnings = [];
  document.addEventListener('test:warn', onWarning);
  inPage(
    'console.__warn = console.warn; console.warn = function (m) { document.dispatchEvent(new CustomEvent("test:warn", { detail: m })); };',
  );
});
afterEach(() => {
  for (const fn of cleanup) fn();
  inPage('console.warn = console.__warn; delete console.__warn;');
  document.removeEventListener('test:warn', onWarning);
  document.body.innerHTML = '';
});

describe('public/embed.js: the iframe', () => {
  it('builds a titled, lazy iframe with the answers, embed=1, a frame id and the host origin', () => {
    const el = load(
      '<div data-clave-wizard data-answers="id=nie&doc=eu-cert" data-doc="tie" data-tasks="tax,sign" data-lang="es" data-accent="#0b6e4f"></div>',
    );
    const iframe = iframeOf(el);
    const url = new URL(iframe.src);
    expect(url.origin).toBe(WIZARD);
    expect(url.pathname).toBe('/');
    expect(url.searchParams.get('id')).toBe('nie');
    expect(url.searchParams.get('doc')).toBe('tie'); // data-doc wins over data-answers
    expect(url.searchParams.get('tasks')).toBe('tax,sign');
    expect(url.search).toContain('tasks=tax,sign');
    expect(url.searchParams.get('lang')).toBe('es');
    expect(url.searchParams.get('accent')).toBe('0b6e4f');
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.searchParams.get('origin')).toBe(window.location.origin);
    const frame = url.searchParams.get('frame') ?? '';
    expect(frame).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(el.getAttribute('data-clave-wizard-ready')).toBe(frame);
    expect(iframe.title).toBe('Cl@ve Wizard');
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.style.height).toBe('640px');
    expect(warnings).toEqual([]);
  });

  it('opens the folder the script was loaded from', () => {
    const el = load('<div data-clave-wizard></div>', { src: `${WIZARD}/tools/wizard/embed.js?v=3` });
    const url = new URL(iframeOf(el).src);
    expect(`${url.origin}${url.pathname}`).toBe(`${WIZARD}/tools/wizard/`);
  });

  it('data-answers cannot replace the parameters the script owns (embed, frame, origin)', () => {
    const el = load(`<div data-clave-wizard data-answers="id=nie&origin=${EVIL}&frame=mine&embed=0"></div>`);
    const url = new URL(iframeOf(el).src);
    expect(url.searchParams.getAll('origin')).toEqual([window.location.origin]);
    expect(url.searchParams.getAll('embed')).toEqual(['1']);
    expect(url.searchParams.getAll('frame')).toEqual([el.getAttribute('data-clave-wizard-ready')]);
    expect(url.searchParams.get('id')).toBe('nie');
  });

  it('does not embed the same element twice', () => {
    const el = load('<div data-clave-wizard></div>');
    runScript();
    expect(el.querySelectorAll('iframe')).toHaveLength(1);
  });

  it('accepts a page of the wizard in data-src: an absolute http(s) address on its origin', () => {
    const el = load(`<div data-clave-wizard data-src="${WIZARD}/q/id?lang=de#top"></div>`);
    const url = new URL(iframeOf(el).src);
    expect(`${url.origin}${url.pathname}`).toBe(`${WIZARD}/q/id`);
    expect(url.hash).toBe('');
    expect(warnings).toEqual([]);
  });

  const UNSAFE_SRC: readonly [string, string][] = [
    ['javascript:', 'javascript:parent.__pwned=1//'],
    ['javascript: in mixed case with spaces', ' JaVaScRiPt:parent.__pwned=1'],
    ['data:', 'data:text/html,<script>parent.postMessage({source:"clave-wizard",version:1,type:"result",result:{}},"*")</script>'],
    ['blob: (even one naming the wizard)', `blob:${WIZARD}/4f1c5e2a-0000-4000-8000-000000000000`],
    ['relative', '/evil.html'],
    ['protocol-relative', '//evil.example/'],
    ['another origin', `${EVIL}/`],
    ['another port of the same host', 'https://wizard.example:8443/'],
    ['plain http of the wizard', 'http://wizard.example/'],
    ['credentials', `https://user:pass@wizard.example/`],
    ['malformed', 'http://[bad'],
    ['empty', ''],
  ];
  it.each(UNSAFE_SRC)('ignores a data-src that is %s, with a warning, and opens the wizard itself', (_, value) => {
    const el = document.createElement('div');
    el.setAttribute('data-clave-wizard', '');
    el.setAttribute('data-src', value);
    document.body.appendChild(el);
    runScript();
    const url = new URL(iframeOf(el).src);
    expect(url.origin).toBe(WIZARD);
    expect(url.pathname).toBe('/');
    expect(url.protocol).toBe('https:');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/data-src/);
  });

  it('an explicitly configured wizard origin (data-wizard-origin on the script tag) wins over the script’s own', () => {
    const el = load('<div data-clave-wizard></div>', { src: 'https://agency.example/js/embed.js', wizardOrigin: `${WIZARD}/` });
    expect(new URL(iframeOf(el).src).origin).toBe(WIZARD);
    expect(new URL(iframeOf(el).src).pathname).toBe('/');
    expect(warnings).toEqual([]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', `blob:${WIZARD}/x`, '/wizard', `${WIZARD}/path`, 'ftp://wizard.example', 'nonsense'])(
    'ignores a configured wizard origin %j with a warning and falls back to the script’s own origin',
    (value) => {
      const el = load('<div data-clave-wizard></div>', { wizardOrigin: value });
      expect(new URL(iframeOf(el).src).origin).toBe(WIZARD);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/data-wizard-origin/);
    },
  );

  it('embeds nothing when it cannot tell where the wizard is (an inline or non-http script), and says why', () => {
    for (const tag of [{ src: null }, { src: 'data:text/javascript,1' }, { src: null, wizardOrigin: 'javascript:1' }] as const) {
      warnings = [];
      const el = load(`<div data-clave-wizard data-src="${WIZARD}/"></div>`, tag);
      expect(el.querySelector('iframe')).toBeNull();
      expect(warnings.at(-1)).toMatch(/cannot tell where the wizard is/);
    }
  });
});

describe('public/embed.js: messages', () => {
  it('follows resize messages from its own frame, clamped to [min, max]', () => {
    const el = load('<div data-clave-wizard data-min-height="300" data-max-height="900"></div>');
    const iframe = iframeOf(el);
    const frame = el.getAttribute('data-clave-wizard-ready') ?? '';
    const source = iframe.contentWindow;
    post({ source: 'clave-wizard', version: 1, type: 'resize', frame, height: 512.4 }, { source });
    expect(iframe.style.height).toBe('513px');
    post({ source: 'clave-wizard', version: 1, type: 'resize', frame, height: 5000 }, { source });
    expect(iframe.style.height).toBe('900px');
    post({ source: 'clave-wizard', version: 1, type: 'resize', height: 10 }, { source });
    expect(iframe.style.height).toBe('300px');
    post({ source: 'clave-wizard', version: 1, type: 'resize', height: -50 }, { source });
    expect(iframe.style.height).toBe('300px');
  });

  it('never grows past the protocol’s 100 000 px, whatever data-max-height says', () => {
    const el = load('<div data-clave-wizard data-max-height="999999999"></div>');
    const iframe = iframeOf(el);
    post({ source: 'clave-wizard', version: 1, type: 'resize', height: 1e12 }, { source: iframe.contentWindow });
    expect(iframe.style.height).toBe('100000px');
    for (const height of [Number.POSITIVE_INFINITY, Number.NaN, '200', null]) {
      post({ source: 'clave-wizard', version: 1, type: 'resize', height }, { source: iframe.contentWindow });
    }
    expect(iframe.style.height).toBe('100000px');
  });

  it('ignores messages from another origin, another window, another frame or of another shape', () => {
    const el = load('<div data-clave-wizard></div>');
    const iframe = iframeOf(el);
    const frame = el.getAttribute('data-clave-wizard-ready') ?? '';
    const source = iframe.contentWindow;
    const resize = { source: 'clave-wizard', version: 1, type: 'resize', frame, height: 999 };
    post(resize, { source, origin: EVIL });
    post(resize, { source, origin: 'null' }); // what a data: or sandboxed frame reports
    post(resize, { source: window, origin: WIZARD });
    post(resize, { source: null, origin: WIZARD });
    post({ ...resize, frame: 'someone-else' }, { source });
    post({ ...resize, version: 2 }, { source });
    post({ ...resize, source: 'other' }, { source });
    post({ ...resize, height: 'tall' }, { source });
    post(JSON.stringify(resize), { source });
    expect(iframe.style.height).toBe('640px');
  });

  it('re-emits step and result as bubbling DOM events on the element, with the protocol’s fields only', () => {
    const el = load('<div data-clave-wizard></div>');
    const iframe = iframeOf(el);
    const frame = el.getAttribute('data-clave-wizard-ready') ?? '';
    const seen = listen();
    const step = { source: 'clave-wizard', version: 1, type: 'step', frame, step: 'doc', extra: '<img src=x onerror=alert(1)>' };
    const plan = Object.fromEntries(RESULT_EVENT_KEYS.map((key) => [key, key === 'route' ? 'in-person' : ['a-b']]));
    const result = { source: 'clave-wizard', version: 1, type: 'result', frame, result: { ...plan, answers: { id: 'nie' }, route: 'in-person' } };
    post(step, { source: iframe.contentWindow });
    post(result, { source: iframe.contentWindow });
    post(result, { source: iframe.contentWindow, origin: EVIL });
    expect(seen.map((e) => e.type)).toEqual(['clave-wizard:step', 'clave-wizard:result']);
    expect(seen[0]?.detail).toEqual({ source: 'clave-wizard', version: 1, type: 'step', frame, step: 'doc' });
    expect(seen[1]?.detail).toEqual({ source: 'clave-wizard', version: 1, type: 'result', frame, result: plan });
    expect(Object.keys((seen[1]?.detail as { result: object }).result).sort()).toEqual([...RESULT_EVENT_KEYS].sort());
    expect(seen[0]?.target).toBe(el);
  });

  it('re-emits a fix-result as clave-wizard:fix-result with the fix keys only, and fix:<page> steps', () => {
    const el = load('<div data-clave-wizard></div>');
    const iframe = iframeOf(el);
    const frame = el.getAttribute('data-clave-wizard-ready') ?? '';
    const seen = listen();
    const fix = Object.fromEntries(FIX_RESULT_EVENT_KEYS.map((key) => [key, key === 'fix' ? 'password-reset' : ['a-b']]));
    post({ source: 'clave-wizard', version: 1, type: 'step', frame, step: 'fix:problem' }, { source: iframe.contentWindow });
    post(
      { source: 'clave-wizard', version: 1, type: 'fix-result', frame, result: { ...fix, problem: 'password', island: 'mallorca' } },
      { source: iframe.contentWindow },
    );
    expect(seen.map((e) => e.type)).toEqual(['clave-wizard:step', 'clave-wizard:fix-result']);
    expect((seen[0]?.detail as { step: string }).step).toBe('fix:problem');
    expect(seen[1]?.detail).toEqual({ source: 'clave-wizard', version: 1, type: 'fix-result', frame, result: fix });
  });

  it('passes on ids only: other values in a result are dropped', () => {
    const el = load('<div data-clave-wizard></div>');
    const iframe = iframeOf(el);
    const seen = listen();
    post(
      {
        source: 'clave-wizard',
        version: 1,
        type: 'result',
        result: { route: { toString: 'x' }, level: 'basic', warnings: ['ok-id', 7, '<b>', null], checklist: 'not-a-list' },
      },
      { source: iframe.contentWindow },
    );
    expect((seen[0]?.detail as { result: unknown }).result).toEqual({ level: 'basic', warnings: ['ok-id'], checklist: 'not-a-list' });
  });

  it('a data: address in data-src cannot make a forged frame’s messages look genuine', () => {
    // Before the fix the iframe was that data: page, and the opaque origin "null" matched its own.
    const el = load('<div data-clave-wizard data-src="data:text/html,forged"></div>');
    const iframe = iframeOf(el);
    const seen = listen();
    post({ source: 'clave-wizard', version: 1, type: 'result', result: { route: 'app-video' } }, { source: iframe.contentWindow, origin: 'null' });
    expect(seen).toEqual([]);
    expect(new URL(iframe.src).origin).toBe(WIZARD);
  });
});
