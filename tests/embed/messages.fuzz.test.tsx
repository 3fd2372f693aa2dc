/**
 * Fuzzing the embed edges with arbitrary messages: posted to the host-page script from every kind
 * of window and origin, and posted to the embedded wizard itself. Nothing crashes, nothing is passed
 * on that did not come from the wizard's own frame, what is passed on carries ids only, and heights
 * stay within their bounds.
 */
import { act, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../../src/app/AppProviders';
import { AppRoutes } from '../../src/app/AppRoutes';
import { RESULT_EVENT_KEYS } from '../../src/domain';
import { EmbedBridge, parseEmbedMessage, parseEmbedOptions, resizeMessage, resolveParentOrigin } from '../../src/embed';
import { createI18n } from '../../src/i18n';
import { createSafeStorage, createWizardStore } from '../../src/store';
import { check, expectNoPrototypePollution, fuzz, hostileValue } from '../support/fuzz';
import { iframeOf, load, post, WIZARD } from './host-page';

const MIN = 200;
const MAX = 5000;
const ID = /^[A-Za-z0-9][A-Za-z0-9:_-]{0,63}$/;
const RESULT_KEYS: ReadonlySet<string> = new Set(RESULT_EVENT_KEYS);
const MESSAGE_KEYS: ReadonlySet<string> = new Set(['source', 'version', 'type', 'frame', 'height', 'step', 'result']);
const ORIGINS = [WIZARD, 'https://evil.example', 'null', '', `${WIZARD}/`, 'https://wizard.example:443', 'http://wizard.example'] as const;
const SOURCES = ['own frame', 'host page', 'another frame', 'none'] as const;
type Source = (typeof SOURCES)[number];

/** Messages close to the protocol (each field right or wrong), and anything at all. */
function messageArb(frame: string): fc.Arbitrary<unknown> {
  const near = fc.record(
    {
      source: fc.oneof({ weight: 9, arbitrary: fc.constant('clave-wizard') }, hostileValue),
      version: fc.oneof({ weight: 9, arbitrary: fc.constant(1) }, fc.constant(2), hostileValue),
      type: fc.oneof({ weight: 9, arbitrary: fc.constantFrom('resize', 'step', 'result') }, fc.constantFrom('fix-result', 'RESIZE', 'close'), hostileValue),
      frame: fc.oneof({ weight: 6, arbitrary: fc.constant(frame) }, fc.constant(undefined), fc.string({ maxLength: 10 }), hostileValue),
      height: fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Infinity, -Infinity, NaN, 1e308, -1, 0, 512.5), hostileValue),
      step: fc.oneof(fc.constantFrom('id', 'check', 'result', 'fix:problem'), fc.string({ maxLength: 70 }), hostileValue),
      result: fc.oneof(
        fc.dictionary(
          fc.constantFrom(...RESULT_EVENT_KEYS, 'answers', '__proto__', 'nie'),
          fc.oneof(fc.constantFrom('in-person', 'X1234567L', '<img src=x onerror=alert(1)>'), fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 }), hostileValue),
        ),
        hostileValue,
      ),
    },
    { requiredKeys: ['source', 'version', 'type'] },
  );
  return fc.oneof({ weight: 4, arbitrary: near }, hostileValue, fc.string({ maxLength: 40 }));
}

