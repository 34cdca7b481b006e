import type { Consent } from '../core/types';
import type { ConsentUI, MountOptions } from '../ui/mount';

export type MountUi = (consent: Consent, options: MountOptions) => ConsentUI;

/**
 * Loads the UI files next to the loader (`consentry-ui.<lang>.global.js` and `ui.css`) in parallel and mounts
 * once both are there, so the banner never shows unstyled. The UI script hands over its mount function through
 * `register`. Rejects when either file fails to load.
 */
export function loadUi(base: string, lang: string, register: (fn: (mount: MountUi) => void) => void): Promise<MountUi> {
  return new Promise((resolve, reject) => {
    let mount: MountUi | undefined;
    let styled = false;
    const done = () => styled && mount && resolve(mount);
    register((fn) => ((mount = fn), done()));
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: base + 'ui.css' });
    link.onload = () => ((styled = true), done());
    const script = Object.assign(document.createElement('script'), { src: base + `consentry-ui.${lang}.global.js` });
    link.onerror = script.onerror = reject;
    document.head.append(link, script);
  });
}
