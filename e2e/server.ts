/** What the end-to-end tests' preview server is started with (playwright.config.ts), for the specs to compare against. */
import { contentSecurityPolicy, DEFAULT_FRAME_ANCESTORS, headerRules, type HeaderRule } from '../scripts/hosting/headers';

/** The embedding tests' host pages are plain-http pages on localhost (any port): they may frame the wizard too. */
export const E2E_FRAME_ANCESTORS: readonly string[] = [...DEFAULT_FRAME_ANCESTORS, 'http://localhost:*'];

/** The header rules the preview server applies in the tests. */
export const E2E_RULES: readonly HeaderRule[] = headerRules({ frameAncestors: E2E_FRAME_ANCESTORS });

/** The CSP the hosting files ship with (the default frame-ancestors). */
export const SHIPPED_CSP = contentSecurityPolicy();
