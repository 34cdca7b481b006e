// report.html: the audit for people, in one file with no external assets (styles inline, the timeline as
// inline SVG), so a clinic can archive it beside report.json. Every text from the audited site is escaped.
import { hostEntry } from '../catalogue';
import { escapeHtml as escape } from '../html/escape';
import type { AuditReport, Finding, PageReport, PassRecord, RecordedRequest } from './types';

const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; padding: 1rem; max-width: 72rem; }
h1, h2, h3 { line-height: 1.25; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { border: 1px solid #767676; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: #f0f0f0; }
.violation, .error { color: #a4001d; font-weight: 600; }
.warning { color: #7a4100; font-weight: 600; }
.ok { color: #1d6b2f; font-weight: 600; }
code { font-size: 0.9em; }
svg { max-width: 100%; height: auto; }
`;

const WIDTH = 720;
const ROW = 28;
const LEFT = 110;

type Kind = 'tracker' | 'third-party' | 'first-party';
const kindOf = (r: RecordedRequest): Kind => (r.thirdParty ? (hostEntry(r.host) ? 'tracker' : 'third-party') : 'first-party');
// Told apart by shape as well as colour (WCAG 1.4.1): square trackers, diamond other third parties, round first party.
const MARK: Record<Kind, (x: number, y: number) => string> = {
  tracker: (x, y) => `<rect x="${x - 4}" y="${y - 4}" width="8" height="8" fill="#a4001d"/>`,
  'third-party': (x, y) => `<path d="M${x} ${y - 5}l5 5-5 5-5-5z" fill="#7a4100"/>`,
  'first-party': (x, y) => `<circle cx="${x}" cy="${y}" r="3.5" fill="#555"/>`,
};

/** What loaded when in each pass, as a picture; the tables below say the same in text. */
function timeline(page: PageReport, index: number): string {
  const passes = page.passes;
  if (!passes.some((p) => p.requests.length)) return '<p>No requests were recorded.</p>';
  const span = Math.max(1000, ...passes.flatMap((p) => p.requests.map((r) => r.atMs)));
  const x = (ms: number) => LEFT + (ms / span) * (WIDTH - LEFT - 10);
  const height = passes.length * ROW + 30;
  const rows = passes.map((p, i) => {
    const y = 14 + i * ROW;
    const marks = p.requests.map((r) => `<g>${MARK[kindOf(r)](x(r.atMs), y)}<title>${escape(`${r.atMs} ms ${r.type} ${r.url}`)}</title></g>`).join('');
    return `<text x="0" y="${y + 4}" font-size="13" fill="#1a1a1a">${escape(p.pass)}</text><line x1="${LEFT}" y1="${y}" x2="${WIDTH - 10}" y2="${y}" stroke="#767676"/>${marks}`;
  });
  const axis = `<text x="${LEFT}" y="${height - 4}" font-size="12" fill="#1a1a1a">0 ms</text><text x="${WIDTH - 10}" y="${height - 4}" font-size="12" fill="#1a1a1a" text-anchor="end">${span} ms</text>`;
  const counts = passes.map((p) => `${p.pass}: ${p.requests.length} requests, ${p.requests.filter((r) => kindOf(r) == 'tracker').length} to trackers`).join('; ');
  return `<figure><svg role="img" aria-labelledby="tl-${index}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" data-timeline><title id="tl-${index}">${escape(`Timeline of requests per pass. ${counts}.`)}</title>${rows.join('')}${axis}</svg>
<figcaption>Each mark is a request, at the time it started after the pass began: ■ a known tracker, ◆ another third party, ● the site itself.</figcaption></figure>`;
}

function evidenceOf({ evidence: e }: Finding): string {
  if (e.request) return `${escape(e.request.type)} <code>${escape(e.request.url)}</code>, initiated by <code>${escape(e.request.initiator)}</code>${e.more ? ` (and ${e.more} more)` : ''}`;
  if (e.cookie) return `cookie <code>${escape(e.cookie.name)}</code> on ${escape(e.cookie.domain)}${escape(e.cookie.path)}`;
  return e.storageKey !== undefined ? `${escape(e.storage ?? 'storage')} key <code>${escape(e.storageKey)}</code>` : '';
}

function findings(page: PageReport): string {
  if (!page.findings.length) return '<p class="ok">No findings.</p>';
  const rows = page.findings.map((f) => `<tr><td class="${f.severity}">${escape(f.severity)}</td><td><code>${escape(f.code)}</code></td><td>${escape(f.pass ?? '')}</td><td>${escape(f.message)}</td><td>${evidenceOf(f)}</td></tr>`);
  return `<table><caption>Findings</caption><thead><tr><th scope="col">Severity</th><th scope="col">Code</th><th scope="col">Pass</th><th scope="col">Finding</th><th scope="col">Evidence</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function passTable(p: PassRecord): string {
  const hosts = [...new Set(p.requests.filter((r) => r.thirdParty).map((r) => r.host))];
  const cookies = p.cookies.map((c) => `<li><code>${escape(c.name)}</code> (${escape(c.domain)}${c.thirdParty ? ', third party' : ''}, ${c.expires ? `until ${escape(c.expires)}` : 'session'})</li>`).join('');
  const other = hosts.map((h) => `<li>${escape(h)}${hostEntry(h) ? ` (${escape(hostEntry(h)!.provider)})` : ''}</li>`).join('');
  const storage = (['localStorage', 'sessionStorage'] as const)
    .filter((s) => p[s].length)
    .map((s) => `<li>${s}: ${p[s].map((k) => `<code>${escape(k)}</code>`).join(', ')}</li>`)
    .join('');
  return `<tr><th scope="row">${escape(p.pass)}</th><td>${cookies ? `<ul>${cookies}</ul>` : 'none'}</td><td>${storage ? `<ul>${storage}</ul>` : 'none'}</td><td>${other ? `<ul>${other}</ul>` : 'none'}</td><td>${p.requests.length}</td><td>${p.idle ? 'yes' : 'no'}</td></tr>`;
}

function pageSection(page: PageReport, i: number): string {
  const c = page.consentry;
  return `<section aria-labelledby="page-${i}"><h2 id="page-${i}">${escape(page.url)}</h2>
<p>Protection: ${escape(page.protection)}. consentry: ${c.loaded ? 'loaded' : 'not loaded'}, config ${escape(c.config)}.</p>
${findings(page)}
<h3>Cookies, storage and third-party hosts per pass</h3>
<table><thead><tr><th scope="col">Pass</th><th scope="col">Cookies</th><th scope="col">Storage keys</th><th scope="col">Third-party hosts</th><th scope="col">Requests</th><th scope="col">Went quiet</th></tr></thead><tbody>${page.passes.map(passTable).join('')}</tbody></table>
<h3>Timeline</h3>
${timeline(page, i)}</section>`;
}

/** The whole report as one HTML document. */
export function renderHtml(report: AuditReport): string {
  const s = report.summary;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>consentry audit report</title><style>${STYLE}</style></head>
<body><main><h1>consentry audit report</h1>
<p>Started ${escape(report.startedAt)}, took ${Math.round(report.durationMs / 1000)} s. ${s.pages} pages: <span class="${s.violations ? 'violation' : 'ok'}">${s.violations} violations</span>, ${s.warnings} warnings, ${s.errors} errors (exit code ${s.exitCode}).</p>
${report.pages.map(pageSection).join('\n')}
</main></body></html>
`;
}
