// consentry-banner.pl.global.js: a first visit's banner, in plain DOM, with only the "pl" built-in texts.
import { pl } from '../ui/locales/pl';
import { registerBanner } from './register-banner';

registerBanner({ pl });
