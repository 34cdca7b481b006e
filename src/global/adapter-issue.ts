import type { ConfigIssue } from '../core/issues';

// The adapters' checkOption(): "consentry <integration>: <option path>: expected …, received …".
const MESSAGE = /^consentry \w+: ([\s\S]*?): (expected [\s\S]*)$/;

/**
 * Turns an adapter's `TypeError` into a config issue under `at` (e.g. `integrations.matomo`), with the
 * option's path appended when the message names one.
 */
export function adapterIssue(at: string, error: unknown): ConfigIssue {
  const text = error instanceof Error ? error.message : String(error);
  const m = MESSAGE.exec(text);
  // `window` is an option of the adapters' API, but not one a JSON config may set.
  return m ? { path: `${at}.${m[1]}`, message: m[2]!.replace(', window, received', ', received') } : { path: at, message: text };
}
