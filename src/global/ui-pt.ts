// consentry-ui.pt.global.js: the UI with only the "pt" built-in texts.
import { pt } from '../ui/locales/pt';
import { registerUi } from './register-ui';

registerUi({ pt });
