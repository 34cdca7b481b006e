// The clinic demo over plain node:http: the demo pages with a config inlined, their fakes, and the built
// script-tag files from dist/. Used by `npm start` (serve.mjs) and by `npm run screenshots`.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };
const POLICIES = { '/privacy-policy': 'Privacy Policy' };

// What each URL serves: the demo pages, their fakes, and the built library.
function fileFor(path) {
  // The article again under a sensitive path, and the booking form under a tracker-free one (the profile's
  // sensitivePaths and trackerFreePaths).
  if (path == '/' || path == '/index.html' || path == '/conditions/knee-pain') return 'examples/clinic/index.html';
  if (path == '/appointments/new') return 'examples/clinic/appointments.html';
  if (path == '/cookie-policy') return 'examples/clinic/cookie-policy.html';
  if (path in POLICIES) return 'examples/clinic/policy.html';
  if (path.startsWith('/fake/')) return 'examples/clinic' + path;
  if (path.startsWith('/clinic/')) return 'examples' + path;
  if (path.startsWith('/dist/')) return path.slice(1);
  // The config editor as the package ships it, starting with the demo config (built into it).
  if (path.startsWith('/editor/')) return 'dist' + (path == '/editor/' ? '/editor/index.html' : path);
}

/**
 * examples/clinic-consent.json, read afresh, so edits show on the next reload. When it is not JSON, rejects with the
 * SyntaxError carrying the file's `text`.
 */
export async function demoConfig() {
  const text = await readFile(join(root, 'examples/clinic-consent.json'), 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw Object.assign(error, { text });
  }
}

/**
 * The config a page inlines, as JSON text. One that is not JSON is logged and inlined as it is: the page then
 * shows the loader's own report of it (on 127.0.0.1, in the error panel with line and column), not a 404.
 */
async function inlineConfig(configFor, url) {
  try {
    return JSON.stringify(await configFor(url));
  } catch (error) {
    if (typeof error?.text != 'string') throw error;
    console.error(`[demo] examples/clinic-consent.json is not valid JSON: ${error.message}`);
    return error.text;
  }
}

/**
 * Starts the demo on 127.0.0.1 (`port` 0: a free one) and resolves to the server. `configFor(url)` gives the
 * config a page inlines; by default examples/clinic-consent.json.
 */
export function startDemoServer({ port = 0, configFor = demoConfig } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    // The editor's files are relative to its folder.
    if (url.pathname == '/editor') return res.writeHead(308, { location: '/editor/' }).end();
    const rel = fileFor(url.pathname);
    const file = rel && normalize(join(root, rel));
    if (!file || !file.startsWith(root)) return res.writeHead(404).end('not found');
    try {
      let body = await readFile(file);
      if (extname(file) == '.html') {
        // JSON inside <script> must not be able to close the element.
        const config = (await inlineConfig(configFor, url)).replace(/</g, '\\u003c');
        body = body.toString().replaceAll('__CONSENTRY_CONFIG__', config).replaceAll('__TITLE__', POLICIES[url.pathname] ?? '');
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
