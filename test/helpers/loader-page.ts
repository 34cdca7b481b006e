import { vi } from 'vitest';
import type { ConsentryGlobal } from '../../src/global/loader';

/** The page's `window.Consentry`, as the script-tag loader sets it. */
export const loaderPage = window as unknown as { Consentry?: ConsentryGlobal };

const tick = () => new Promise((r) => setTimeout(r));

/**
 * Runs the script-tag loader (src/global) afresh on a page whose inline config is `configText`, with `body`.
 * When the loader asks for the config validator (no stored record carries this config's stamp), its file
 * arrives, as consentry-validate.global.js would, unless `validatorArrives` is false. `loaderAttributes` go on
 * the loader's own script tag.
 */
export async function bootLoader(configText: string, body = '', validatorArrives = true, loaderAttributes: Record<string, string> = {}): Promise<void> {
  vi.resetModules();
  document.head.innerHTML = '';
  document.body.innerHTML = `<script type="application/json" id="consentry-config">${configText}</script>${body}`;
  // The loader reads its own tag's attributes; an imported module has no document.currentScript of its own.
  const tag = document.createElement('script');
  for (const [name, value] of Object.entries(loaderAttributes)) tag.setAttribute(name, value);
  Object.defineProperty(document, 'currentScript', { value: tag, configurable: true });
  await import('../../src/global/index');
  delete (document as { currentScript?: unknown }).currentScript;
  await tick();
  if (validatorArrives) await arriveValidator();
}

/** What consentry-validate.global.js does once it arrives, if the loader asked for it: registers the validator. */
export async function arriveValidator(): Promise<void> {
  if (!document.head.querySelector('script[src$="consentry-validate.global.js"]')) return;
  await import('../../src/global/validate');
  await tick();
}

/** Forgets what the loader left: its global, the decision cookie and the page's markup. */
export function resetLoaderPage(): void {
  document.cookie = 'consentry=; max-age=0; path=/';
  delete loaderPage.Consentry;
  document.head.innerHTML = document.body.innerHTML = '';
}
