import { vi } from 'vitest';
import type { ConsentryGlobal } from '../../src/global/loader';

/** The page's `window.Consentry`, as the script-tag loader sets it. */
export const loaderPage = window as unknown as { Consentry?: ConsentryGlobal };

/** Runs the script-tag loader (src/global) afresh on a page whose inline config is `configText`, with `body`. */
export async function bootLoader(configText: string, body = ''): Promise<void> {
  vi.resetModules();
  document.head.innerHTML = '';
  document.body.innerHTML = `<script type="application/json" id="consentry-config">${configText}</script>${body}`;
  await import('../../src/global/index');
  await new Promise((r) => setTimeout(r));
}

/** Forgets what the loader left: its global, the decision cookie and the page's markup. */
export function resetLoaderPage(): void {
  document.cookie = 'consentry=; max-age=0; path=/';
  delete loaderPage.Consentry;
  document.head.innerHTML = document.body.innerHTML = '';
}
