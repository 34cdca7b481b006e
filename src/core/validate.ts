import type { ConfigIssue, ValidationResult } from './issues';
import type { ResolvedConfig } from './types';
import { resolveConfig } from './resolve';

// Each check looks at one value and reports into `out` with that value's path. A missing value is checked like
// any other, so a required field needs no extra code: "expected a non-empty string, received nothing".
type Check = (value: unknown, at: string) => unknown;

// Config is parsed JSON, so JSON text shows a value exactly as the site owner wrote it.
const describe = (v: unknown): string => {
  const json = JSON.stringify(v) ?? 'nothing';
  return json.length > 60 ? json.slice(0, 59) + '…' : json;
};

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v);

/**
 * Checks a site owner's config (parsed JSON). Never throws: returns every issue at once, each with the
 * path of the offending field, or the config with defaults filled in and frozen.
 */
export function validateConfig(input: unknown): ValidationResult<ResolvedConfig> {
  const out: ConfigIssue[] = [];
  const fail = (path: string, message: string) => out.push({ path, message });
  const expected = (at: string, what: string, v: unknown) => fail(at, `expected ${what}, received ${describe(v)}`);
  const is =
    (what: string, ok: (v: any) => unknown): Check =>
    (v, at) =>
      ok(v) || expected(at, what, v);
  const matches = (what: string, re: RegExp) => is(what, (v) => typeof v == 'string' && re.test(v));
  const optional =
    (check: Check): Check =>
    (v, at) =>
      v === undefined || check(v, at);
  const object =
    (fields: Record<string, Check>, also?: (v: Record<string, unknown>, at: string) => unknown): Check =>
    (v, at) => {
      if (!isObject(v)) return expected(at, 'an object', v);
      const keys = Object.keys(fields);
      const path = (key: string) => (at ? at + '.' + key : key);
      // Typos must not pass silently: a misspelt "requried" would otherwise leave a category optional.
      for (const key in v) if (!keys.includes(key)) fail(path(key), `unknown key "${key}"; expected one of: ${keys.join(', ')}`);
      for (const key of keys) fields[key]!(v[key], path(key));
      also?.(v, at);
    };
  const list =
    (item: Check, min = 0): Check =>
    (v, at) =>
      Array.isArray(v) && v.length >= min
        ? v.forEach((x, i) => item(x, `${at}[${i}]`))
        : expected(at, min ? `a list of at least ${min}` : 'a list', v);
  const record =
    (key: Check, value: Check): Check =>
    (v, at) => {
      if (!isObject(v)) return expected(at, 'an object', v);
      for (const k in v) key(k, at + '.' + k), value(v[k], at + '.' + k);
    };
  const integer = (min: number, max: number) =>
    optional(is(`a whole number from ${min} to ${max}`, (v) => Number.isInteger(v) && v >= min && v <= max));

  const text = matches('a non-empty string', /\S/);
  const anyText = is('a string', (v) => typeof v == 'string');
  const maybeText = optional(anyText);
  const id = matches('an id like "analytics" (a-z, 0-9, - or _; up to 32)', /^[a-z][a-z\d_-]{0,31}$/);
  const cookieName = optional(matches('a cookie name', /^[^\s;,=]{1,64}$/));
  const domain = optional(matches('a domain like "clinic.example"', /^\.?[a-z\d-]+(\.[a-z\d-]+)+$/i));
  // Browsers drop spaces and control characters before reading a URL's scheme, so "\tjavascript:" must not
  // pass as a relative URL: any such character is refused, and so is every scheme but these three.
  const url = matches('an http(s), mailto or relative URL', /^(?![^]*[\0- \x7f])(?:(?:https?|mailto):|(?![a-z][\w+.-]*:))./i);
  const endpoint = matches('an http(s) or relative URL', /^(?![^]*[\0- \x7f])(?:https?:|(?![a-z][\w+.-]*:))./i);
  const flag = optional(is('true or false', (v) => typeof v == 'boolean'));
  const anyObject = optional(is('an object', isObject));
  const language = matches('a language tag like "en" or "pt-BR"', /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i);
  const regex = is('a valid regular expression', (v) => {
    try {
      return typeof v == 'string' && v && new RegExp(v);
    } catch {}
  });

  const declaration = object(
    {
      name: cookieName,
      pattern: optional(regex),
      label: maybeText,
      provider: maybeText,
      purpose: maybeText,
      duration: maybeText,
      domain,
      path: optional(matches('a path starting with "/"', /^\/[^\s;]*$/)),
    },
    (v, at) =>
      (v.name === undefined) == (v.pattern === undefined) &&
      fail(at, `expected one of "name" or "pattern", received ${v.name === undefined ? 'neither' : 'both'}`),
  );
  const declared = { cookies: optional(list(declaration)), localStorage: optional(list(declaration)) };
  const service = object({ id, title: text, description: maybeText, ...declared });
  const category = object({
    id,
    title: text,
    description: anyText,
    required: flag,
    gpc: flag,
    googleConsentMode: optional(
      list(matches('a Google consent type such as "analytics_storage"', /^(ad_(storage|user_data|personalization)|(analytics|functionality|personalization|security)_storage)$/)),
    ),
    services: optional(list(service)),
    ...declared,
  });

  // Rules across categories: ids are unique over categories and services together (they share one namespace
  // in `save()` and in the stored record), and exactly one category is the required one.
  const seen = new Map<unknown, string>();
  let required = '';
  const unique = (item: unknown, at: string) => {
    if (!isObject(item)) return;
    const first = seen.get(item.id);
    if (first) fail(at + '.id', `expected a unique id, received ${describe(item.id)} (also at ${first})`);
    else seen.set(item.id, at + '.id');
  };
  const across = (config: Record<string, unknown>) => {
    const categories = config.categories;
    if (!Array.isArray(categories)) return;
    categories.forEach((c, i) => {
      const at = `categories[${i}]`;
      unique(c, at);
      if (!isObject(c)) return;
      if (Array.isArray(c.services)) c.services.forEach((s, j) => unique(s, `${at}.services[${j}]`));
      if (c.required !== true) return;
      if (required) fail(at + '.required', `expected one required category, received a second (${required})`);
      else required = at;
    });
    if (!required && categories.length) fail('categories', 'expected a "required": true category, received none');
  };

  object(
    {
      $schema: maybeText,
      revision: integer(1, 1e9),
      // Chromium caps a cookie's lifetime at 400 days.
      cookie: optional(object({ name: cookieName, expiresDays: integer(1, 400), domain })),
      storage: optional(matches('"cookie", "localStorage" or "memory"', /^(cookie|localStorage|memory)$/)),
      mode: optional(matches('"opt-in" or "opt-out"', /^opt-(in|out)$/)),
      receiptEndpoint: optional(endpoint),
      integrations: anyObject,
      language: optional(language),
      // Text keys and UI options belong to the optional UI, which checks them when it mounts; the core only
      // checks their shape, so it stays small for visitors who never see the banner again.
      texts: optional(record(language, record(text, anyText))),
      ui: anyObject,
      links: object({ cookiePolicy: url, privacyPolicy: url }),
      categories: list(category, 1),
    },
    across,
  )(input, '');
  return out.length ? { ok: false, issues: out } : { ok: true, config: resolveConfig(input as never) };
}
