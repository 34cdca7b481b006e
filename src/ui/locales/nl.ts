import type { Texts } from '../text-keys';

export const nl: Texts = {
  bannerTitle: 'Cookies op deze website',
  bannerText: 'Wij gebruiken cookies en vergelijkbare technieken om deze site te laten werken en, met uw toestemming, voor {purposes}.',
  bannerChoices: 'Wijzigen of intrekken kan altijd via ‘Cookie-instellingen’.',
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
  cookies: 'Cookies',
  cookieName: 'Naam',
  cookieNamePrefix: 'namen die beginnen met {prefix}',
  cookieProvider: 'Aanbieder',
  cookiePurpose: 'Doel',
  cookieDuration: 'Bewaartermijn',
  saved: 'Uw cookievoorkeuren zijn opgeslagen.',
  settingsButton: 'Cookie-instellingen',
  gpcHonored: 'Uw browser heeft het signaal Global Privacy Control verstuurd, dat sites vraagt uw gegevens niet te verkopen of te delen. Daarom hebben we {categories} uitgezet. U kunt hieronder alsnog anders kiezen.',
};
