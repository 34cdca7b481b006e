import type { ResolvedConfig } from '../../core/types';
import { typesOf } from '../../integrations/google-consent-settings';
import type { Rule } from '../diagnostic';

/** `ads-without-gpc`: a category standing for Google's ad consent types that Global Privacy Control does not turn off. */
export const adsWithoutGpc: Rule<ResolvedConfig> = {
  code: 'ads-without-gpc',
  severity: 'warning',
  check: (config) =>
    config.categories.flatMap((c, i) => {
      const ads = typesOf(c).filter((t) => t.startsWith('ad_'));
      if (!ads.length || c.gpc || c.required) return [];
      const how = c.googleConsentMode ? '' : ` (by its id "${c.id}")`;
      return [{ path: `categories[${i}]${c.googleConsentMode ? '.googleConsentMode' : ''}`, message: `stands for ${ads.join(', ')}${how} but browsers sending Global Privacy Control still get it: add "gpc": true so they are opted out of ads` }];
    }),
};
