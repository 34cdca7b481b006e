// consentry-banner.de.global.js: a first visit's banner, in plain DOM, with only the "de" built-in texts.
import { de } from '../ui/locales/de';
import { registerBanner } from './register-banner';

registerBanner({ de });
