import type { Texts } from '../text-keys';

export const fr: Texts = {
  bannerTitle: 'Cookies sur ce site',
  bannerText:
    'Nous utilisons des cookies et des technologies similaires. Les cookies essentiels font fonctionner le site. Les cookies optionnels ne sont utilisés qu’avec votre accord, pour ces finalités :',
  bannerChoices:
    'Vous pouvez tout accepter, tout refuser ou choisir par finalité. Vous pouvez modifier ou retirer votre choix à tout moment via « Paramètres des cookies ».',
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
  cookieName: 'Nom',
  cookieProvider: 'Fournisseur',
  cookiePurpose: 'Finalité',
  cookieDuration: 'Durée',
  saved: 'Vos préférences de cookies ont été enregistrées.',
  settingsButton: 'Paramètres des cookies',
  gpcHonored: 'Signal de préférence de refus respecté',
  embedMessage: 'Ce contenu est hébergé par {service} et nécessite votre accord pour : {category}.',
  embedLoadOnce: 'Charger une seule fois',
  embedAllow: 'Autoriser : {category}',
};
