import type { Consent } from '../core/types';
import type { ConsentUI, MountOptions } from '../ui/mount';

export type MountUi = (consent: Consent, options: MountOptions) => ConsentUI;

/**
 * Loads the UI files next to the loader (`consentry-ui.<lang>.global.js` and `ui.css`) in parallel and mounts
 * once both are there, so the banner never shows unstyled. The UI script hands over its mount function through
 * `register`. Both elements carry the loader's `nonce`: under a nonce-only CSP nothing else lets them load.
 * Rejects, naming the file, when either fails to load.
 */
export function loadUi(base: string, lang: string, register: (fn: (mount: MountUi) => void) => void, nonce = ''): Promise<MountUi> {
  return new Promise((resolve, reject) => {
    let mount: MountUi | undefined;
    let styled = false;
    const done = () => styled && mount && resolve(mount);
    register((fn) => ((mount = fn), done()));
    const css = base + 'ui.css';
    const js = base + `consentry-ui.${lang}.global.js`;
    // The error event says nothing about the cause, so the message names the file and the likely reasons.
    const failed = (url: string) => () => reject(Error(`Could not load ${url} (blocked by Content-Security-Policy or network error); the banner cannot show.`));
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: css, nonce, onerror: failed(css) });
    link.onload = () => ((styled = true), done());
    document.head.append(link, Object.assign(document.createElement('script'), { src: js, nonce, onerror: failed(js) }));
  });
}
