/** A config that is not JSON: the engine's message, and the text and its name for finding the line. */
export interface ConfigSyntaxError extends Error {
  /** The config's URL, or `#consentry-config` for the inline one. */
  source: string;
  text: string;
}

function parse(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw Object.assign(Error(source + ': ' + (e as Error).message), { source, text });
  }
}

/** A config as read: its exact text (which the loader stamps) and the value parsed from it. */
export interface ReadConfig {
  text: string;
  value: unknown;
}

const read = (text: string, source: string): ReadConfig => ({ text, value: parse(text, source) });

/**
 * The site owner's config: the JSON file named by the script's `data-config`, else the inline
 * `<script type="application/json" id="consentry-config">`. Rejects with a `ConfigSyntaxError` for text that
 * is not JSON.
 */
export function readConfig(script: HTMLScriptElement | null): Promise<ReadConfig> {
  const url = script?.dataset.config;
  if (url)
    return fetch(url, { credentials: 'same-origin' }).then((r) => (r.ok ? r.text().then((t) => read(t, url)) : Promise.reject(Error(url + ': HTTP ' + r.status))));
  const inline = document.getElementById('consentry-config');
  return inline ? Promise.resolve().then(() => read(inline.textContent!, '#consentry-config')) : Promise.reject(Error('no data-config and no #consentry-config'));
}
