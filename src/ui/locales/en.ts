import type { Texts } from '../text-keys';

export const en: Texts = {
  bannerTitle: 'Cookies on this website',
  bannerText:
    'We use cookies and similar technologies. Essential cookies keep the site working. Optional cookies are used only if you agree, for these purposes:',
  bannerChoices:
    'You can accept all, reject all or choose per purpose. You can change or withdraw your choice at any time via "Cookie settings".',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  managePreferences: 'Manage preferences',
  cookiePolicy: 'Cookie Policy',
  privacyPolicy: 'Privacy Policy',
  preferencesTitle: 'Manage your cookie preferences',
  preferencesText:
    'Choose which optional cookies we may use. Nothing is saved until you press a button below. You can change or withdraw your choice here at any time.',
  savePreferences: 'Save preferences',
  close: 'Close without saving',
  requiredNote: 'Always on: the site cannot work without these cookies.',
  details: 'Services and cookies',
  services: 'Services',
  cookieName: 'Name',
  cookieProvider: 'Provider',
  cookiePurpose: 'Purpose',
  cookieDuration: 'Duration',
  saved: 'Your cookie preferences have been saved.',
  settingsButton: 'Cookie settings',
  gpcHonored: 'Opt-out preference signal honored',
  embedMessage: 'This content is hosted by {service} and needs your consent for {category} cookies.',
  embedLoadOnce: 'Load this once',
  embedAllow: 'Allow {category}',
};
