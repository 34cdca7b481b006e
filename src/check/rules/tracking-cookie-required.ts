import type { ResolvedConfig } from '../../core/types';
import { CATALOGUE } from '../../catalogue';
import type { Rule } from '../diagnostic';
import { cookiesOf, declares, ownersOf } from './walk';

/** `tracking-cookie-required`: an analytics or advertising cookie declared under the required category. */
export const trackingCookieRequired: Rule<ResolvedConfig> = {
  code: 'tracking-cookie-required',
  severity: 'warning',
  check: (config) =>
    ownersOf(config)
      .filter((o) => o.category.required)
      .flatMap(cookiesOf)
      .flatMap(({ path, cookie }) => {
        const found = CATALOGUE.find((e) => e.cookies && declares(cookie, e.cookies, e.samples));
        if (!found) return [];
        const what = cookie.name === undefined ? `pattern ${JSON.stringify(cookie.pattern)} covers ${found.provider} cookies` : `"${cookie.name}" is a ${found.provider} cookie`;
        const category = config.categories.find((c) => c.required)!.id;
        return [{ path, message: `${what}, declared under the required category "${category}": it is always on, but such cookies need consent; declare it under an optional category` }];
      }),
};
