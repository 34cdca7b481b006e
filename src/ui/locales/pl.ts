import type { Texts } from '../text-keys';

export const pl: Texts = {
  bannerTitle: 'Pliki cookie na tej stronie',
  bannerText:
    'Używamy plików cookie i podobnych technologii. Niezbędne pliki cookie zapewniają działanie strony. Opcjonalnych używamy tylko za Twoją zgodą, w tych celach:',
  bannerChoices:
    'Możesz zaakceptować wszystkie, odrzucić wszystkie lub wybrać według celu. Swój wybór możesz w każdej chwili zmienić lub wycofać w „Ustawieniach cookie”.',
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
  cookieName: 'Nazwa',
  cookieProvider: 'Dostawca',
  cookiePurpose: 'Cel',
  cookieDuration: 'Okres przechowywania',
  saved: 'Twoje ustawienia plików cookie zostały zapisane.',
  settingsButton: 'Ustawienia cookie',
  gpcHonored: 'Uwzględniono sygnał preferencji rezygnacji',
  embedMessage: 'Ta treść pochodzi z {service} i wymaga Twojej zgody na: {category}.',
  embedLoadOnce: 'Wczytaj jednorazowo',
  embedAllow: 'Zezwól: {category}',
};
