// A clinic page rendered on the server with only the tags the visitor's consent allows: a denied tag is never
// sent, so no script in the page can run it. Plain node:http, no framework. The banner is consentry's
// script-tag build, served from the package's dist/.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { readConsent, renderTags } from 'consentry/server';

const configText = readFileSync(new URL('./consent.json', import.meta.url), 'utf8');
const config = JSON.parse(configText);
const dist = new URL('../../dist/', import.meta.url);

// The site's own markup, never a visitor's: renderTags sends it as it is.
const tags = [
  { category: 'analytics', html: '<script src="/stats.js" data-tag="analytics"></script>' },
  { category: 'marketing', service: 'meta-pixel', html: '<script src="/pixel.js" data-tag="meta-pixel"></script>' },
];

// Stand-ins for the vendors' scripts: they only say that they ran.
const fakes = {
  '/stats.js': "console.log('analytics ran');",
  '/pixel.js': "console.log('meta pixel ran');",
};

/** The page for one request: its Cookie and Sec-GPC headers decide which tags it carries. */
export function renderPage(request) {
  const state = readConsent(request.headers.cookie, config, { secGpc: request.headers['sec-gpc'], path: request.url });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Example Clinic</title>
<link rel="stylesheet" href="/consentry/ui.css">
<script src="/consentry/consentry.global.js" data-config="/consent.json" defer></script>
${renderTags(state, tags)}
</head>
<body>
<h1>Example Clinic</h1>
<p>${state.decided ? 'Thank you for your cookie choice.' : 'Please make a cookie choice.'} Pages you load after a change follow it.</p>
<p><button type="button" data-consentry-open>Cookie settings</button></p>
</body>
</html>
`;
}

const send = (response, type, body, headers = {}) => response.writeHead(200, { 'content-type': type, ...headers }).end(body);

/** The example's server; listen on a port of your choice. */
export const createSsrServer = () =>
  createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path == '/') {
      // The page differs by these headers: no shared cache may hand one visitor's page to another.
      return send(response, 'text/html; charset=utf-8', renderPage(request), { vary: 'Cookie, Sec-GPC', 'cache-control': 'private, no-store' });
    }
    if (path == '/consent.json') return send(response, 'application/json', configText);
    if (path in fakes) return send(response, 'text/javascript', fakes[path]);
    // Only the built files' own names: no path can climb out of dist/.
    const file = /^\/consentry\/([\w.-]+\.(js|css))$/.exec(path);
    const body = file && (await readFile(new URL(file[1], dist)).catch(() => null));
    if (body) return send(response, file[2] == 'css' ? 'text/css' : 'text/javascript', body);
    response.writeHead(404).end('not found');
  });
