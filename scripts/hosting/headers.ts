/**
 * The one definition of the HTTP response headers the wizard is served with. Everything that
 * serves the app reads it: the build writes `dist/_headers` (Netlify, Cloudflare Pages) and the
 * SPA fallback `dist/_redirects` from it (vite-plugin.ts), `npm start`'s preview server sends
 * the same headers, docs/hosting.md's nginx snippet is checked against it, and the end-to-end
 * tests compare what the server sends with it. Change a header here, nowhere else.
 *
 * Plain data and string functions: no Vite, no Node APIs, so tests can import it anywhere.
 */

/** Who may embed the wizard, as CSP `frame-ancestors` sources. Default: the wizard itself and any HTTPS page. */
export const DEFAULT_FRAME_ANCESTORS: readonly string[] = ["'self'", 'https:'];

/** The environment variable that replaces DEFAULT_FRAME_ANCESTORS (space-separated sources). */
export const FRAME_ANCESTORS_ENV = 'CSP_FRAME_ANCESTORS';

/**
 * A CSP source a deployer may name in frame-ancestors: 'self', 'none', a scheme (`https:`), or
 * an origin with an optional `*.` subdomain wildcard and port (`https://*.agency.example`,
 * `http://localhost:*`). Paths, quotes other than 'self'/'none', and a bare `*` are refused.
 */
const SOURCE = /^(?:'self'|'none'|https?:|https?:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::(?:\d{1,5}|\*))?)$/i;

/**
 * Reads frame-ancestors sources from configuration (e.g. `'self' https://agency.example`).
 * Undefined or blank: the default. Throws on anything that is not a plain source, so a typo
 * fails the build instead of shipping a policy that lets everyone (or no one) embed the wizard.
 */
export function parseFrameAncestors(value: string | undefined): readonly string[] {
  if (value === undefined || value.trim() === '') return DEFAULT_FRAME_ANCESTORS;
  const sources = value.trim().split(/\s+/);
  const bad = sources.filter((source) => !SOURCE.test(source));
  if (bad.length > 0) {
    throw new Error(`${FRAME_ANCESTORS_ENV}: not a frame-ancestors source: ${bad.join(', ')}`);
  }
  if (sources.includes("'none'") && sources.length > 1) {
    throw new Error(`${FRAME_ANCESTORS_ENV}: 'none' cannot be combined with other sources`);
  }
  return sources;
}

/**
 * Own origin only, no inline script or style, no eval. `data:`/`blob:` images are the QR code
 * and its download. React's `style` props are set through the CSSOM, which style-src allows;
 * a `style="…"` attribute written in markup would not be.
 */
export function contentSecurityPolicy(frameAncestors: readonly string[] = DEFAULT_FRAME_ANCESTORS): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

/**
 * Powerful features the wizard never uses, turned off for it and for anything it could frame.
 * Only names Chromium knows: an unknown one makes the browser log an error on every page.
 * (clipboard-write stays: the "copy" buttons need it.)
 */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

export interface HeaderRule {
  /** A path as the hosts match it: exact (`/sw.js`) or a prefix ending in `*` (`/assets/*`, `/*`). */
  readonly path: string;
  /** Why these headers, written into the generated files. */
  readonly why: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface HeaderOptions {
  readonly frameAncestors?: readonly string[];
}

/** Every path's headers, in the order a host applies them (later rules add to earlier ones). */
export function headerRules(options: HeaderOptions = {}): readonly HeaderRule[] {
  return [
    {
      path: '/*',
      why: 'Every response. Who may embed the wizard is decided by frame-ancestors, never by X-Frame-Options.',
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(options.frameAncestors),
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
        'Permissions-Policy': PERMISSIONS_POLICY,
        'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
      },
    },
    {
      path: '/index.html',
      why: 'The app shell is revalidated, so a deploy reaches everyone at once.',
      headers: { 'Cache-Control': 'no-cache' },
    },
    { path: '/sw.js', why: 'The service worker is revalidated too.', headers: { 'Cache-Control': 'no-cache' } },
    { path: '/manifest.webmanifest', why: 'So is the web app manifest.', headers: { 'Cache-Control': 'no-cache' } },
    {
      path: '/assets/*',
      why: 'Hashed build output never changes under the same name.',
      headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
    },
    {
      path: '/embed.js',
      why: 'The host-page script is loaded by other sites: cached briefly, usable cross-origin.',
      headers: {
        'Cache-Control': 'public, max-age=3600',
        'Cross-Origin-Resource-Policy': 'cross-origin',
        'Access-Control-Allow-Origin': '*',
      },
    },
  ];
}

function matches(rulePath: string, pathname: string): boolean {
  return rulePath.endsWith('*') ? pathname.startsWith(rulePath.slice(0, -1)) : pathname === rulePath;
}

/** The headers a request for `pathname` gets: every matching rule, in order. The app shell (`/`) is `/index.html`. */
export function headersFor(pathname: string, rules: readonly HeaderRule[] = headerRules()): Record<string, string> {
  const path = pathname === '/' ? '/index.html' : pathname;
  const headers: Record<string, string> = {};
  for (const rule of rules) if (matches(rule.path, path)) Object.assign(headers, rule.headers);
  return headers;
}

/** `dist/_headers`, in the format Netlify and Cloudflare Pages read. */
export function headersFile(rules: readonly HeaderRule[] = headerRules()): string {
  const lines = [
    '# Generated by the build from scripts/hosting/headers.ts: change the headers there, not here.',
    '# Netlify and Cloudflare Pages read this file; docs/hosting.md covers other hosts.',
  ];
  for (const rule of rules) {
    lines.push('', `# ${rule.why}`, rule.path);
    for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `dist/_redirects` for Netlify: every path that is no file gets the app shell, with status 200,
 * so a shared deep link (`/result`, `/q/doc`, `/agent`) opens the app instead of a 404. Netlify
 * applies it only where no file exists, so real files are served as they are.
 */
export const REDIRECTS_FILE = '# Generated by the build (scripts/hosting/headers.ts). Netlify: the app shell for every client-side route.\n/*    /index.html    200\n';
