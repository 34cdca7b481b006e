import type { ResolvedConfig } from '../../core/types';
import { CATALOGUE } from '../../catalogue';
import type { Rule } from '../diagnostic';
import { cookiesOf, declares, ownersOf } from './walk';

// Vendors that record visits (clicks, typing, pages seen), by how a config names them and by their cookies (R-HEALTH-5).
const VENDORS = CATALOGUE.filter((e) => e.sessionReplay);

const words = (v: unknown): string => (typeof v == 'string' ? v : v && typeof v == 'object' ? Object.values(v).join(' ') : '');

/** `session-replay`: a session-replay vendor in any category, by its id, title or cookies. */
export const sessionReplay: Rule<ResolvedConfig> = {
  code: 'session-replay',
  severity: 'warning',
  check: (config) =>
    ownersOf(config).flatMap((o) => {
      const named = `${o.owner.id} ${words(o.owner.title)}`;
      const found = VENDORS.find((v) => v.named!.test(named) || cookiesOf(o).some(({ cookie: c }) => declares(c, v.cookies!, v.samples)));
      return found
        ? [{ path: o.path, message: `${found.provider} records sessions (clicks, typing, pages seen): on a clinic site that can capture health information even with consent; leave it off pages about conditions, doctors and appointments, or do without it` }]
        : [];
    }),
};
