import { declare } from '../declaration/declare';
import { mount } from '../ui/mount';
import type { Texts } from '../ui/text-keys';
import type { ConsentryGlobal } from './loader';

/** Hands the UI and the cookie declaration, with the given built-in texts to the loader that fetched this script. */
export function registerUi(builtIn: Readonly<Record<string, Texts>>): void {
  (window as unknown as { Consentry?: ConsentryGlobal }).Consentry?._register?.('ui', {
    mount: (consent, options, shell) => mount(consent, options, builtIn, shell),
    declare: (element, consent) => declare(element, consent, builtIn),
  });
}
