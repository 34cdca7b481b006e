import { describe, expect, it } from 'vitest';
import { configPatch } from '../../src/audit/patch';
import type { CookieSummary, PageReport } from '../../src/audit/types';
import { validateConfig } from '../../src/core/validate';

const result = validateConfig({
  links: { cookiePolicy: '/c', privacyPolicy: '/p' },
  categories: [
    { id: 'essential', required: true, title: 'E', description: 'E.' },
    { id: 'analytics', title: 'A', description: 'A.', cookies: [{ name: '_ga' }] },
    { id: 'marketing', title: 'M', description: 'M.' },
  ],
});
if (!result.ok) throw new Error('fixture config');
const config = result.config;

const cookie = (name: string, declaredIn: string | null, category?: 'analytics' | 'marketing'): CookieSummary => ({
  name,
  domain: 'clinic.example',
  path: '/',
  expires: null,
  thirdParty: false,
  httpOnly: false,
  secure: true,
  firstSeen: 'accept',
  declaredIn,
  suggestion: category ? { provider: category == 'analytics' ? 'Google Analytics' : 'Meta', category, source: 'https://vendor.example/cookies' } : null,
});
const page = (cookies: CookieSummary[]) => ({ cookies }) as unknown as PageReport;

describe('configPatch', () => {
  it('appends to a category\'s cookies, and creates the list where a category has none', () => {
    expect(configPatch([page([cookie('_gid', null, 'analytics'), cookie('_fbp', null, 'marketing')])], config)).toEqual([
      { op: 'add', path: '/categories/1/cookies/-', value: { name: '_gid', provider: 'Google Analytics' } },
      { op: 'add', path: '/categories/2/cookies', value: [{ name: '_fbp', provider: 'Meta' }] },
    ]);
  });

  it('suggests each cookie once, and leaves declared, unknown and own cookies alone', () => {
    const pages = [page([cookie('_gid', null, 'analytics'), cookie('_ga', 'analytics', 'analytics'), cookie('prefs', null), cookie('consentry', null, 'analytics')]), page([cookie('_gid', null, 'analytics')])];
    expect(configPatch(pages, config).map((o) => o.value)).toEqual([{ name: '_gid', provider: 'Google Analytics' }]);
  });
});
