// consentry-banner.it.global.js: a first visit's banner, in plain DOM, with only the "it" built-in texts.
import { it } from '../ui/locales/it';
import { registerBanner } from './register-banner';

registerBanner({ it });
