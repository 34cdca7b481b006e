// consentry-ui.es.global.js: the UI with only the "es" built-in texts.
import { es } from '../ui/locales/es';
import { registerUi } from './register-ui';

registerUi({ es });
