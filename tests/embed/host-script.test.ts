/**
 * public/embed.js in jsdom: the iframe it builds, and which messages it accepts.
 * The script is loaded as the host page would, from its source text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = readFileSync(resolve(import.meta.dirname, '../../public/embed.js'), 'utf8');
const WIZARD = 'https://wizard.example';

/** Runs the script as an inline <script> (Vitest's jsdom runs scripts). */
function runScript() {
  const script = document.createElement('script');
  script.textContent = SCRIPT;
  document.body.appendChild(script);
}

function load(html: string): HTMLElement {
  document.body.innerHTML = html;
  runScript();
  const el = document.querySelector<HTMLElement>('[data-clave-wizard]');
  if (!el) throw new Error('no element');
  return el;
}

function iframeOf(el: HTMLElement): HTMLIFrameElement {
  const iframe = el.querySelector('iframe');
  if (!iframe) throw new Error('no iframe');
  return iframe;
}

function post(data: unknown, from: { origin?: string; source?: Window | null }) {
  window.dispatchEvent(
    new MessageEvent('message', { data, origin: from.origin ?? WIZARD, source: from.source ?? null }),
  );
}

let cleanup: (() => void)[] = [];
beforeEach(() => {
  cleanup = [];
});
afterEach(() => {
  for (const fn of cleanup) fn();
  document.body.innerHTML = '';
});

describe('public/embed.js', () => {
  it('builds a titled, lazy iframe with the answers, embed=1, a frame id and the host origin', () => {
    const el = load(
      `<div data-clave-wizard data-src="${WIZARD}/" data-answers="id=nie&doc=eu-cert" data-doc="tie" data-tasks="tax,sign" data-lang="es" data-accent="#0b6e4f"></div>`,
    );
    const iframe = iframeOf(el);
    const url = new URL(iframe.src);
    expect(url.origin).toBe(WIZARD);
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
  });

  it('does not embed the same element twice', () => {
    const el = load(`<div data-clave-wizard data-src="${WIZARD}/"></div>`);
    runScript();
    expect(el.querySelectorAll('iframe')).toHaveLength(1);
  });

  it('follows resize messages from its own frame, clamped to [min, max]', () => {
    const el = load(`<div data-clave-wizard data-src="${WIZARD}/" data-min-height="300" data-max-height="900"></div>`);
    const iframe = iframeOf(el);
    const frame = el.getAttribute('data-clave-wizard-ready') ?? '';
    const source = iframe.contentWindow;
    post({ source: 'clave-wizard', version: 1, type: 'resize', frame, height: 512.4 }, { source });
    expect(iframe.style.height).toBe('513px');
    post({ source: 'clave-wizard', version: 1, type: 'resize', frame, height: 5000 }, { source });
    expect(iframe.style.height).toBe('900px');
    post({ source: 'clave-wizard', version: 1, type: 'resize', height: 10 }, { source });
    expect(iframe.style.height).toBe('300px');
  });

  it('ignores messages from another origin, another window, another frame or of another shape', () => {
    const el = load(`<div data-clave-wizard data-src="${WIZARD}/"></div>`);
    const iframe = iframeOf(el);
    const frame = el.getAttribute('data-clave-wizard-ready') ?? '';
    const source = iframe.contentWindow;
    const resize = { source: 'clave-wizard', version: 1, type: 'resize', frame, height: 999 };
    post(resize, { source, origin: 'https://evil.example' });
    post(resize, { source: window, origin: WIZARD });
    post(resize, { source: null, origin: WIZARD });
    post({ ...resize, frame: 'someone-else' }, { source });
    post({ ...resize, version: 2 }, { source });
    post({ ...resize, source: 'other' }, { source });
    post({ ...resize, height: 'tall' }, { source });
    post(JSON.stringify(resize), { source });
    expect(iframe.style.height).toBe('640px');
  });

  it('re-emits step and result as bubbling DOM events on the element', () => {
    const el = load(`<div data-clave-wizard data-src="${WIZARD}/"></div>`);
    const iframe = iframeOf(el);
    const frame = el.getAttribute('data-clave-wizard-ready') ?? '';
    const seen: CustomEvent[] = [];
    const listener = (e: Event) => seen.push(e as CustomEvent);
    document.addEventListener('clave-wizard:step', listener);
    document.addEventListener('clave-wizard:result', listener);
    cleanup.push(() => {
      document.removeEventListener('clave-wizard:step', listener);
      document.removeEventListener('clave-wizard:result', listener);
    });
    const step = { source: 'clave-wizard', version: 1, type: 'step', frame, step: 'doc' };
    const result = { source: 'clave-wizard', version: 1, type: 'result', frame, result: { route: 'in-person' } };
    post(step, { source: iframe.contentWindow });
    post(result, { source: iframe.contentWindow });
    post(result, { source: iframe.contentWindow, origin: 'https://evil.example' });
    expect(seen.map((e) => e.type)).toEqual(['clave-wizard:step', 'clave-wizard:result']);
    expect(seen[0]?.detail).toEqual(step);
    expect(seen[1]?.detail).toEqual(result);
    expect(seen[0]?.target).toBe(el);
  });

  it('leaves an element with an unusable data-src alone', () => {
    const el = load('<div data-clave-wizard data-src="http://[bad"></div>');
    expect(el.querySelector('iframe')).toBeNull();
  });
});
