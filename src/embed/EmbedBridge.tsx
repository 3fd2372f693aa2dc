/**
 * Embed mode at run time (docs/hosting.md#embedding-for-agencies). `<EmbedBridge>` wraps the
 * app inside the router:
 * - with `embed=1` it marks <html data-embed> (no chrome, see embed.css), applies the accent
 *   colour (--accent …) and the transparent background;
 * - it measures its content wrapper with a ResizeObserver (Math.ceil of the bounding box, at most
 *   once per animation frame) and posts `resize` to the parent; height only may go to '*';
 * - it posts `step` for every page shown (not for a page that only redirects: `useRedirectStep`),
 *   and `useEmbedResult(plan)` posts `result` when the plan is shown; these data messages go only
 *   to the parent origin it could verify, else nowhere;
 * - it never moves focus, and keeps its state in memory (and the URL): storage may be blocked.
 * Without `embed=1` it renders its children and does nothing else.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react';
import { useLocation } from 'react-router';
import type { FixPlan, Plan } from '../domain';
import { fixPageAt, pageAt } from '../flow';
import { fixResultMessage, resizeMessage, resultMessage, stepMessage, type EmbedMessage, type EmbedStep } from './messages';
import {
  NO_EMBED,
  embedOptionsToParams,
  parseEmbedOptions,
  resolveParentOrigin,
  type EmbedOptions,
  type ParentEvidence,
} from './options';
import { accentTheme } from './theme';
import './embed.css';

/** The step a page reports: its flow page, or `fix:<page>` on the fix path. */
function stepAt(pathname: string): EmbedStep | undefined {
  const fixPage = fixPageAt(pathname);
  return fixPage === undefined ? pageAt(pathname) : `fix:${fixPage}`;
}

/** Where messages go: the parent window, or a stand-in in tests. */
export interface MessageTarget {
  postMessage: (message: unknown, targetOrigin: string) => void;
}

let firstUrlOptions: EmbedOptions | undefined;

/** Prefix of `window.name` while embedded: the frame's name outlives reloads, storage may be blocked. */
const WINDOW_NAME_PREFIX = 'clave-wizard-embed?';

/**
 * The embed options of the URL the page was loaded with, read once: in-app navigation drops
 * the query, but an embedded page stays embedded. They are also kept in the frame's
 * `window.name` (not storage, which may be blocked), so a reload inside the frame — e.g. the
 * service worker's update — at a path without them stays embedded too.
 */
export function readEmbedOptions(): EmbedOptions {
  if (firstUrlOptions !== undefined) return firstUrlOptions;
  if (typeof window === 'undefined') return NO_EMBED;
  let options = parseEmbedOptions(window.location.search).options;
  const framed = window.parent !== window;
  if (options.enabled && framed) {
    const params = new URLSearchParams(embedOptionsToParams(options));
    window.name = `${WINDOW_NAME_PREFIX}${params.toString()}`;
  } else if (!options.enabled && framed && window.name.startsWith(WINDOW_NAME_PREFIX)) {
    options = parseEmbedOptions(window.name.slice(WINDOW_NAME_PREFIX.length)).options;
  }
  firstUrlOptions = options;
  return options;
}

interface Channel {
  /** Height-only message: may go to any parent ('*'). */
  readonly resize: (height: number) => void;
  /** Data message: only to the verified parent origin, else dropped. */
  readonly data: (message: EmbedMessage) => void;
  /** The verified parent origin, if any. */
  readonly origin: string | undefined;
}

function browserEvidence(): ParentEvidence {
  const ancestors = window.location.ancestorOrigins as DOMStringList | undefined;
  return {
    ...(ancestors === undefined ? {} : { ancestorOrigins: Array.from(ancestors) }),
    referrer: document.referrer,
  };
}

function createChannel(options: EmbedOptions, target: MessageTarget | undefined, evidence: ParentEvidence): Channel | undefined {
  if (target === undefined) return undefined;
  const origin = resolveParentOrigin(options.origin, evidence);
  const send = (message: EmbedMessage, targetOrigin: string) => {
    try {
      target.postMessage(message, targetOrigin);
    } catch {
      // A detached or navigated-away parent: nothing to tell.
    }
  };
  return {
    origin,
    resize: (height) => {
      send(resizeMessage(height, options.frame), '*');
    },
    data: (message) => {
      if (origin !== undefined) send(message, origin);
    },
  };
}

interface EmbedContextValue {
  readonly options: EmbedOptions;
  readonly post: (message: EmbedMessage) => void;
  /** A page at this path redirects: do not report it. */
  readonly skipStep: (pathname: string) => void;
}

const noPost = () => undefined;
const EmbedContext = createContext<EmbedContextValue>({ options: NO_EMBED, post: noPost, skipStep: noPost });

/** Whether the page runs embedded, and with which options (for layout decisions). */
export function useEmbed(): { readonly embedded: boolean; readonly options: EmbedOptions } {
  const { options } = useContext(EmbedContext);
  return { embedded: options.enabled, options };
}

