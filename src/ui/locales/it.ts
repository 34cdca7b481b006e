import type { Texts } from '../text-keys';

export const it: Texts = {
  bannerTitle: 'Cookie su questo sito',
  bannerText: 'Utilizziamo cookie e tecnologie simili per far funzionare questo sito e, con il tuo consenso, per: {purposes}.',
  bannerChoices: 'Puoi modificare o revocare la tua scelta in qualsiasi momento da «Impostazioni cookie».',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  managePreferences: 'Gestisci preferenze',
  cookiePolicy: 'Cookie Policy',
  privacyPolicy: 'Informativa sulla privacy',
  preferencesTitle: 'Gestisci le tue preferenze sui cookie',
  preferencesText:
    'Scegli quali cookie facoltativi possiamo usare. Nulla viene salvato finché non premi un pulsante qui sotto. Puoi modificare o revocare la tua scelta qui in qualsiasi momento.',
  savePreferences: 'Salva preferenze',
  close: 'Chiudi senza salvare',
  requiredNote: 'Sempre attivi: il sito non può funzionare senza questi cookie.',
  details: 'Servizi e cookie',
  services: 'Servizi',
  cookies: 'Cookie',
  cookieName: 'Nome',
  cookieNamePrefix: 'nomi che iniziano con {prefix}',
  cookieProvider: 'Fornitore',
  cookiePurpose: 'Finalità',
  cookieDuration: 'Durata',
  saved: 'Le tue preferenze sui cookie sono state salvate.',
  settingsButton: 'Impostazioni cookie',
  gpcHonored: 'Il tuo browser ha inviato il segnale Global Privacy Control, che chiede ai siti di non vendere né condividere i tuoi dati. Per questo abbiamo disattivato: {categories}. Puoi comunque scegliere diversamente qui sotto.',
};
