import type { ResolvedDeclaration } from '../core/types';
import { part } from './attrs';
import { cookieName } from './cookie-name';
import type { Texts } from './text-keys';

/**
 * What a category or service stores, one small definition list per cookie or storage key (R-GDPR-15). A list
 * rather than a table, so it reflows at 320px without horizontal scrolling (R-A11Y-14).
 */
export function Declarations({ items, t }: { items: readonly ResolvedDeclaration<string>[]; t: Texts }) {
  return (
    <>
      {items.map((d) => (
        <dl {...part('cookie')}>
          <Row term={t.cookieName} value={cookieName(d, t.cookieNamePrefix)} />
          <Row term={t.cookieProvider} value={d.provider} />
          <Row term={t.cookiePurpose} value={d.purpose} />
          <Row term={t.cookieDuration} value={d.duration} />
        </dl>
      ))}
    </>
  );
}

const Row = ({ term, value }: { term: string; value: string | undefined }) =>
  value ? (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  ) : null;
