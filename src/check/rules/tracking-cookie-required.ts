import type { ResolvedConfig } from '../../core/types';
import type { Rule } from '../diagnostic';
import { cookiesOf, declares, ownersOf } from './walk';

// Cookies of analytics and advertising vendors, each with names a `pattern` declaration would be meant to cover.
export const TRACKING_COOKIES: readonly (readonly [vendor: string, name: RegExp, samples: readonly string[]])[] = [
  ['Google Analytics', /^(_ga(_.*)?|_gid|_gat(_.*)?|__utm[abcz])$/, ['_ga', '_ga_ABC123XYZ', '_gid', '_gat', '__utma']],
  ['Google Ads', /^(_gcl_.*|IDE|test_cookie|DSID)$/, ['_gcl_au', '_gcl_aw', 'IDE']],
  ['Meta', /^(_fb[pc]|fr)$/, ['_fbp', '_fbc']],
  ['Microsoft Advertising', /^(_uet.*|MUID)$/, ['_uetsid', '_uetvid', 'MUID']],
  ['Microsoft Clarity', /^_cl(ck|sk)$/, ['_clck', '_clsk']],
  ['Hotjar', /^_hj.*/, ['_hjSessionUser_123', '_hjSession_123', '_hjid']],
  ['Matomo', /^_pk_(id|ses|ref)(\..*)?$/, ['_pk_id.1.abcd', '_pk_ses.1.abcd']],
  ['TikTok', /^(_ttp|_tt_enable_cookie)$/, ['_ttp']],
  ['LinkedIn', /^(li_sugr|bcookie|lidc|_li_.*)$/, ['li_sugr', 'bcookie']],
  ['Pinterest', /^_pin(_unauth|terest_.*)$/, ['_pin_unauth']],
];

/** `tracking-cookie-required`: an analytics or advertising cookie declared under the required category. */
export const trackingCookieRequired: Rule<ResolvedConfig> = {
  code: 'tracking-cookie-required',
  severity: 'warning',
  check: (config) =>
    ownersOf(config)
      .filter((o) => o.category.required)
      .flatMap(cookiesOf)
      .flatMap(({ path, cookie }) => {
        const found = TRACKING_COOKIES.find(([, re, samples]) => declares(cookie, re, samples));
        if (!found) return [];
        const what = cookie.name === undefined ? `pattern ${JSON.stringify(cookie.pattern)} covers ${found[0]} cookies` : `"${cookie.name}" is a ${found[0]} cookie`;
        const category = config.categories.find((c) => c.required)!.id;
        return [{ path, message: `${what}, declared under the required category "${category}": it is always on, but such cookies need consent; declare it under an optional category` }];
      }),
};
