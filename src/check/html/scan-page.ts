import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { CATALOGUE } from '../../catalogue';
import type { ResolvedConfig } from '../../core/types';
import type { Diagnostic } from '../diagnostic';

/** What `consentry check --html` finds in one page. */
export interface PageScan {
  readonly diagnostics: Diagnostic[];
  /** Whether the page has a `data-consentry-open` element, a way back to the preferences. */
  readonly opensPreferences: boolean;
}

// Types a browser runs as script; any other (text/plain, application/ld+json, a template type) it leaves alone.
const RUNS = /^(|text\/javascript|application\/javascript|module|text\/ecmascript|application\/ecmascript)$/i;
const EXTERNAL = /^\s*(https?:)?\/\//i;
// The loader itself: it must run before consent, since it is what asks for it.
const OWN_SCRIPT = /consentry[\w.-]*\.global\.js(\?|#|$)/;
// Tag snippets that load a vendor from inline code (gtag, GTM, the Meta pixel, Hotjar, Clarity, UET, …).
const INLINE_VENDORS = new RegExp(CATALOGUE.flatMap((e) => e.hosts).map((h) => h.replace(/\./g, '\\.')).join('|'), 'i');

const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name == name)?.value;
const hostOf = (url: string) => /^\s*(?:https?:)?\/\/([^/?#\s]+)/i.exec(url)?.[1] ?? url;

/**
 * Scans one HTML page: third-party scripts, iframes and pixels that load before consent, gated elements that
 * name a category or service `config` lacks or that load anyway, and whether the page can reopen the
 * preferences. Never throws; every finding is at the line and column of its tag.
 */
export function scanPage(html: string, config: ResolvedConfig | undefined): PageScan {
  // With scripting off, <noscript> content is parsed as elements: a pixel there loads for every visitor without
  // JavaScript, and no banner can ask them first.
  const doc = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const out: Diagnostic[] = [];
  let opensPreferences = false;
  const categories = new Map(config?.categories.map((c) => [c.id, c]));
  const services = new Map(config?.categories.flatMap((c) => c.services.map((s) => [s.id, c.id] as const)));

  const report = (el: T.Element, severity: Diagnostic['severity'], code: string, message: string) => {
    const at = el.sourceCodeLocation?.startTag ?? el.sourceCodeLocation;
    out.push({ severity, code, path: '', message, line: at?.startLine ?? 1, column: at?.startCol ?? 1, endLine: at?.endLine ?? 1, endColumn: at?.endCol ?? 1 });
  };

  const gated = (el: T.Element, tag: string, category: string) => {
    const id = category.replace(/^!/, '');
    const service = attr(el, 'data-service');
    if (config && !categories.has(id))
      report(el, 'error', 'gate-unknown-id', `<${tag}> waits for the category "${id}", which the config lacks, so it never loads; known: ${[...categories.keys()].join(', ')}`);
    else if (config && service !== undefined && !services.has(service))
      report(el, 'error', 'gate-unknown-id', `<${tag}> waits for the service "${service}", which the config lacks, so it never loads; known: ${[...services.keys()].join(', ') || '(none)'}`);
    if (tag == 'script' && RUNS.test(attr(el, 'type') ?? ''))
      report(el, 'error', 'gate-loads-anyway', `<script data-category="${category}"> runs at once: add type="text/plain" so it waits for consent`);
    const src = attr(el, 'src');
    if (tag != 'script' && src !== undefined && EXTERNAL.test(src))
      report(el, 'error', 'gate-loads-anyway', `<${tag} data-category="${category}"> loads ${hostOf(src)} at once: rename src to data-src so it waits for consent`);
  };

  const ungated = (el: T.Element, tag: string) => {
    const src = attr(el, 'src');
    if (tag == 'script') {
      if (!RUNS.test(attr(el, 'type') ?? '')) return;
      if (src !== undefined) {
        if (EXTERNAL.test(src) && !OWN_SCRIPT.test(src) && attr(el, 'data-config') === undefined)
          report(el, 'warning', 'ungated-script', `<script> from ${hostOf(src)} runs before consent: if it tracks or sets cookies, gate it with type="text/plain" data-category="…"`);
        return;
      }
      const code = el.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
      const vendor = INLINE_VENDORS.exec(code)?.[0];
      if (vendor) report(el, 'warning', 'ungated-script', `inline <script> loads ${vendor} before consent: gate it with type="text/plain" data-category="…"`);
    } else if (src !== undefined && EXTERNAL.test(src)) {
      const what = tag == 'img' ? 'ungated-pixel' : 'ungated-iframe';
      report(el, 'warning', what, `<${tag}> from ${hostOf(src)} loads before consent: if it tracks or sets cookies, gate it with data-category="…" and data-src instead of src`);
    }
  };

  const visit = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const tag = child.tagName;
      if (attr(child, 'data-consentry-open') !== undefined) opensPreferences = true;
      if (tag == 'script' || tag == 'iframe' || tag == 'img') {
        const category = attr(child, 'data-category');
        if (category !== undefined) gated(child, tag, category);
        else ungated(child, tag);
      }
      visit(child);
    }
  };
  visit(doc);
  return { diagnostics: out, opensPreferences };
}
