// consentry-ui.en.global.js: the UI with only the "en" built-in texts.
import { en } from '../ui/locales/en';
import { registerUi } from './register-ui';

registerUi({ en });
