import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
  '.gif': 'image/gif',
};
const GIF = Buffer.from('R0lGODlhAQABAAAAACw=', 'base64');

export interface TestServer {
  /** e.g. `http://127.0.0.1:40123` */
  readonly origin: string;
  readonly port: number;
  /** Requests seen for a path (query ignored) since the last `reset()`. */
  hits(path: string): number;
  /** Every fake tracker path requested, in order of arrival. */
  trackerLog(): string[];
  reset(): void;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Directory of static pages and fixtures. */
  root: string;
  /** Extra in-memory files by path, e.g. the bundled library. */
  files?: Record<string, string>;
  /** Extra response headers for every page and file (not the fake trackers), e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  /** Paths answered with a 302 to another path, e.g. a redirect loop. */
  redirects?: Record<string, string>;
}

/**
 * A static file server on 127.0.0.1 (random port) that counts hits per path. Paths under `/t/` are fake
 * trackers: `.js` ones run `window.__runs.push(path)` (and, with `?cookie=name&domain=d`, set that cookie, each
 * one given), `.gif` ones are a pixel, others an empty page. `?delay=ms` holds the response that long.
 */
export async function startServer({ root, files = {}, headers = {}, redirects = {} }: ServerOptions): Promise<TestServer> {
  const counts = new Map<string, number>();
  const log: string[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...(path.startsWith('/t/') ? {} : headers) });
      res.end(body);
    };
    if (path.startsWith('/t/')) {
      log.push(path);
      await new Promise((r) => setTimeout(r, Number(url.searchParams.get('delay') ?? 0)));
      const ext = extname(path);
      if (ext == '.gif') return send(200, TYPES['.gif']!, GIF);
      if (ext != '.js') return send(200, TYPES['.html']!, `<!doctype html><title>embed</title><p>${path}</p>`);
      const domain = url.searchParams.get('domain');
      const set = url.searchParams
        .getAll('cookie')
        .map((cookie) => `document.cookie = ${JSON.stringify(`${cookie}=1; path=/${domain ? `; domain=${domain}` : ''}`)};`)
        .join('');
      return send(200, TYPES['.js']!, `${set}(window.__runs = window.__runs || []).push(${JSON.stringify(path)});`);
    }
    if (path in redirects) return res.writeHead(302, { location: redirects[path]! }).end();
    if (path in files) return send(200, TYPES[extname(path)] ?? 'text/plain', files[path]!);
    const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(normalize(root))) return send(403, 'text/plain', 'forbidden');
    try {
      send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(404, 'text/plain', 'not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits: (path) => counts.get(path) ?? 0,
    trackerLog: () => [...log],
    reset() {
      counts.clear();
      log.length = 0;
    },
    // The test is over: the browser's keep-alive connections (idle or not) must not hold the server open.
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
