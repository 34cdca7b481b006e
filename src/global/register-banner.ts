import { createShell } from '../ui/shell';
import type { Texts } from '../ui/text-keys';
import type { ConsentryGlobal } from './loader';
import { registerProof } from './register-proof';

/** Hands the banner, with the given built-in texts, and the records' code to the loader that fetched this script. */
export function registerBanner(builtIn: Readonly<Record<string, Texts>>): void {
  registerProof();
  (window as unknown as { Consentry?: ConsentryGlobal }).Consentry?._register?.('banner', {
    show: (consent, onManage) => createShell(consent, document.body, builtIn, onManage),
  });
}
