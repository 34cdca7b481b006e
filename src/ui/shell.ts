import { ConsentConfigError } from '../core/issues';
import { localizeConfig } from '../core/localize';
import type { Consent, ResolvedConfig } from '../core/types';
import { createBannerLayer, type BannerLayer } from './banner-layer';
import { baseOf } from './language';
import { resolveUiOptions, type ResolvedUiOptions } from './options';
import { createStatus, type Status } from './status';
import type { Texts } from './text-keys';
import { resolveTexts } from './texts';
import { uiRoot } from './ui-root';
import { validateUiConfig } from './validate-ui';

/** What the banner and the dialog share: their root, texts, options, ids and the live region. */
export interface Shell {
  readonly consent: Consent;
  readonly root: HTMLElement;
  /** The config's texts in the UI's language. */
  readonly config: ResolvedConfig<string>;
  readonly t: Texts;
  readonly lang: string;
  readonly options: ResolvedUiOptions;
  /** Prefix for element ids, unique per mounted UI. */
  readonly ids: string;
  readonly status: Status;
  readonly banner: BannerLayer;
  destroy(): void;
}

let mounted = 0;

/**
 * Checks the config's words, picks the language, inserts the UI's root into `container` and starts the banner
 * layer: everything the banner needs, and nothing of the dialog, so the script-tag loader paints a first
 * visit's banner before Preact has loaded. Throws a `ConsentConfigError` for texts or ui options the UI refuses.
 */
export function createShell(
  consent: Consent,
  container: Element,
  builtIn: Readonly<Record<string, Texts>>,
  onManage: (button: HTMLElement) => void,
): Shell {
  const { config } = consent;
  const issues = validateUiConfig(config);
  if (issues.length) throw new ConsentConfigError(issues);

  const doc = container.ownerDocument;
  const requested = config.language ?? doc.documentElement.lang;
  const { lang, dir, texts: t } = resolveTexts(builtIn, config.texts, requested);
  if (requested && baseOf(lang) != baseOf(requested)) {
    console.warn(
      `[consentry] No texts for the language "${requested}", so the banner is shown in "${lang}". To show it in ` +
        `"${requested}", add "texts": { "${requested}": { … every text key … } } to the config, and per-language titles and descriptions.`,
    );
  }
  const options = resolveUiOptions(config.ui);

  const root = uiRoot(doc, 'root', { dir, lang, theme: options.theme });
  // First in DOM order, so the banner is the first thing keyboard users reach (R-A11Y-2).
  container.prepend(root);

  const status = createStatus(doc);
  root.append(status.element);
  const ids = `consentry${++mounted}-`;
  const localized = localizeConfig(config, lang);
  const banner = createBannerLayer({ consent, config: localized, t, lang, options, root, ids, status, onManage });
  return {
    consent,
    root,
    config: localized,
    t,
    lang,
    options,
    ids,
    status,
    banner,
    destroy() {
      banner.destroy();
      status.destroy();
      root.remove();
    },
  };
}
