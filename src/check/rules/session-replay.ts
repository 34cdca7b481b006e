import type { ResolvedConfig } from '../../core/types';
import type { Rule } from '../diagnostic';
import { cookiesOf, declares, ownersOf } from './walk';

// Vendors that record visits (clicks, typing, pages seen), by how a config names them and by their cookies (R-HEALTH-5).
const VENDORS: readonly (readonly [vendor: string, named: RegExp, cookie: RegExp, samples: readonly string[]])[] = [
  ['Hotjar', /hotjar/i, /^_hj.*/, ['_hjSessionUser_123', '_hjid']],
  ['Microsoft Clarity', /clarity/i, /^_cl(ck|sk)$/, ['_clck', '_clsk']],
  ['FullStory', /full ?story/i, /^fs_(uid|lua|cid)$/, ['fs_uid']],
  ['LogRocket', /log ?rocket/i, /^_lr_.*/, ['_lr_uf_abc', '_lr_hb_abc']],
  ['Mouseflow', /mouseflow/i, /^mf_.*/, ['mf_user', 'mf_abc123']],
  ['Quantum Metric', /quantum ?metric/i, /^QuantumMetric.*/, ['QuantumMetricUserID']],
];

const words = (v: unknown): string => (typeof v == 'string' ? v : v && typeof v == 'object' ? Object.values(v).join(' ') : '');

/** `session-replay`: a session-replay vendor in any category, by its id, title or cookies. */
export const sessionReplay: Rule<ResolvedConfig> = {
  code: 'session-replay',
  severity: 'warning',
  check: (config) =>
    ownersOf(config).flatMap((o) => {
      const named = `${o.owner.id} ${words(o.owner.title)}`;
      const found = VENDORS.find(([, re, cookie, samples]) => re.test(named) || cookiesOf(o).some(({ cookie: c }) => declares(c, cookie, samples)));
      return found
        ? [{ path: o.path, message: `${found[0]} records sessions (clicks, typing, pages seen): on a clinic site that can capture health information even with consent; leave it off pages about conditions, doctors and appointments, or do without it` }]
        : [];
    }),
};
