// The script-tag build's src/core/gate/placeholder.ts (swapped in by tsup.config.ts): the placeholders' texts in
// every language, their styles and their buttons come in consentry-placeholder.global.js with the first blocked
// embed, so a page without one never downloads them. The box, sized like the iframe, is in the page at once.
import type { PlaceholderContent } from '../core/gate/placeholder';
import { fetchPart } from './fetch-part';

export type { PlaceholderContent };

export function fillPlaceholder(box: HTMLElement, content: PlaceholderContent): void {
  void fetchPart('placeholder').then((file) => file?.fill(box, content));
}
