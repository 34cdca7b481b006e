import { part } from './attrs';
import type { Texts } from './text-keys';

/**
 * Cookie Policy and Privacy Policy links from the config, with descriptive text (R-GDPR-11, R-A11Y-17). Inline,
 * so the banner can end its text with them instead of spending a line of a phone screen on them.
 */
export function PolicyLinks({ links, t }: { links: { cookiePolicy: string; privacyPolicy: string }; t: Texts }) {
  return (
    <span {...part('links')}>
      <a href={links.cookiePolicy} {...part('link')}>
        {t.cookiePolicy}
      </a>{' '}
      <a href={links.privacyPolicy} {...part('link')}>
        {t.privacyPolicy}
      </a>
    </span>
  );
}
