import type { Texts } from '../text-keys';

export const pt: Texts = {
  bannerTitle: 'Cookies neste site',
  bannerText:
    'Utilizamos cookies e tecnologias semelhantes. Os cookies essenciais mantêm o site a funcionar. Os cookies opcionais só são usados se concordar, para estas finalidades:',
  bannerChoices:
    'Pode aceitar todos, rejeitar todos ou escolher por finalidade. Pode alterar ou retirar a sua escolha a qualquer momento em «Definições de cookies».',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  managePreferences: 'Gerir preferências',
  cookiePolicy: 'Política de cookies',
  privacyPolicy: 'Política de privacidade',
  preferencesTitle: 'Gerir as suas preferências de cookies',
  preferencesText:
    'Escolha que cookies opcionais podemos usar. Nada é guardado até premir um botão abaixo. Pode alterar ou retirar a sua escolha aqui a qualquer momento.',
  savePreferences: 'Guardar preferências',
  close: 'Fechar sem guardar',
  requiredNote: 'Sempre ativos: o site não funciona sem estes cookies.',
  details: 'Serviços e cookies',
  services: 'Serviços',
  cookieName: 'Nome',
  cookieProvider: 'Fornecedor',
  cookiePurpose: 'Finalidade',
  cookieDuration: 'Duração',
  saved: 'As suas preferências de cookies foram guardadas.',
  settingsButton: 'Definições de cookies',
  gpcHonored: 'Sinal de preferência de exclusão respeitado',
  embedMessage: 'Este conteúdo é fornecido por {service} e precisa do seu consentimento para: {category}.',
  embedLoadOnce: 'Carregar só desta vez',
  embedAllow: 'Permitir: {category}',
};
