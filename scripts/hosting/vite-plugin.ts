/**
 * Serves and ships the headers of scripts/hosting/headers.ts:
 * - `vite build` writes `dist/_headers` and, for Netlify, the SPA fallback `dist/_redirects`;
 * - `vite preview` (`npm start`, the end-to-end tests) sends the same headers on every response;
 * - `vite` (the dev server) sends them too, except the Content-Security-Policy: hot reload
 *   injects inline scripts that a strict policy refuses. Check the CSP with `npm start`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { headerRules, headersFile, headersFor, REDIRECTS_FILE, type HeaderRule } from './headers';

export interface HostingOptions {
  /** frame-ancestors sources (see parseFrameAncestors). */
  readonly frameAncestors: readonly string[];
  /** Leave out `_redirects`: Cloudflare Pages has its own SPA mode and refuses that rule as a loop. */
  readonly withoutRedirects?: boolean;
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://request.invalid').pathname;
  } catch {
    return '/';
  }
}

function sendHeaders(rules: readonly HeaderRule[], skip: ReadonlySet<string> = new Set()): Middleware {
  return (req, res, next) => {
    // Set before the static files are served: the file server keeps a header already set.
    for (const [name, value] of Object.entries(headersFor(pathOf(req.url), rules))) {
      if (!skip.has(name)) res.setHeader(name, value);
    }
    next();
  };
}

export function hostingHeaders(options: HostingOptions): Plugin {
  const rules = headerRules({ frameAncestors: options.frameAncestors });
  return {
    name: 'clave-wizard:hosting-headers',
    configurePreviewServer(server) {
      server.middlewares.use(sendHeaders(rules));
    },
    configureServer(server) {
      server.middlewares.use(sendHeaders(rules, new Set(['Content-Security-Policy'])));
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(rules) });
      if (options.withoutRedirects !== true) this.emitFile({ type: 'asset', fileName: '_redirects', source: REDIRECTS_FILE });
    },
  };
}
