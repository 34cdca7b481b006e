import type { Texts } from '../text-keys';

export const pt: Texts = {
  bannerTitle: 'Cookies neste site',
  bannerText: 'Usamos cookies e tecnologias afins para o site funcionar e, se concordar, para: {purposes}.',
  bannerChoices: 'Pode alterar ou retirar a escolha em «Definições de cookies».',
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
  cookies: 'Cookies',
  cookieName: 'Nome',
  cookieNamePrefix: 'nomes começados por {prefix}',
  cookieProvider: 'Fornecedor',
  cookiePurpose: 'Finalidade',
  cookieDuration: 'Duração',
  saved: 'As suas preferências de cookies foram guardadas.',
  settingsButton: 'Definições de cookies',
  gpcHonored: 'O seu navegador enviou o sinal Global Privacy Control, que pede aos sites que não vendam nem partilhem os seus dados. Por isso desativámos: {categories}. Pode ainda escolher de outra forma abaixo.',
};
