import type { PlaceholderContent } from '../core/gate/placeholder';
import type { createProof, sendReceipt } from '../core/proof';
import type { Consent } from '../core/types';
import type { ConsentUI, MountOptions } from '../ui/mount';
import type { Shell } from '../ui/shell';
import type { validateConfig } from '../core/validate';

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

/** What the floating button's file hands the loader: the button, labelled by the config or in the UI's language. */
export interface ButtonFile {
  show(consent: Consent, label: string | undefined, lang: string): unknown;
}

/** What the embed placeholders' file hands the loader: their content (texts in every language, styles, buttons). */
export interface PlaceholderFile {
  fill(box: HTMLElement, content: PlaceholderContent): void;
}

/**
 * The consent records' code (hashing what was shown, sending receipts). The banner file brings it too, so a
 * first visit's decision is recorded at once; the loader fetches it alone with the dialog on a returning visit,
 * and for a decision made without either (the API, Global Privacy Control).
 */
export interface ProofFile {
  createProof: typeof createProof;
  sendReceipt: typeof sendReceipt;
}

/** The config validator, which the loader fetches unless the stored record carries this config's stamp. */
export interface ValidateFile {
  validateConfig: typeof validateConfig;
}

/**
 * The files next to the loader: the banner's, the UI's, the floating button's, the embed placeholders', the
 * records' and the validator's.
 */
export interface Parts {
  banner: BannerFile;
  ui: UiFile;
  button: ButtonFile;
  placeholder: PlaceholderFile;
  proof: ProofFile;
  validate: ValidateFile;
}

/** How a part's script hands over what it holds: `Consentry._register(kind, value)`. */
export type Register = <K extends keyof Parts>(kind: K, part: Parts[K]) => void;

// Each part's script and stylesheet, for the UI's language (the floating button and the placeholders style
// themselves), and
// what cannot show without them.
const FILES: Record<keyof Parts, [(lang: string) => string[], string]> = {
  banner: [(lang) => [`consentry-banner.${lang}.global.js`, 'banner.css'], 'the banner cannot show'],
  ui: [(lang) => [`consentry-ui.${lang}.global.js`, 'ui.css'], 'the preferences dialog and the cookie declaration cannot show'],
  button: [() => ['consentry-floating-button.global.js'], 'the floating button cannot show'],
  placeholder: [() => ['consentry-placeholder.global.js'], 'the placeholders of blocked embeds cannot show their text'],
  proof: [() => ['consentry-proof.global.js'], 'no consent record can be made'],
  validate: [() => ['consentry-validate.global.js'], 'the config cannot be checked, so consentry does not start and no optional script runs'],
};

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
    const [files, what] = FILES[kind];
    const [js, sheet] = files(lang).map((f) => base + f);
    let styled = !sheet;
    const done = () => styled && part && resolve(part);
    expect(kind, (p) => ((part = p), done()));
    // The error event says nothing about the cause, so the message names the file and the likely reasons.
    const failed = (url: string) => () => reject(Error(`Could not load ${url} (blocked by Content-Security-Policy or network error); ${what}.`));
    if (sheet) {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: sheet, nonce, onerror: failed(sheet) });
      link.onload = () => ((styled = true), done());
      document.head.append(link);
    }
    document.head.append(Object.assign(document.createElement('script'), { src: js, nonce, onerror: failed(js!) }));
  });
}
