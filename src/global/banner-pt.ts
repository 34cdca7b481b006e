// consentry-banner.pt.global.js: a first visit's banner, in plain DOM, with only the "pt" built-in texts.
import { pt } from '../ui/locales/pt';
import { registerBanner } from './register-banner';

registerBanner({ pt });
