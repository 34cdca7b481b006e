/**
 * Every text the banner, the preferences dialog and the embed placeholders show. Site owners override any
 * of them per language in `config.texts[lang]`; a language without built-in texts must give all of them.
 */
export const TEXT_KEYS = [
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
  'embedMessage',
  'embedLoadOnce',
  'embedAllow',
] as const;

export type TextKey = (typeof TEXT_KEYS)[number];

/** A complete set of texts for one language. */
export type Texts = Readonly<Record<TextKey, string>>;
