import type { Texts } from '../text-keys';

export const it: Texts = {
  bannerTitle: 'Cookie su questo sito',
  bannerText:
    'Utilizziamo cookie e tecnologie simili. I cookie essenziali fanno funzionare il sito. I cookie facoltativi vengono usati solo con il tuo consenso, per queste finalità:',
  bannerChoices:
    'Puoi accettare tutti, rifiutare tutti o scegliere per finalità. Puoi modificare o revocare la tua scelta in qualsiasi momento da «Impostazioni cookie».',
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
  cookieName: 'Nome',
  cookieProvider: 'Fornitore',
  cookiePurpose: 'Finalità',
  cookieDuration: 'Durata',
  saved: 'Le tue preferenze sui cookie sono state salvate.',
  settingsButton: 'Impostazioni cookie',
  gpcHonored: 'Segnale di preferenza di opt-out rispettato',
  embedMessage: 'Questo contenuto è ospitato da {service} e richiede il tuo consenso per: {category}.',
  embedLoadOnce: 'Carica solo questa volta',
  embedAllow: 'Consenti: {category}',
};
