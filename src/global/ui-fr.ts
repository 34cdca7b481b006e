// consentry-ui.fr.global.js: the UI with only the "fr" built-in texts.
import { fr } from '../ui/locales/fr';
import { registerUi } from './register-ui';

registerUi({ fr });
