import type { Texts } from '../text-keys';

export const fr: Texts = {
  bannerTitle: 'Cookies sur ce site',
  bannerText: 'Ce site utilise des cookies et traceurs pour fonctionner et, avec votre accord, pour : {purposes}.',
  bannerChoices: 'Modification ou retrait à tout moment dans «\u202fParamètres des cookies\u202f».',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  managePreferences: 'Gérer mes choix',
  cookiePolicy: 'Politique de cookies',
  privacyPolicy: 'Politique de confidentialité',
  preferencesTitle: 'Gérer vos préférences de cookies',
  preferencesText:
    'Choisissez les cookies optionnels que nous pouvons utiliser. Rien n’est enregistré avant que vous appuyiez sur un bouton ci-dessous. Vous pouvez modifier ou retirer votre choix ici à tout moment.',
  savePreferences: 'Enregistrer mes choix',
  close: 'Fermer sans enregistrer',
  requiredNote: 'Toujours actifs : le site ne peut pas fonctionner sans ces cookies.',
  details: 'Services et cookies',
  services: 'Services',
  cookies: 'Cookies',
  cookieName: 'Nom',
  cookieNamePrefix: 'noms commençant par {prefix}',
  cookieProvider: 'Fournisseur',
  cookiePurpose: 'Finalité',
  cookieDuration: 'Durée',
  saved: 'Vos préférences de cookies ont été enregistrées.',
  settingsButton: 'Paramètres des cookies',
  gpcHonored: 'Votre navigateur a envoyé le signal Global Privacy Control, qui demande aux sites de ne pas vendre ni partager vos données. Nous avons donc désactivé : {categories}. Vous pouvez toujours choisir autrement ci-dessous.',
};
