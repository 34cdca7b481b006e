import type { Texts } from '../text-keys';

export const de: Texts = {
  bannerTitle: 'Cookies auf dieser Website',
  bannerText: 'Wir nutzen Cookies und ähnliche Technologien für den Betrieb der Website und, mit Ihrer Einwilligung, für {purposes}.',
  bannerChoices: 'Änderung oder Widerruf jederzeit unter „Cookie-Einstellungen“.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  managePreferences: 'Einstellungen verwalten',
  cookiePolicy: 'Cookie-Richtlinie',
  privacyPolicy: 'Datenschutzerklärung',
  preferencesTitle: 'Cookie-Einstellungen verwalten',
  preferencesText:
    'Wählen Sie, welche optionalen Cookies wir verwenden dürfen. Gespeichert wird erst, wenn Sie unten eine Schaltfläche wählen. Sie können Ihre Auswahl hier jederzeit ändern oder widerrufen.',
  savePreferences: 'Auswahl speichern',
  close: 'Schließen ohne zu speichern',
  requiredNote: 'Immer aktiv: Ohne diese Cookies funktioniert die Website nicht.',
  details: 'Dienste und Cookies',
  services: 'Dienste',
  cookies: 'Cookies',
  cookieName: 'Name',
  cookieNamePrefix: 'Namen, die mit {prefix} beginnen',
  cookieProvider: 'Anbieter',
  cookiePurpose: 'Zweck',
  cookieDuration: 'Speicherdauer',
  saved: 'Ihre Cookie-Einstellungen wurden gespeichert.',
  settingsButton: 'Cookie-Einstellungen',
  gpcHonored: 'Ihr Browser hat das Signal „Global Privacy Control“ gesendet: Er bittet Websites, Ihre Daten nicht zu verkaufen oder weiterzugeben. Deshalb haben wir {categories} ausgeschaltet. Unten können Sie trotzdem anders wählen.',
};
