import type { Texts } from '../text-keys';

export const de: Texts = {
  bannerTitle: 'Cookies auf dieser Website',
  bannerText:
    'Wir verwenden Cookies und ähnliche Technologien. Notwendige Cookies halten die Website funktionsfähig. Optionale Cookies setzen wir nur mit Ihrer Einwilligung ein, für diese Zwecke:',
  bannerChoices:
    'Sie können alle akzeptieren, alle ablehnen oder je Zweck wählen. Ihre Auswahl können Sie jederzeit unter „Cookie-Einstellungen“ ändern oder widerrufen.',
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
  cookieName: 'Name',
  cookieProvider: 'Anbieter',
  cookiePurpose: 'Zweck',
  cookieDuration: 'Speicherdauer',
  saved: 'Ihre Cookie-Einstellungen wurden gespeichert.',
  settingsButton: 'Cookie-Einstellungen',
  gpcHonored: 'Opt-out-Präferenzsignal berücksichtigt',
  embedMessage: 'Dieser Inhalt wird von {service} bereitgestellt und benötigt Ihre Einwilligung für {category}.',
  embedLoadOnce: 'Einmal laden',
  embedAllow: '{category} erlauben',
};
