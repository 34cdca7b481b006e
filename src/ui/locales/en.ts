import type { Texts } from '../text-keys';

export const en: Texts = {
  bannerTitle: 'Cookies on this website',
  bannerText: 'We use cookies and similar technologies to run this site and, if you agree, for {purposes}.',
  bannerChoices: 'Change or withdraw consent at any time in “Cookie settings”.',
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
  cookies: 'Cookies',
  cookieName: 'Name',
  cookieNamePrefix: 'names starting with {prefix}',
  cookieProvider: 'Provider',
  cookiePurpose: 'Purpose',
  cookieDuration: 'Duration',
  saved: 'Your cookie preferences have been saved.',
  settingsButton: 'Cookie settings',
  gpcHonored: 'Your browser sent a Global Privacy Control signal, which asks sites not to sell or share your data. So we have turned off {categories}. You can still choose otherwise below.',
};
