// consentry-ui.de.global.js: the UI with only the "de" built-in texts.
import { de } from '../ui/locales/de';
import { registerUi } from './register-ui';

registerUi({ de });
