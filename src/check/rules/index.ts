import type { ResolvedConfig } from '../../core/types';
import type { Rule } from '../diagnostic';
import { adsWithoutGpc } from './ads-without-gpc';
import { incompleteLanguages } from './incomplete-languages';
import { sessionReplay } from './session-replay';
import { trackingCookieRequired } from './tracking-cookie-required';

/** The lint rules run on a config the validators accept, in the order their findings are listed. */
export const CONFIG_RULES: readonly Rule<ResolvedConfig>[] = [trackingCookieRequired, adsWithoutGpc, sessionReplay, incompleteLanguages];
