// consentry-banner.en.global.js: a first visit's banner, in plain DOM, with only the "en" built-in texts.
import { en } from '../ui/locales/en';
import { registerBanner } from './register-banner';

registerBanner({ en });
