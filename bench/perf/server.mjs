// The benchmark's web server: every file gzipped once up front (level 9, as `npm run size` measures) and
// served from memory on 127.0.0.1, so the server costs the same for both libraries and nothing between runs.
// `no-store` makes the returning visit download again what it needs, as a visitor's browser does once its
// cache has expired: the figure is what the library asks for, not what a cache happens to keep.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

/** Serves `files` ({ path: text }) at http://127.0.0.1:<port>. */
export async function startServer(files) {
  const bodies = new Map(Object.entries(files).map(([path, text]) => [path, gzipSync(text, { level: 9 })]));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = bodies.get(path);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.split('.').pop()] ?? 'application/octet-stream',
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
