import type { GateTexts } from './gate/types';

/** Every text the banner, the preferences dialog and the cookie declaration show: the keys of the config's `texts`, with the embed texts below. */
export const UI_TEXT_KEYS = [
  'bannerTitle',
  'bannerText',
  'bannerChoices',
  'acceptAll',
  'rejectAll',
  'managePreferences',
  'cookiePolicy',
  'privacyPolicy',
  'preferencesTitle',
  'preferencesText',
  'savePreferences',
  'close',
  'requiredNote',
  'details',
  'services',
  'cookies',
  'cookieName',
  'cookieNamePrefix',
  'cookieProvider',
  'cookiePurpose',
  'cookieDuration',
  'saved',
  'settingsButton',
  'gpcHonored',
  'declarationService',
  'declarationAllowed',
  'declarationRefused',
  'declarationNone',
  'declarationLocalStorage',
  'declarationChange',
  'separateTitle',
  'separateText',
  'separateRecipients',
] as const;

/**
 * Every key of `config.texts[lang]`: the UI's texts and those of the embed placeholders, which the core shows
 * in every built-in language itself. A language without built-in texts must give all of them.
 */
export const TEXT_KEYS: readonly (UiTextKey | keyof GateTexts)[] = [...UI_TEXT_KEYS, 'embedMessage', 'embedLoadOnce', 'embedAllow'];

export type UiTextKey = (typeof UI_TEXT_KEYS)[number];
export type TextKey = (typeof TEXT_KEYS)[number];

/** A complete set of texts for one language. */
export type Texts = Readonly<Record<UiTextKey, string>>;