/** Posts a message to the host page while `value` is shown, once per distinct message. */
function useEmbedOnce<T>(value: T | undefined, toMessage: (value: T, frame?: string) => EmbedMessage): void {
  const { options, post } = useContext(EmbedContext);
  const last = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!options.enabled || value === undefined) return;
    const message = toMessage(value, options.frame);
    const key = JSON.stringify(message);
    if (key === last.current) return;
    last.current = key;
    post(message);
  }, [options, value, post, toMessage]);
}

/** Posts the plan's ids to the host page while the plan is shown (once per distinct plan). */
export function useEmbedResult(plan: Plan | undefined): void {
  useEmbedOnce(plan, resultMessage);
}

/** Posts the fix's ids to the host page while a fix is shown (once per distinct fix). */
export function useEmbedFixResult(plan: FixPlan | undefined): void {
  useEmbedOnce(plan, fixResultMessage);
}

export interface EmbedBridgeProps {
  readonly children: ReactNode;
  /** Default: the options of the page's first URL. */
  readonly options?: EmbedOptions;
  /** Default: `window.parent` when framed. */
  readonly target?: MessageTarget;
  /** Default: `location.ancestorOrigins` and `document.referrer`. */
  readonly evidence?: ParentEvidence;
}

function useEmbedTheme(options: EmbedOptions): void {
  useLayoutEffect(() => {
    if (!options.enabled) return;
    const root = document.documentElement;
    const theme = options.accent === undefined ? undefined : accentTheme(options.accent);
    const properties: [string, string][] = theme === undefined ? [] : Object.entries(theme);
    root.setAttribute('data-embed', '');
    if (options.transparent) root.setAttribute('data-embed-bg', 'transparent');
    for (const [name, value] of properties) root.style.setProperty(name, value);
    return () => {
      root.removeAttribute('data-embed');
      root.removeAttribute('data-embed-bg');
      for (const [name] of properties) root.style.removeProperty(name);
    };
  }, [options]);
}

function useResizeReports(wrapper: RefObject<HTMLDivElement | null>, channel: Channel | undefined): void {
  useEffect(() => {
    const element = wrapper.current;
    if (channel === undefined || element === null || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    let last = -1;
    const measure = () => {
      frame = 0;
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      channel.resize(height);
    };
    const observer = new ResizeObserver(() => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    });
    observer.observe(element);
    measure(); // the first height, without waiting for the observer
    return () => {
      observer.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [wrapper, channel]);
}

/**
 * Reports the step of every page the user sees, at once, in the order they are seen. A page that
 * only redirects (it renders <Redirect>, see useRedirectStep) is never shown, so never reported;
 * a page left a moment after it appeared (Continue, then "See my plan" at once) was shown, so it is.
 * Returns `skip`, which a redirecting page calls, and `flush`, which reports the current page's
 * step now (before a `result` message).
 */
function useStepReports(channel: Channel | undefined, frameId: string | undefined) {
  const { pathname } = useLocation();
  const last = useRef<EmbedStep | undefined>(undefined);
  const current = useRef<EmbedStep | undefined>(undefined);
  /** The path whose page rendered a redirect in the commit being made. */
  const redirecting = useRef<string | undefined>(undefined);

  const flush = useCallback(() => {
    const step = current.current;
    if (channel === undefined || step === undefined || step === last.current) return;
    last.current = step;
    channel.data(stepMessage(step, frameId));
  }, [channel, frameId]);

  const skip = useCallback((path: string) => {
    redirecting.current = path;
  }, []);

  // Layout effects run children first: a redirecting page has marked its path by the time this runs,
  // and a result posted by the page (a passive effect) finds its step here.
  useLayoutEffect(() => {
    current.current = redirecting.current === pathname ? undefined : stepAt(pathname);
    redirecting.current = undefined;
  }, [pathname]);

  useEffect(() => {
    flush();
  }, [pathname, flush]);

  return { flush, skip };
}

/**
 * Called by a page that renders a redirect instead of its content: the host page hears about the
 * page the redirect lands on, never about this one.
 */
export function useRedirectStep(): void {
  const { skipStep } = useContext(EmbedContext);
  const { pathname } = useLocation();
  useLayoutEffect(() => {
    skipStep(pathname);
  }, [skipStep, pathname]);
}

export function EmbedBridge({ children, options = readEmbedOptions(), target, evidence }: EmbedBridgeProps) {
  const wrapper = useRef<HTMLDivElement>(null);
  const channel = useMemo(() => {
    if (!options.enabled || typeof window === 'undefined') return undefined;
    const parent = target ?? (window.parent === window ? undefined : window.parent);
    return createChannel(options, parent, evidence ?? browserEvidence());
  }, [options, target, evidence]);

  useEmbedTheme(options);
  useResizeReports(wrapper, channel);
  const { flush: flushStep, skip: skipStep } = useStepReports(channel, options.frame);

  const value = useMemo<EmbedContextValue>(
    () => ({
      options,
      skipStep,
      post:
        channel === undefined
          ? noPost
          : (message) => {
              flushStep(); // the host hears which page it is on before what that page shows
              channel.data(message);
            },
    }),
    [options, channel, skipStep, flushStep],
  );

  return (
    <EmbedContext.Provider value={value}>
      {options.enabled ? (
        <div ref={wrapper} className="embed-root" data-embed-origin={channel?.origin ?? ''}>
          {children}
        </div>
      ) : (
        children
      )}
    </EmbedContext.Provider>
  );
}
