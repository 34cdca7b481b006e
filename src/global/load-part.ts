import type { Consent } from '../core/types';
import type { ConsentUI, MountOptions } from '../ui/mount';
import type { Shell } from '../ui/shell';

/** What the UI file hands the loader: the dialog (with the banner, or into the banner file's shell), and the cookie declaration. */
export interface UiFile {
  mount(consent: Consent, options: MountOptions, shell?: Shell): ConsentUI;
  /** Renders the cookie declaration into a `data-consentry-declaration` element. */
  declare(element: Element, consent: Consent): unknown;
}

/** What the banner file hands the loader: the banner alone, in plain DOM, painted before Preact is fetched. */
export interface BannerFile {
  show(consent: Consent, onManage: (button: HTMLElement) => void): Shell;
}

/** The files next to the loader: the banner's (`consentry-banner.<lang>.global.js`, `banner.css`) and the UI's. */
export interface Parts {
  banner: BannerFile;
  ui: UiFile;
}

/** How a part's script hands over what it holds: `Consentry._register(kind, value)`. */
export type Register = <K extends keyof Parts>(kind: K, part: Parts[K]) => void;

const FILES: Record<keyof Parts, [string, string]> = { banner: ['consentry-banner', 'banner.css'], ui: ['consentry-ui', 'ui.css'] };

/**
 * Loads a part's script and stylesheet, next to the loader, in parallel and resolves once both are there, so
 * nothing shows unstyled. Both elements carry the loader's `nonce`: under a nonce-only CSP nothing else lets
 * them load. Rejects, naming the file, when either fails to load. `expect` is how the loader passes on what
 * the script registers.
 */
export function loadPart<K extends keyof Parts>(
  base: string,
  kind: K,
  lang: string,
  expect: (kind: K, take: (part: Parts[K]) => void) => void,
  nonce = '',
): Promise<Parts[K]> {
  return new Promise((resolve, reject) => {
    let part: Parts[K] | undefined;
    let styled = false;
    const done = () => styled && part && resolve(part);
    expect(kind, (p) => ((part = p), done()));
    const [name, sheet] = FILES[kind];
    const css = base + sheet;
    const js = base + `${name}.${lang}.global.js`;
    // The error event says nothing about the cause, so the message names the file and the likely reasons.
    const failed = (url: string) => () => reject(Error(`Could not load ${url} (blocked by Content-Security-Policy or network error); the banner cannot show.`));
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: css, nonce, onerror: failed(css) });
    link.onload = () => ((styled = true), done());
    document.head.append(link, Object.assign(document.createElement('script'), { src: js, nonce, onerror: failed(js) }));
  });
}
