// consentry-ui.it.global.js: the UI with only the "it" built-in texts.
import { it } from '../ui/locales/it';
import { registerUi } from './register-ui';

registerUi({ it });
