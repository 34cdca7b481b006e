import type { Texts } from '../text-keys';

export const pl: Texts = {
  bannerTitle: 'Pliki cookie na tej stronie',
  bannerText: 'Używamy plików cookie i podobnych technologii do działania strony, a za zgodą także w celach: {purposes}.',
  bannerChoices: 'Zgodę możesz w każdej chwili zmienić lub wycofać w „Ustawieniach cookie”.',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  managePreferences: 'Zarządzaj ustawieniami',
  cookiePolicy: 'Polityka cookie',
  privacyPolicy: 'Polityka prywatności',
  preferencesTitle: 'Zarządzaj ustawieniami plików cookie',
  preferencesText:
    'Wybierz, których opcjonalnych plików cookie możemy używać. Nic nie zostanie zapisane, dopóki nie naciśniesz przycisku poniżej. Swój wybór możesz tu w każdej chwili zmienić lub wycofać.',
  savePreferences: 'Zapisz ustawienia',
  close: 'Zamknij bez zapisywania',
  requiredNote: 'Zawsze aktywne: bez tych plików cookie strona nie działa.',
  details: 'Usługi i pliki cookie',
  services: 'Usługi',
  cookies: 'Pliki cookie',
  cookieName: 'Nazwa',
  cookieNamePrefix: 'nazwy zaczynające się od {prefix}',
  cookieProvider: 'Dostawca',
  cookiePurpose: 'Cel',
  cookieDuration: 'Okres przechowywania',
  saved: 'Twoje ustawienia plików cookie zostały zapisane.',
  settingsButton: 'Ustawienia cookie',
  gpcHonored: 'Twoja przeglądarka wysłała sygnał Global Privacy Control, który prosi strony, by nie sprzedawały ani nie udostępniały Twoich danych. Dlatego wyłączyliśmy: {categories}. Poniżej możesz nadal wybrać inaczej.',
};
