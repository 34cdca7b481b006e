export { mountConsentUI } from './mount-consent-ui';
export { validateUiConfig } from './validate-ui';
export { TEXT_KEYS } from './text-keys';
export { BUILT_IN_LANGUAGES } from './language';
export { locales } from './locales';

export type { ConsentUI, MountOptions } from './mount';
export type { UiOptions } from './options';
export type { TextKey, Texts } from './text-keys';
