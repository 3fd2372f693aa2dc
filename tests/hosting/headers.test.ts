/** The one definition of the hosting headers: its policy, who may embed, which path gets what, the generated files. */
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  DEFAULT_FRAME_ANCESTORS,
  headerRules,
  headersFile,
  headersFor,
  parseFrameAncestors,
  PERMISSIONS_POLICY,
  REDIRECTS_FILE,
} from '../../scripts/hosting/headers';

describe('the Content-Security-Policy', () => {
  const csp = contentSecurityPolicy();
  const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it('allows our own origin only, no inline script or style and no eval', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*(?!\.)/);
  });

  it('lets any HTTPS page embed the wizard by default, and whoever is configured otherwise', () => {
    expect(directives.get('frame-ancestors')).toEqual([...DEFAULT_FRAME_ANCESTORS]);
    expect(contentSecurityPolicy(["'self'", 'https://agency.example'])).toMatch(/frame-ancestors 'self' https:\/\/agency\.example$/);
  });
});

describe('parseFrameAncestors (CSP_FRAME_ANCESTORS)', () => {
  it('reads plain sources, and the default when unset or blank', () => {
    expect(parseFrameAncestors(undefined)).toEqual(DEFAULT_FRAME_ANCESTORS);
    expect(parseFrameAncestors('  ')).toEqual(DEFAULT_FRAME_ANCESTORS);
    expect(parseFrameAncestors("'self'  https://agency.example https://*.agency.example:8443 http://localhost:*")).toEqual([
      "'self'",
      'https://agency.example',
      'https://*.agency.example:8443',
      'http://localhost:*',
    ]);
    expect(parseFrameAncestors("'none'")).toEqual(["'none'"]);
  });

  it.each(['*', "'unsafe-inline'", 'https://agency.example/path', 'javascript:', "self", 'https://agency.example; script-src *', "'none' https:", 'ftp://x.example'])(
    'refuses %j, so a typo fails the build',
    (value) => {
      expect(() => parseFrameAncestors(value)).toThrow(/CSP_FRAME_ANCESTORS/);
    },
  );
});

describe('which path gets which headers', () => {
  it('every path gets the security headers, and never X-Frame-Options', () => {
    for (const path of ['/', '/q/doc', '/result', '/assets/index-1.js', '/embed.js', '/nope']) {
      const headers = headersFor(path);
      expect(headers['Content-Security-Policy'], path).toBe(contentSecurityPolicy());
      expect(headers['Referrer-Policy'], path).toBe('no-referrer');
      expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
      expect(headers['Permissions-Policy'], path).toBe(PERMISSIONS_POLICY);
      expect(Object.keys(headers).map((h) => h.toLowerCase()), path).not.toContain('x-frame-options');
    }
  });

  it('caching: the shell and the worker revalidate, hashed assets are immutable, embed.js an hour and cross-origin', () => {
    expect(headersFor('/')['Cache-Control']).toBe('no-cache');
    expect(headersFor('/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersFor('/assets/index-1.js')['Cache-Control']).toMatch(/immutable/);
    expect(headersFor('/q/doc')['Cache-Control']).toBeUndefined();
    expect(headersFor('/embed.js')).toMatchObject({
      'Cache-Control': 'public, max-age=3600',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Access-Control-Allow-Origin': '*',
    });
    expect(headersFor('/index.html')['Access-Control-Allow-Origin']).toBeUndefined();
  });

  it('turns off powerful features the wizard never uses, but not the clipboard its copy buttons need', () => {
    expect(PERMISSIONS_POLICY).toMatch(/(^|, )camera=\(\)/);
    expect(PERMISSIONS_POLICY).toMatch(/geolocation=\(\)/);
    expect(PERMISSIONS_POLICY).not.toMatch(/clipboard/);
  });
});

describe('the generated files', () => {
  it('_headers lists every rule and header, in the hosts’ format', () => {
    const file = headersFile();
    for (const rule of headerRules()) {
      expect(file).toContain(`\n${rule.path}\n`);
      for (const [name, value] of Object.entries(rule.headers)) expect(file).toContain(`  ${name}: ${value}\n`);
    }
    expect(file).not.toMatch(/^\s+X-Frame-Options:/im);
  });

  it('_redirects answers every client-side route with the app shell (status 200)', () => {
    expect(REDIRECTS_FILE.split('\n').filter((line) => line !== '' && !line.startsWith('#'))).toEqual(['/*    /index.html    200']);
  });
});
