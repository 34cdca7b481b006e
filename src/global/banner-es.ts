// consentry-banner.es.global.js: a first visit's banner, in plain DOM, with only the "es" built-in texts.
import { es } from '../ui/locales/es';
import { registerBanner } from './register-banner';

registerBanner({ es });
