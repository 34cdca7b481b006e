import type { ConfigIssue, ValidationResult } from './issues';
import type { ResolvedConfig } from './types';
import { ID, LANGUAGE, MAX_COOKIE_BYTES, MAX_REVISION, recordFits } from './limits';
import { toPlain } from './plain';
import { resolveConfig } from './resolve';
import { TEXT_KEYS } from './text-keys';
import { UI_CHOICES } from './display-options';

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
  // Paths the reader already reported (a getter, a cycle, …): their value is gone, and "received nothing"
  // would only repeat the issue.
  const unreadable = new Set<string>();
  const fail = (path: string, message: string) => void (unreadable.has(path) || out.push({ path, message }));
  const config = toPlain(input, (path, message) => {
    fail(path, message);
    unreadable.add(path);
  });
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
      for (const key of Object.keys(v)) if (!keys.includes(key)) fail(path(key), `unknown key "${key}"; expected one of: ${keys.join(', ')}`);
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
      for (const k of Object.keys(v)) key(k, at + '.' + k), value(v[k], at + '.' + k);
    };
  const integer = (min: number, max: number) =>
    optional(is(`a whole number from ${min} to ${max}`, (v) => Number.isInteger(v) && v >= min && v <= max));

  const text = matches('a non-empty string', /\S/);
  const anyText = is('a string', (v) => typeof v == 'string');
  const language = matches('a language tag like "en" or "pt-BR"', LANGUAGE);
  const root = isObject(config) ? config : {};
  const defaultLanguage = typeof root.defaultLanguage == 'string' ? root.defaultLanguage : 'en';
  // A visitor-facing text: a string, or one per language that must include the default language.
  const localized =
    (check: Check): Check =>
    (v, at) => {
      if (!isObject(v)) return check(v, at);
      record(language, check)(v, at);
      if (!Object.keys(v).some((k) => k.toLowerCase() == defaultLanguage.toLowerCase()))
        fail(at, `expected a text for the default language "${defaultLanguage}", received only ${Object.keys(v).join(', ') || 'none'}`);
    };
  const title = localized(text);
  const maybeText = optional(localized(anyText));
  const id = matches('an id like "analytics" (a-z, 0-9, - or _; up to 32)', ID);
  const cookieName = optional(matches('a cookie name', /^[^\s;,=]{1,64}$/));
  // The decision's own cookie is written and read back by this code: only characters that need no encoding.
  const ownName = optional(matches('a cookie name of up to 64 letters, digits and !#$&\'*+-.^_`|~', /^[\w!#$&'*+.^`|~-]{1,64}$/));
  // Names a script reads back from a plain object would find on Object.prototype (js-cookie's reader does).
  const storageName: Check = (v, at) =>
    ownName(v, at) === true &&
    typeof v == 'string' &&
    v in Object.prototype &&
    fail(at, `expected a cookie name that is not a property every object has, received ${describe(v)}`);
  const domain = optional(matches('a domain like "clinic.example"', /^\.?[a-z\d-]+(\.[a-z\d-]+)+$/i));
  // Browsers drop spaces and control characters before reading a URL's scheme, so "\tjavascript:" must not
  // pass as a relative URL: any such character is refused, and so is every scheme but these three.
  // "www.clinic.example/cookies" is a relative URL to browsers, leading to /www.clinic.example/cookies: a link
  // starting like a host name (www., or a dotted name before a "/") needs its scheme.
  const withScheme =
    (check: Check): Check =>
    (v, at) =>
      check(v, at) === true &&
      /^(?:www\.|[a-z\d-]+(?:\.[a-z\d-]+)+\/)/i.test(v as string) &&
      fail(at, `expected a URL with its scheme, such as "https://${v}": without one, browsers read ${describe(v)} as a path on this site`);
  const url = withScheme(matches('an http(s), mailto or relative URL', /^(?![^]*[\0- \x7f])(?:(?:https?|mailto):|(?![a-z][\w+.-]*:))./i));
  const endpoint = withScheme(matches('an http(s) or relative URL', /^(?![^]*[\0- \x7f])(?:https?:|(?![a-z][\w+.-]*:))./i));
  // Matched against the page's path only: a query or fragment in a pattern would never match.
  const paths = optional(list(matches('a path pattern like "/portal/*" (starting with "/", no spaces, "?" or "#")', /^\/[^\s?#]{0,199}$/)));
  const flag = optional(is('true or false', (v) => typeof v == 'boolean'));
  const oneOf = (words: readonly string[]) => optional(is(`one of ${words.map((w) => `"${w}"`).join(', ')}`, (v) => words.includes(v)));
  const anyObject = optional(is('an object', isObject));
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
  const service = object({ id, title, description: maybeText, ...declared });
  // A separate consent (R-HEALTH) says who receives the data, is never the required one, and may only be
  // shorter-lived than the cookie decision it sits beside.
  const separateRules = (c: Record<string, unknown>, at: string) => {
    const days = isObject(root.cookie) && typeof root.cookie.expiresDays == 'number' ? root.cookie.expiresDays : 182;
    if (c.separate === true) {
      if (c.recipients === undefined) fail(at + '.recipients', 'expected who receives the data of a separate category, received nothing');
      if (c.required === true) fail(at + '.separate', 'expected a separate consent on an optional category, received it on the required one');
      // Past 400 the range check has spoken already.
      if (typeof c.expiresDays == 'number' && c.expiresDays > days && c.expiresDays <= 400)
        fail(at + '.expiresDays', `expected at most the decision's own ${days} days (cookie.expiresDays), received ${c.expiresDays}`);
    } else {
      if (c.expiresDays !== undefined) fail(at + '.expiresDays', 'expected only on a category with "separate": true');
      if (c.recipients !== undefined) fail(at + '.recipients', 'expected only on a category with "separate": true');
    }
  };
  const category = object(
    {
      id,
      title,
      description: localized(anyText),
      required: flag,
      gpc: flag,
      sessionReplay: flag,
      separate: flag,
      recipients: optional(title),
      expiresDays: integer(1, 400),
      googleConsentMode: optional(
        list(matches('a Google consent type such as "analytics_storage"', /^(ad_(storage|user_data|personalization)|(analytics|functionality|personalization|security)_storage)$/)),
      ),
      services: optional(list(service)),
      ...declared,
    },
    separateRules,
  );

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
    const name = isObject(config.cookie) && typeof config.cookie.name == 'string' ? config.cookie.name : 'consentry';
    const ids = [...seen.keys()].filter((v): v is string => typeof v == 'string');
    const separate = categories.flatMap((c) => (isObject(c) && c.separate === true && typeof c.id == 'string' ? [c.id] : []));
    if (!recordFits(name, ids, separate))
      fail('categories', `expected ids that fit in one cookie: granting them all would pass the ${MAX_COOKIE_BYTES} bytes browsers keep`);
  };

  object(
    {
      $schema: maybeText,
      revision: integer(1, MAX_REVISION),
      // Chromium caps a cookie's lifetime at 400 days.
      cookie: optional(object({ name: storageName, expiresDays: integer(1, 400), domain })),
      storage: optional(matches('"cookie", "localStorage" or "memory"', /^(cookie|localStorage|memory)$/)),
      mode: optional(matches('"opt-in" or "opt-out"', /^opt-(in|out)$/)),
      receiptEndpoint: optional(endpoint),
      integrations: anyObject,
      trackerFreePaths: paths,
      sensitivePaths: paths,
      language: optional(language),
      defaultLanguage: optional(language),
      // The keys of texts and of ui options are part of the config format, checked here with every other key so
      // a typo shows in the same pass; what the words say (placeholders, implied consent) the UI checks.
      texts: optional(record(language, object(Object.fromEntries(TEXT_KEYS.map((k) => [k, optional(text)]))))),
      ui: optional(
        object({
          floatingButton: flag,
          blocking: flag,
          headingLevel: integer(2, 6),
          layout: oneOf(UI_CHOICES.layout),
          position: oneOf(UI_CHOICES.position),
          theme: oneOf(UI_CHOICES.theme),
        }),
      ),
      links: object({ cookiePolicy: url, privacyPolicy: url }),
      categories: list(category, 1),
    },
    across,
  )(config, '');
  return out.length ? { ok: false, issues: out } : { ok: true, config: resolveConfig(config as never) };
}
