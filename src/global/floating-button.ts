// consentry-floating-button.global.js: the "Cookie settings" button (`ui.floatingButton`), fetched by the loader
// only for configs that ask for it, so other sites' returning visitors do not download it.
import { showFloatingButton } from '../ui/floating-button';
import { SETTINGS_LABELS } from './floating-button-labels';
import type { ConsentryGlobal } from './loader';

(window as unknown as { Consentry?: ConsentryGlobal }).Consentry?._register?.('button', {
  show: (consent, label, lang) => showFloatingButton(consent, document, label ?? SETTINGS_LABELS[lang]!),
});
