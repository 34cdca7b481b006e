import type { Texts } from '../text-keys';

export const es: Texts = {
  bannerTitle: 'Cookies en este sitio web',
  bannerText: 'Usamos cookies y tecnologías similares para que el sitio funcione y, con su consentimiento, para: {purposes}.',
  bannerChoices: 'Puede cambiarlo o retirarlo cuando quiera en «Configuración de cookies».',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  managePreferences: 'Gestionar preferencias',
  cookiePolicy: 'Política de cookies',
  privacyPolicy: 'Política de privacidad',
  preferencesTitle: 'Gestione sus preferencias de cookies',
  preferencesText:
    'Elija qué cookies opcionales podemos usar. No se guarda nada hasta que pulse un botón de abajo. Puede cambiar o retirar su elección aquí en cualquier momento.',
  savePreferences: 'Guardar preferencias',
  close: 'Cerrar sin guardar',
  requiredNote: 'Siempre activas: el sitio no puede funcionar sin estas cookies.',
  details: 'Servicios y cookies',
  services: 'Servicios',
  cookies: 'Cookies',
  cookieName: 'Nombre',
  cookieNamePrefix: 'nombres que empiezan por {prefix}',
  cookieProvider: 'Proveedor',
  cookiePurpose: 'Finalidad',
  cookieDuration: 'Duración',
  saved: 'Sus preferencias de cookies se han guardado.',
  settingsButton: 'Configuración de cookies',
  gpcHonored: 'Su navegador ha enviado la señal Global Privacy Control, que pide a los sitios no vender ni compartir sus datos. Por eso hemos desactivado: {categories}. Aun así, puede elegir otra cosa abajo.',
};
