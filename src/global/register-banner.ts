import { createShell } from '../ui/shell';
import type { Texts } from '../ui/text-keys';
import type { ConsentryGlobal } from './loader';

/** Hands the banner, with the given built-in texts, to the loader that fetched this script. */
export function registerBanner(builtIn: Readonly<Record<string, Texts>>): void {
  (window as unknown as { Consentry?: ConsentryGlobal }).Consentry?._register?.('banner', {
    show: (consent, onManage) => createShell(consent, document.body, builtIn, onManage),
  });
}
