import type { Texts } from '../ui/text-keys';

/**
 * The floating button's label per built-in language. A copy of each locale's `settingsButton`, so the loader
 * can show the button to returning visitors without loading any locale; a test keeps the two in sync.
 */
export const SETTINGS_LABELS: Readonly<Record<string, Texts['settingsButton']>> = {
  en: 'Cookie settings',
  de: 'Cookie-Einstellungen',
  fr: 'Paramètres des cookies',
  es: 'Configuración de cookies',
  it: 'Impostazioni cookie',
  nl: 'Cookie-instellingen',
  pt: 'Definições de cookies',
  pl: 'Ustawienia cookie',
};
