import type { Texts } from '../text-keys';

export const nl: Texts = {
  bannerTitle: 'Cookies op deze website',
  bannerText:
    'Wij gebruiken cookies en vergelijkbare technieken. Noodzakelijke cookies laten de site werken. Optionele cookies gebruiken we alleen met uw toestemming, voor deze doelen:',
  bannerChoices:
    'U kunt alles accepteren, alles weigeren of per doel kiezen. U kunt uw keuze altijd wijzigen of intrekken via ‘Cookie-instellingen’.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  managePreferences: 'Voorkeuren beheren',
  cookiePolicy: 'Cookiebeleid',
  privacyPolicy: 'Privacyverklaring',
  preferencesTitle: 'Beheer uw cookievoorkeuren',
  preferencesText:
    'Kies welke optionele cookies wij mogen gebruiken. Er wordt niets opgeslagen tot u hieronder op een knop drukt. U kunt uw keuze hier altijd wijzigen of intrekken.',
  savePreferences: 'Voorkeuren opslaan',
  close: 'Sluiten zonder opslaan',
  requiredNote: 'Altijd actief: zonder deze cookies werkt de site niet.',
  details: 'Diensten en cookies',
  services: 'Diensten',
  cookieName: 'Naam',
  cookieProvider: 'Aanbieder',
  cookiePurpose: 'Doel',
  cookieDuration: 'Bewaartermijn',
  saved: 'Uw cookievoorkeuren zijn opgeslagen.',
  settingsButton: 'Cookie-instellingen',
  gpcHonored: 'Opt-out-voorkeurssignaal gerespecteerd',
  embedMessage: 'Deze inhoud wordt aangeboden door {service} en vraagt uw toestemming voor: {category}.',
  embedLoadOnce: 'Eenmalig laden',
  embedAllow: '{category} toestaan',
};
