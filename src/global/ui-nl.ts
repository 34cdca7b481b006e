// consentry-ui.nl.global.js: the UI with only the "nl" built-in texts.
import { nl } from '../ui/locales/nl';
import { registerUi } from './register-ui';

registerUi({ nl });
