#!/usr/bin/env node
// `npm start`: serves the demo clinic page on 127.0.0.1 with the built script-tag files from dist/.
// Plain node:http, no framework. PORT=8080 npm start to choose the port (default: a free one).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };
const POLICIES = { '/cookie-policy': 'Cookie Policy', '/privacy-policy': 'Privacy Policy' };

// What each URL serves: the demo pages, their fakes, and the built library.
function fileFor(path) {
  if (path == '/' || path == '/index.html') return 'examples/clinic/index.html';
  if (path in POLICIES) return 'examples/clinic/policy.html';
  if (path.startsWith('/fake/')) return 'examples/clinic' + path;
  if (path.startsWith('/clinic/')) return 'examples' + path;
  if (path.startsWith('/dist/')) return path.slice(1);
}

// JSON inside <script> must not be able to close the element.
const inline = (json) => JSON.stringify(JSON.parse(json)).replace(/</g, '\\u003c');

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const rel = fileFor(path);
  const file = rel && normalize(join(root, rel));
  if (!file || !file.startsWith(root)) return res.writeHead(404).end('not found');
  try {
    let body = await readFile(file);
    if (extname(file) == '.html') {
      const config = inline(await readFile(join(root, 'examples/consent.json'), 'utf8'));
      body = body.toString().replaceAll('__CONSENTRY_CONFIG__', config).replaceAll('__TITLE__', POLICIES[path] ?? '');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`Demo clinic site: http://127.0.0.1:${server.address().port}/`);
});
