// consentry-banner.fr.global.js: a first visit's banner, in plain DOM, with only the "fr" built-in texts.
import { fr } from '../ui/locales/fr';
import { registerBanner } from './register-banner';

registerBanner({ fr });
