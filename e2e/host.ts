/**
 * A tiny server for the host pages of e2e/fixtures/host/, on http://localhost:<random port>: another
 * origin than the wizard's preview server (http://127.0.0.1:<E2E_PORT>).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const FIXTURES = new URL('./fixtures/host/', import.meta.url);

export interface Host {
  readonly origin: string;
  /** A fixture page with its placeholders filled. */
  readonly url: (fixture: string, values?: Readonly<Record<string, string>>) => string;
  readonly close: () => Promise<void>;
}

/** Serves the fixtures, filling %NAME% placeholders from the query string (`?WIZARD=…&ANSWERS=…`). */
export async function startHost(): Promise<Host> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host.invalid');
    const name = url.pathname.replace(/^\//, '');
    if (!/^[a-z-]+\.html$/.test(name)) {
      response.writeHead(404).end();
      return;
    }
    let html = readFileSync(new URL(name, FIXTURES), 'utf8');
    html = html.replace(/%([A-Z]+)%/g, (_, key: string) => url.searchParams.get(key) ?? '');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://localhost:${port}`;
  return {
    origin,
    url: (fixture, values = {}) => `${origin}/${fixture}?${new URLSearchParams(values).toString()}`,
    close: () => new Promise<void>((resolve) => server.close(() => { resolve(); })),
  };
}

/** What a host page records of the wizard's events (window.__events). */
export interface HostEvent {
  source: string;
  version: number;
  type: string;
  frame?: string;
  step?: string;
  result?: Record<string, unknown>;
}
