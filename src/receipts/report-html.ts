// The report for people: one HTML file with no external assets (styles inline, charts as inline SVG with
// their numbers as text and in tables), to archive or mail as it is.
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
body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; padding: 1rem; max-width: 72rem; }
h1, h2, h3 { line-height: 1.25; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; font-size: 0.9rem; }
th, td { border: 1px solid #767676; padding: 0.25rem 0.5rem; text-align: right; }
th:first-child, td:first-child { text-align: left; }
th { background: #f0f0f0; }
.scroll { overflow-x: auto; }
svg { max-width: 100%; height: auto; }
`;

const percent = (r: number) => `${(r * 100).toFixed(1)} %`;

/** Horizontal bars, each with its label and value written beside it. */
function bars(title: string, items: { label: string; value: number; text: string }[], max: number): string {
  const row = 26;
  const left = 250;
  const width = 720;
  const height = items.length * row + 8;
  const scale = (v: number) => (max ? (v / max) * (width - left - 120) : 0);
  const body = items
    .map(({ label, value, text }, i) => {
      const y = 4 + i * row;
      return `<text x="0" y="${y + 16}" font-size="14" fill="#1a1a1a">${escape(label)}</text><rect x="${left}" y="${y + 3}" width="${scale(value).toFixed(1)}" height="16" fill="#1f4e8c"/><text x="${(left + scale(value) + 6).toFixed(1)}" y="${y + 16}" font-size="14" fill="#1a1a1a">${escape(text)}</text>`;
    })
    .join('');
  const summary = items.map((i) => `${i.label}: ${i.text}`).join('; ');
  return `<figure><svg role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${escape(`${title}. ${summary}.`)}</title>${body}</svg><figcaption>${escape(title)}</figcaption></figure>`;
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
