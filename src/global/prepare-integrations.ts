import { ConsentConfigError, type ConfigIssue } from '../core/issues';
import type { Consent, ResolvedConfig } from '../core/types';
import { validateConfig } from '../core/validate';
import { adapterIssue } from './adapter-issue';
import { ADAPTERS, type Adapter } from './adapters';
import type { PrepareIntegrations } from './loader';
import { sandboxConsent } from './sandbox-consent';

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v);

/**
 * Reads `integrations` (`{ "googleConsentMode": true | {options}, "metaPixel": …, "matomo": …, "microsoftUet": …,
 * "microsoftClarity": … }`) and checks it fully before anything starts: the keys, and each adapter's options by
 * running the adapter once against a stand-in consent and window, so its own checks (which throw a `TypeError`
 * naming the option) apply unchanged.
 * Issues are thrown together with the core's, each with its path, e.g. `integrations.matomo.mode`.
 */
export const prepareIntegrations: PrepareIntegrations = (input) => {
  const result = validateConfig(input);
  const issues: ConfigIssue[] = result.ok ? [] : [...result.issues];
  const wanted = (input as { integrations?: unknown } | null)?.integrations;
  const plan: [Adapter, Record<string, unknown>][] = [];
  // Not an object: the core's validation already says so.
  if (isObject(wanted)) {
    const sandbox = result.ok ? sandboxConsent(result.config) : undefined;
    for (const name of Object.keys(wanted)) {
      const found = checkOne(name, wanted[name], sandbox, issues);
      if (found) plan.push(found);
    }
  }
  if (issues[0]) throw new ConsentConfigError(issues);
  return (consent: Consent) => plan.forEach(([adapter, options]) => adapter(consent, options));
};

/** One entry of `integrations`: its adapter and options, or undefined after adding its issue. */
function checkOne(name: string, value: unknown, sandbox: Consent | undefined, issues: ConfigIssue[]): [Adapter, Record<string, unknown>] | undefined {
  const at = 'integrations.' + name;
  const fail = (path: string, message: string) => void issues.push({ path, message });
  if (!has(ADAPTERS, name)) return fail(at, `unknown key "${name}"; expected one of: ${Object.keys(ADAPTERS).join(', ')}`);
  const options = value === true ? {} : value;
  if (!isObject(options)) return fail(at, `expected true or an object of options, received ${JSON.stringify(value) ?? 'nothing'}`);
  // The adapters accept a `window` to work on; from JSON it could only point them away from the page's own.
  if (has(options, 'window')) return fail(at + '.window', 'unknown key "window"; the adapter always uses the page\'s window');
  const adapter = ADAPTERS[name as keyof typeof ADAPTERS];
  // The ids in the options are checked against the config: without a valid config there is nothing to check against.
  if (!sandbox) return;
  try {
    adapter(sandbox, { ...options, window: {} });
  } catch (error) {
    const issue = adapterIssue(at, error);
    return fail(issue.path, issue.message);
  }
  return [adapter, options];
}
