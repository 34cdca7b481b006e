/**
 * The site owner's config: the JSON file named by the script's `data-config`, else the inline
 * `<script type="application/json" id="consentry-config">`.
 */
export function readConfig(script: HTMLScriptElement | null): Promise<unknown> {
  const url = script?.dataset.config;
  if (url) return fetch(url, { credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : Promise.reject(Error(url + ': HTTP ' + r.status))));
  const inline = document.getElementById('consentry-config');
  return inline ? Promise.resolve().then(() => JSON.parse(inline.textContent!)) : Promise.reject(Error('no data-config and no #consentry-config'));
}
