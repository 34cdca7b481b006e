// consentry-ui.pl.global.js: the UI with only the "pl" built-in texts.
import { pl } from '../ui/locales/pl';
import { registerUi } from './register-ui';

registerUi({ pl });
