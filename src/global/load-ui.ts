import type { Consent } from '../core/types';
import type { ConsentUI, MountOptions } from '../ui/mount';

/** What the UI file hands the loader: the banner and dialog, and the cookie declaration. */
export interface UiFile {
  mount(consent: Consent, options: MountOptions): ConsentUI;
  /** Renders the cookie declaration into a `data-consentry-declaration` element. */
  declare(element: Element, consent: Consent): unknown;
}

/**
 * Loads the UI files next to the loader (`consentry-ui.<lang>.global.js` and `ui.css`) in parallel and resolves
 * once both are there, so the banner never shows unstyled. The UI script hands over what it renders through
 * `register`. Both elements carry the loader's `nonce`: under a nonce-only CSP nothing else lets them load.
 * Rejects, naming the file, when either fails to load.
 */
export function loadUi(base: string, lang: string, register: (fn: (ui: UiFile) => void) => void, nonce = ''): Promise<UiFile> {
  return new Promise((resolve, reject) => {
    let file: UiFile | undefined;
    let styled = false;
    const done = () => styled && file && resolve(file);
    register((ui) => ((file = ui), done()));
    const css = base + 'ui.css';
    const js = base + `consentry-ui.${lang}.global.js`;
    // The error event says nothing about the cause, so the message names the file and the likely reasons.
    const failed = (url: string) => () => reject(Error(`Could not load ${url} (blocked by Content-Security-Policy or network error); the banner cannot show.`));
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: css, nonce, onerror: failed(css) });
    link.onload = () => ((styled = true), done());
    document.head.append(link, Object.assign(document.createElement('script'), { src: js, nonce, onerror: failed(js) }));
  });
}
