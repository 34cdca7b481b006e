// The report for people: one HTML file with no external assets (styles inline, charts as HTML bars with their
// numbers as text beside them and in tables), to archive or mail as it is, readable on a phone.
import { escapeHtml as escape } from '../html/escape';
import { rate, type ReceiptReport, type ReportDay, type SiteReport } from './report';
import { ACTIONS, LAYERS } from './types';

const LABELS: Record<string, string> = {
  accept_all: 'Accept all',
  reject_all: 'Reject all',
  save_custom: 'Custom choice',
  withdraw: 'Withdrawal',
  gpc_optout: 'Global Privacy Control opt-out',
  separate_grant: 'Separate consent given',
  separate_withdraw: 'Separate consent withdrawn',
  banner: 'Banner',
  dialog: 'Preferences dialog',
  api: 'Site code (API)',
};

const STYLE = `
:root { color-scheme: light dark; --fg: #1a1a1a; --bg: #fff; --line: #767676; --head: #f0f0f0; --bar: #1f4e8c; --track: #e6ebf0; }
@media (prefers-color-scheme: dark) { :root { --fg: #e9eef3; --bg: #14191f; --line: #8a96a3; --head: #222b35; --bar: #8fc4f0; --track: #26313c; } }
body { font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 0 auto; padding: 1rem; max-width: 72rem; }
h1, h2, h3 { line-height: 1.25; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
th, td { border: 1px solid var(--line); padding: 0.25rem 0.5rem; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { background: var(--head); }
.scroll { overflow-x: auto; }
figure { margin: 1rem 0 1.5rem; }
figcaption { font-weight: 600; margin-bottom: 0.5rem; }
.bars { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: minmax(8rem, 16rem) 1fr auto; gap: 0.25rem 1rem; align-items: center; }
/* One grid for the whole figure: every bar starts and may end at the same place, so bars compare. */
.bars li, .bar { display: contents; }
.track > span { display: block; height: 1rem; background: var(--bar); border-radius: 2px; }
@media (max-width: 30rem) { .bars { grid-template-columns: 1fr auto; } .bars li > span:first-child { grid-column: 1 / -1; margin-top: 0.5rem; } }
`;

const percent = (r: number) => `${(r * 100).toFixed(1)} %`;

/** Horizontal bars, each with its label and its value written beside it; the bars themselves are decoration. */
function bars(title: string, items: { label: string; value: number; text: string }[], max: number): string {
  const body = items
    .map(({ label, value, text }) => {
      // Of the room the value's text leaves, so the longest bar and its number both fit on any screen.
      const width = max ? ((value / max) * 100).toFixed(1) : '0';
      return `<li><span>${escape(label)}</span><span class="bar"><span class="track" aria-hidden="true"><span style="width: ${width}%"></span></span><span>${escape(text)}</span></span></li>`;
    })
    .join('');
  return `<figure><figcaption>${escape(title)}</figcaption><ul class="bars">${body}</ul></figure>`;
}

function revisionSection(site: string, revision: number, days: ReportDay[]): string {
  const total = (pick: (d: ReportDay) => number) => days.reduce((n, d) => n + pick(d), 0);
  const receipts = total((d) => d.receipts);
  const categories = [...new Set(days.flatMap((d) => Object.keys(d.categories)))].sort();
  const grants = categories.map((c) => {
    const granted = total((d) => d.categories[c]?.granted ?? 0);
    const of = total((d) => d.categories[c]?.total ?? 0);
    return { label: c, value: rate(granted, of), text: `${percent(rate(granted, of))} (${granted} of ${of})` };
  });
  const actions = ACTIONS.map((a) => ({ label: LABELS[a]!, value: total((d) => d.actions[a]), text: String(total((d) => d.actions[a])) }));
  const layers = LAYERS.map((l) => ({ label: LABELS[l]!, value: total((d) => d.layers[l]), text: String(total((d) => d.layers[l])) }));
  const head = ['Day', 'Receipts', ...ACTIONS.map((a) => LABELS[a]!), ...LAYERS.map((l) => LABELS[l]!), ...categories.map((c) => `${c} granted`)];
  const rows = days.map(
    (d) =>
      `<tr><th scope="row">${escape(d.day)}</th><td>${d.receipts}</td>${ACTIONS.map((a) => `<td>${d.actions[a]}</td>`).join('')}${LAYERS.map((l) => `<td>${d.layers[l]}</td>`).join('')}${categories
        .map((c) => `<td>${d.categories[c] ? percent(d.categories[c]!.rate) : ''}</td>`)
        .join('')}</tr>`,
  );
  return `<section><h3>Revision ${revision}: ${receipts} receipts</h3>
${bars(`Decisions by action, site ${site}, revision ${revision}`, actions, Math.max(...actions.map((a) => a.value)))}
${bars(`Decisions by layer, site ${site}, revision ${revision}`, layers, Math.max(...layers.map((l) => l.value)))}
${grants.length ? bars(`Grant rate per category, site ${site}, revision ${revision}`, grants, 1) : ''}
<div class="scroll" role="region" aria-label="${escape(`Receipts per day, site ${site}, revision ${revision}`)}" tabindex="0"><table><caption>Receipts per day (UTC)</caption><thead><tr>${head.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`;
}

function siteSection(report: SiteReport): string {
  const revisions = [...new Set(report.days.map((d) => d.revision))];
  const body = revisions.length ? revisions.map((r) => revisionSection(report.site, r, report.days.filter((d) => d.revision == r))).join('\n') : '<p>No receipts.</p>';
  return `<section><h2>Site ${escape(report.site)}</h2>\n${body}</section>`;
}

/** The report as a self-contained HTML page. */
export function renderReportHtml(report: ReceiptReport): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Consent receipts report</title><style>${STYLE}</style></head>
<body><main><h1>Consent receipts report</h1>
<p>Generated ${escape(report.generatedAt)}. Counts of stored consent receipts per site, config revision and day; nothing per visitor. A grant rate is the share of the receipts naming a category that grant it.</p>
${report.sites.map(siteSection).join('\n') || '<p>No sites.</p>'}
</main></body></html>
`;
}
