/** Lets queued promise callbacks and MutationObserver records run. */
export const tick = () => new Promise((r) => setTimeout(r, 0));

/** Puts `html` in the body the way a server-rendered page would have it (scripts inserted this way never run). */
export function page(html: string): void {
  document.body.innerHTML = html;
}

/** The activated copy of a gated script, found by its original URL. */
export const activated = (url: string) =>
  document.querySelector<HTMLScriptElement>(`script[src="${url}"]:not([type="text/plain"])`);

/** Pretends the browser finished fetching an activated external script. */
export function finishLoading(url: string, type: 'load' | 'error' = 'load'): void {
  const s = activated(url);
  if (!s) throw new Error(`${url} was not activated`);
  s.dispatchEvent(new Event(type));
}

/**
 * Inline fixture code that reports it ran. Scripts run in jsdom's own global, not the test's,
 * so they report through a DOM event that `recordRuns` listens to.
 */
export const report = (name: string) => `document.dispatchEvent(new CustomEvent('ran', { detail: '${name}' }))`;

/** Starts a fresh log of reported runs; returns it. */
export function recordRuns(): string[] {
  const log: string[] = [];
  document.addEventListener('ran', (e) => log.push((e as CustomEvent<string>).detail));
  return log;
}