/** What a valid event detail may hold: the protocol's fields, ids as strings. */
function checkDetail(detail: unknown, frame: string): void {
  check(typeof detail === 'object' && detail !== null, 'detail is not an object');
  const d = detail as Record<string, unknown>;
  const allowed = new Set(['source', 'version', 'type', 'frame', d.type === 'step' ? 'step' : 'result']);
  check(Object.keys(d).every((key) => allowed.has(key)), `extra fields ${Object.keys(d).join(',')}`);
  check(d.source === 'clave-wizard' && d.version === 1 && d.frame === frame, 'wrong envelope');
  if (d.type === 'step') {
    check(typeof d.step === 'string' && ID.test(d.step), `step ${String(d.step)}`);
    return;
  }
  check(d.type === 'result', `type ${String(d.type)}`);
  const result = d.result as Record<string, unknown>;
  // A plain object (made in the page's realm, so its prototype is that realm's Object.prototype).
  check(Object.getPrototypeOf(Object.getPrototypeOf(result)) === null, 'result is not a plain object');
  for (const [key, value] of Object.entries(result)) {
    check(RESULT_KEYS.has(key), `result key ${key}`);
    const ids = Array.isArray(value) ? (value as unknown[]) : [value];
    check(ids.every((id) => typeof id === 'string' && ID.test(id)), `result.${key} holds more than ids`);
  }
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('fuzzing the host-page script (public/embed.js)', () => {
  it('arbitrary messages from any window and origin: only the wizard’s own frame is heard, heights clamped', () => {
    const el = load(`<div data-clave-wizard data-min-height="${MIN}" data-max-height="${MAX}" data-height="300"></div>`);
    const iframe = iframeOf(el);
    const frame = el.getAttribute('data-clave-wizard-ready') ?? '';
    const other = document.createElement('iframe');
    document.body.appendChild(other);
    const windows: Record<Source, Window | null> = { 'own frame': iframe.contentWindow, 'host page': window, 'another frame': other.contentWindow, none: null };

    const events: CustomEvent[] = [];
    const onEvent = (event: Event) => events.push(event as CustomEvent);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    document.addEventListener('clave-wizard:step', onEvent);
    document.addEventListener('clave-wizard:result', onEvent);
    window.addEventListener('error', onError);
    let heard = 0;
    let resized = 0;
    try {
      // Half the messages come from the wizard's own frame and origin, so the accepting path is well covered too.
      const input = fc.tuple(
        messageArb(frame),
        fc.oneof({ weight: 7, arbitrary: fc.constant(WIZARD) }, fc.constantFrom(...ORIGINS)),
        fc.oneof({ weight: 7, arbitrary: fc.constant<Source>('own frame') }, fc.constantFrom(...SOURCES)),
      );
      const runs = fuzz('messages posted to the host-page script', input, ([data, origin, source]) => {
        const before = { events: events.length, height: iframe.style.height };
        post(data, { origin, source: windows[source] });
        const genuine = source === 'own frame' && origin === WIZARD;
        const height = Number(/^(\d+)px$/.exec(iframe.style.height)?.[1] ?? Number.NaN);
        check(Number.isInteger(height) && height >= MIN && height <= MAX, `height ${iframe.style.height}`);
        if (!genuine) {
          check(events.length === before.events && iframe.style.height === before.height, `a message from ${source} at "${origin}" was heard`);
        }
        for (const event of events.slice(before.events)) {
          check(event.target === el, 'event not on the element');
          checkDetail(event.detail, frame);
        }
        heard += events.length - before.events;
        if (iframe.style.height !== before.height) resized += 1;
        check(errors.length === 0, `the script threw: ${String(errors[0])}`);
        expectNoPrototypePollution();
      });
      expect(runs).toBeGreaterThanOrEqual(10_000);
      console.log(`[fuzz] of those, passed on to the host page as events: ${heard}; heights followed: ${resized}`);
      // The wizard's own, well-formed messages still get through (the filter is not simply closed).
      const step = events.length;
      post({ source: 'clave-wizard', version: 1, type: 'step', frame, step: 'check' }, { source: iframe.contentWindow });
      expect(events.length).toBe(step + 1);
    } finally {
      document.removeEventListener('clave-wizard:step', onEvent);
      document.removeEventListener('clave-wizard:result', onEvent);
      window.removeEventListener('error', onError);
    }
  });
});

describe('fuzzing the embedded wizard (EmbedBridge and its protocol)', () => {
  it('arbitrary messages posted to the embedded wizard change nothing and are never echoed', async () => {
    const i18n = await createI18n('en');
    const store = createWizardStore({ storage: createSafeStorage(() => localStorage) });
    store.getState().replaceAnswers({ id: 'nie' });
    const postMessage = vi.fn();
    render(
      <AppProviders i18n={i18n} store={store}>
        <MemoryRouter initialEntries={['/q/doc']} useTransitions={false}>
          <EmbedBridge options={{ enabled: true, transparent: false, frame: 'f1', origin: 'https://agency.example' }} target={{ postMessage }} evidence={{ ancestorOrigins: ['https://agency.example'] }}>
            <AppRoutes />
          </EmbedBridge>
        </MemoryRouter>
      </AppProviders>,
    );
    const heading = screen.getByRole('heading', { level: 1 }).textContent;
    await vi.waitFor(() => {
      expect(postMessage.mock.calls.some(([m]) => (m as { type: string }).type === 'step')).toBe(true);
    });
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    const state = store.getState();
    const sent = postMessage.mock.calls.length;
    try {
      const input = fc.tuple(messageArb('f1'), fc.constantFrom('https://agency.example', ...ORIGINS));
      const runs = fuzz('messages posted to the embedded wizard', input, ([data, origin]) => {
        act(() => {
          window.dispatchEvent(new MessageEvent('message', { data, origin, source: window }));
        });
        check(postMessage.mock.calls.length === sent, 'the wizard answered a message');
        check(store.getState() === state, 'a message changed the answers');
        check(errors.length === 0, `the wizard threw: ${String(errors[0])}`);
      });
      expect(runs).toBeGreaterThanOrEqual(10_000);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(heading);
  });

  it('what the wizard sends and reads at its edge: clamped heights, strict messages, http(s) parents only', () => {
    const runs = fuzz(
      'the embed protocol (resizeMessage, parseEmbedMessage, parseEmbedOptions, resolveParentOrigin)',
      fc.tuple(fc.oneof(fc.double(), fc.integer()), hostileValue, fc.string({ maxLength: 120 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 }), fc.string({ maxLength: 60 })),
      ([height, data, query, ancestors, referrer]) => {
        const resize = resizeMessage(height, 'f1');
        check(Number.isInteger(resize.height) && resize.height >= 0 && resize.height <= 100_000, `height ${resize.height}`);
        check(parseEmbedMessage(resize) !== undefined, 'own resize message refused');
        const parsed = parseEmbedMessage(data);
        check(parsed === undefined || Object.keys(parsed).every((key) => MESSAGE_KEYS.has(key)), 'accepted a message with fields of its own');
        const { options } = parseEmbedOptions(query);
        const parent = resolveParentOrigin(options.origin, { ancestorOrigins: ancestors, referrer });
        check(parent === undefined || /^https?:\/\/[^/]+$/.test(parent), `parent origin ${String(parent)}`);
      },
    );
    expect(runs).toBeGreaterThanOrEqual(10_000);
  });
});
