import type { Texts } from '../text-keys';

export const es: Texts = {
  bannerTitle: 'Cookies en este sitio web',
  bannerText:
    'Utilizamos cookies y tecnologías similares. Las cookies esenciales hacen que el sitio funcione. Las cookies opcionales solo se usan si usted lo acepta, para estas finalidades:',
  bannerChoices:
    'Puede aceptar todas, rechazar todas o elegir por finalidad. Puede cambiar o retirar su elección en cualquier momento en «Configuración de cookies».',
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
  cookieName: 'Nombre',
  cookieProvider: 'Proveedor',
  cookiePurpose: 'Finalidad',
  cookieDuration: 'Duración',
  saved: 'Sus preferencias de cookies se han guardado.',
  settingsButton: 'Configuración de cookies',
  gpcHonored: 'Señal de preferencia de exclusión respetada',
  embedMessage: 'Este contenido está alojado por {service} y necesita su consentimiento para: {category}.',
  embedLoadOnce: 'Cargar solo esta vez',
  embedAllow: 'Permitir: {category}',
};
