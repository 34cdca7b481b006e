import { validateConfig } from '../core/validate';
import { impliesConsent, validateUiConfig } from '../ui/validate-ui';
import type { Diagnostic } from './diagnostic';
import { duplicateKeys } from './duplicate-keys';
import { parseJson } from './parse-json';
import { lineIndex, segmentsOf, spanOf } from './positions';
import { CONFIG_RULES } from './rules';

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v);

/** The value at a config path of parsed JSON, or undefined. */
function valueAt(value: unknown, path: string): unknown {
  for (const s of segmentsOf(path)) value = isObject(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[s] : undefined;
  return value;
}

// The code of a validator's issue: the rules the README singles out, else "config".
function codeOf(value: unknown, path: string): string {
  if (/^links\./.test(path)) return 'policy-link';
  const v = valueAt(value, path);
  return typeof v == 'string' && impliesConsent(v) ? 'implied-consent' : 'config';
}

/** What `diagnoseConfigText` may know beyond the config. */
export interface DiagnoseOptions {
  /**
   * Whether any of the site's pages has a `data-consentry-open` element; `false` with no floating button is
   * the `no-withdrawal` warning. Left out: not known, not checked.
   */
  readonly pagesOpenPreferences?: boolean | undefined;
}

/**
 * Everything `consentry check` finds in the text of a `consent.json`, each at its line and column: JSON syntax
 * errors; else every issue of the core's and the UI's validators in one pass; and, once those pass, the lint
 * warnings. Never throws. Runs in browsers (the config editor) as well as in Node.
 */
export function diagnoseConfigText(text: string, options: DiagnoseOptions = {}): Diagnostic[] {
  // A byte order mark is what editors on Windows save; fetch().json() and the CLI's reader skip it too.
  const source = text.replace(/^\uFEFF/, ' ');
  const at = lineIndex(source);
  const span = (start: number, end: number) => {
    const a = at(start);
    const b = at(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  const parsed = parseJson(source);
  if (!parsed.ok)
    return parsed.issues.map((i) => ({ severity: 'error', code: 'json-syntax', path: '', message: i.message, ...span(i.offset, i.offset + i.length) }));

  const { tree, value } = parsed;
  const out: Diagnostic[] = duplicateKeys(tree).map((d) => ({ severity: 'warning', code: 'duplicate-key', path: d.path, message: d.message, ...span(d.offset, d.offset + d.length) }));
  const atPath = (severity: Diagnostic['severity'], code: string, path: string, message: string): Diagnostic => {
    const { start, end } = spanOf(tree, path);
    return { severity, code, path, message, ...span(start, end) };
  };
  const core = validateConfig(value);
  const ui = validateUiConfig(isObject(value) ? value : {});
  for (const i of [...(core.ok ? [] : core.issues), ...ui]) out.push(atPath('error', codeOf(value, i.path), i.path, i.message));
  if (core.ok) {
    for (const rule of CONFIG_RULES) for (const f of rule.check(core.config)) out.push(atPath(rule.severity, rule.code, f.path, f.message));
    // GDPR Art. 7(3): withdrawing must be as easy as giving consent, from every page (R-GDPR-16).
    if (options.pagesOpenPreferences === false && core.config.ui.floatingButton !== true)
      out.push(atPath('warning', 'no-withdrawal', 'ui.floatingButton', 'no way to withdraw consent: none of the pages has a data-consentry-open element and there is no floating button; add "ui": { "floatingButton": true } or a "Cookie settings" link with data-consentry-open to every page'));
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
