// The preview frame (preview.html): the real core and UI, mounted afresh with each config the editor sends.
// The frame is sandboxed without same-origin rights, so it can reach neither the owner's cookies nor their
// storage, and the consent instance keeps its decision in memory.
import { createConsent } from '../core/consent';
import { memoryStorage } from '../core/storage';
import { validateConfig } from '../core/validate';
import { locales } from '../ui/locales';
import { mountConsentUI } from '../ui/mount-consent-ui';
import { resolveUiOptions } from '../ui/options';
import { configLanguages } from './config-languages';
import { previewConfig } from './preview-config';
import type { PreviewReply, PreviewRequest } from './preview-protocol';

const reply = (message: PreviewReply) => parent.postMessage(message, '*');
let unmount = () => {};

function show({ config, language, scheme }: PreviewRequest): void {
  unmount();
  const checked = validateConfig(config);
  if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  const languages = configLanguages(checked.config);
  // A language chosen for an earlier config may be gone from this one.
  const lang = language && languages.includes(language) ? language : (checked.config.language ?? checked.config.defaultLanguage);
  document.documentElement.lang = lang;
  document.documentElement.dataset.scheme = scheme;
  const consent = createConsent(previewConfig(config, lang, scheme), { storage: memoryStorage(), gate: false, gpc: false });
  try {
    const ui = mountConsentUI(consent, { locales });
    unmount = () => (ui.unmount(), consent.destroy());
  } catch (error) {
    consent.destroy();
    throw error;
  }
  const { theme } = resolveUiOptions(checked.config.ui);
  reply({
    type: 'consentry-preview:shown',
    languages,
    language: lang,
    fixedTheme: theme == 'auto' ? undefined : theme,
  });
}

addEventListener('message', (event: MessageEvent<PreviewRequest>) => {
  if (event.source !== parent || event.data?.type != 'consentry-preview:show') return;
  try {
    show(event.data);
  } catch (error) {
    reply({ type: 'consentry-preview:failed', message: error instanceof Error ? error.message : String(error) });
  }
});
// The policy links lead to the owner's site, which is not here: following one would replace the preview.
addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('a[href]')) event.preventDefault();
});
reply({ type: 'consentry-preview:ready' });
