// consentry-banner.nl.global.js: a first visit's banner, in plain DOM, with only the "nl" built-in texts.
import { nl } from '../ui/locales/nl';
import { registerBanner } from './register-banner';

registerBanner({ nl });
