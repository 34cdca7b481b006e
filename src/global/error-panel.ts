import type { ConfigIssue } from '../core/issues';
import { validateUiConfig } from '../ui/validate-ui';
import { jsonPosition } from './json-position';
import type { ConfigSyntaxError } from './read-config';

/** One entry of the panel: where (a config path, or a file with line and column), what, and the line itself. */
export interface PanelEntry {
  where: string;
  message: string;
  /** The offending line of a config that is not JSON, with a caret under the column. */
  excerpt?: string | undefined;
}

const isSyntaxError = (e: unknown): e is ConfigSyntaxError => typeof (e as ConfigSyntaxError | null)?.text == 'string';

/**
 * What the loader reported, as entries for the panel: every issue of an invalid config, with the issues the UI
 * would find (texts, ui options) added at once rather than after the next round of fixes; a syntax error with
 * its line and column; any other error as its message.
 */
export function panelEntries(errors: readonly unknown[], input: unknown): PanelEntry[] {
  const out: PanelEntry[] = [];
  for (const error of errors) {
    const issues = (error as { issues?: readonly ConfigIssue[] } | null)?.issues;
    if (issues) {
      const all = [...issues];
      // The core's issues stop the UI from ever mounting, so its checks would come only after they are fixed.
      if (input && typeof input == 'object') for (const i of validateUiConfig(input)) if (!all.some((a) => a.path == i.path)) all.push(i);
      for (const i of all) out.push({ where: i.path || '(config)', message: i.message });
    } else if (isSyntaxError(error)) {
      const engine = error.message.slice(error.source.length + 2);
      const at = jsonPosition(error.text, engine);
      const line = at && error.text.split(/\r\n?|\n/)[at.line - 1];
      out.push({
        where: at ? `${error.source}, line ${at.line}, column ${at.column}` : error.source,
        // The position is in `where` already.
        message: 'not valid JSON: ' + engine.replace(/ (in JSON )?at (position \d+( \(line \d+ column \d+\))?|line \d+ column \d+ of the JSON data)$/, ''),
        excerpt: line === undefined ? undefined : `${line}\n${' '.repeat(at!.column - 1)}^`,
      });
    } else out.push({ where: '', message: error instanceof Error ? error.message : String(error) });
  }
  return out;
}

// In a shadow root, so the page's styles neither break the panel nor are touched by it; CSSOM, so a strict
// `style-src` allows it.
const CSS = `:host{all:initial;position:fixed;z-index:2147483647;inset:8px 8px auto;display:block}
section{box-sizing:border-box;max-height:calc(100vh - 16px);overflow:auto;padding:16px 20px;color:#17202a;background:#fff;border:2px solid #b42318;border-radius:10px;box-shadow:0 8px 30px rgb(16 32 48/.25);font:15px/1.5 system-ui,sans-serif;overflow-wrap:anywhere}
header{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px 16px;margin-bottom:6px}
h2{margin:0;font-size:17px;line-height:1.3;color:#8c1c13}
p{margin:0 0 8px}
ol{margin:0;padding-inline-start:24px}
li{margin:6px 0}
code,pre{font:13px/1.45 ui-monospace,Menlo,Consolas,monospace}
code{font-weight:700}
pre{margin:4px 0 0;padding:6px 8px;overflow:auto;background:#f4f7f9;border-radius:6px;white-space:pre}
button{flex:none;min-height:44px;margin:0;padding:8px 16px;font:600 15px/1.2 system-ui,sans-serif;color:#fff;background:#8c1c13;border:0;border-radius:8px;cursor:pointer}
button:focus-visible{outline:3px solid #c2410c;outline-offset:2px}
@media (prefers-color-scheme:dark){section{color:#e9eef3;background:#17212b;border-color:#ff8a80}h2{color:#ffb4ab}pre{background:#1e2a36}button{color:#1b0a08;background:#ffb4ab}button:focus-visible{outline-color:#ffb86b}}`;

/**
 * Shows `entries` in a panel at the top of the page, replacing an earlier one: a labelled region with a
 * heading and a "Dismiss" button, texts as text. It takes no focus, so keyboard users are where they were.
 */
export function showErrorPanel(doc: Document, entries: readonly PanelEntry[]): void {
  doc.querySelector('[data-consentry-debug]')?.remove();
  const host = doc.createElement('div');
  host.setAttribute('data-consentry-debug', '');
  const shadow = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new doc.defaultView!.CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {}
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '') => Object.assign(doc.createElement(tag), { textContent: text });
  const section = el('section');
  section.setAttribute('aria-labelledby', 'title');
  const title = el('h2', `consentry: ${entries.length == 1 ? 'a problem' : entries.length + ' problems'} to fix`);
  title.id = 'title';
  const dismiss = el('button', 'Dismiss');
  dismiss.type = 'button';
  dismiss.onclick = () => host.remove();
  const list = el('ol');
  for (const e of entries) {
    const li = el('li');
    if (e.where) li.append(el('code', e.where), ': ');
    li.append(e.message);
    if (e.excerpt) li.append(el('pre', e.excerpt));
    list.append(li);
  }
  const header = el('header');
  header.append(title, dismiss);
  section.append(
    header,
    el('p', 'No banner shows until this is fixed. This panel shows only on your own machine (localhost) or with data-debug on the script tag: visitors never see it. The browser console has the same messages.'),
    list,
  );
  shadow.append(section);
  doc.body.prepend(host);
}
