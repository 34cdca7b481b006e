// consentry-placeholder.global.js: the content of blocked embeds' placeholders, fetched by the loader with the
// first one a page holds back.
import { fillPlaceholder } from '../core/gate/placeholder';
import type { ConsentryGlobal } from './loader';

(window as unknown as { Consentry?: ConsentryGlobal }).Consentry?._register?.('placeholder', { fill: fillPlaceholder });
