// @vitest-environment jsdom
// The `integrations` config of consentry-integrations.global.js: checked whole before anything starts.
import { afterEach, describe, expect, it } from 'vitest';
import { createConsent, memoryStorage, type ConsentConfig } from '../../src';
import type { ConfigIssue } from '../../src/core/issues';
import { prepareIntegrations } from '../../src/global/prepare-integrations';
import { clinicConfig } from '../helpers/configs';

type Page = {
  dataLayer?: unknown[];
  fbq?: { queue: unknown[] };
  _fbq?: unknown;
  _paq?: unknown[];
  gtag?: unknown;
  uetq?: unknown[];
  clarity?: { q?: ArrayLike<unknown>[] };
};
const page = window as unknown as Page;

const withIntegrations = (integrations: unknown, overrides: Partial<ConsentConfig> = {}) =>
  clinicConfig({ ...overrides, integrations: integrations as ConsentConfig['integrations'] });

/** The issues prepareIntegrations throws for a config, or [] when it accepts it. */
function issuesOf(config: unknown): readonly ConfigIssue[] {
  try {
    prepareIntegrations(config);
    return [];
  } catch (error) {
    return (error as { issues: readonly ConfigIssue[] }).issues;
  }
}
const pathsOf = (config: unknown) => issuesOf(config).map((i) => i.path);

afterEach(() => {
  for (const key of ['dataLayer', 'gtag', 'fbq', '_fbq', '_paq', 'uetq', 'clarity'] as const) delete page[key];
});

describe('checking integrations before anything starts', () => {
  it('accepts true for each integration, meaning its default options (R-INT-1, R-INT-7, R-INT-8, R-INT-9, R-INT-13)', () => {
    expect(issuesOf(withIntegrations({ googleConsentMode: true, metaPixel: true, matomo: true, microsoftUet: true, microsoftClarity: true }))).toEqual([]);
  });

  it('accepts a config without integrations', () => {
    expect(issuesOf(clinicConfig())).toEqual([]);
  });

  it('reports an unknown integration at its path, listing the known ones', () => {
    expect(issuesOf(withIntegrations({ googleConsentMode: true, gtm: true }))).toEqual([
      { path: 'integrations.gtm', message: 'unknown key "gtm"; expected one of: googleConsentMode, metaPixel, matomo, microsoftUet, microsoftClarity' },
    ]);
  });

  it('reports "__proto__" as an unknown integration rather than looking it up', () => {
    expect(pathsOf(withIntegrations(JSON.parse('{ "__proto__": true }')))).toEqual(['integrations.__proto__']);
  });

  it('reports a value that is neither true nor an object of options', () => {
    expect(issuesOf(withIntegrations({ matomo: false }))).toEqual([
      { path: 'integrations.matomo', message: 'expected true or an object of options, received false' },
    ]);
  });

  it("reports an adapter's invalid option at integrations.<adapter>.<option>", () => {
    const [issue] = issuesOf(withIntegrations({ googleConsentMode: { waitForUpdate: -1 } }));
    expect(issue).toEqual({ path: 'integrations.googleConsentMode.waitForUpdate', message: 'expected milliseconds from 0 to 10000, received -1' });
  });

  it('reports a misspelt option at its path, without offering "window" as a key to use', () => {
    const [issue] = issuesOf(withIntegrations({ metaPixel: { pixelID: '123' } }));
    expect(issue?.path).toBe('integrations.metaPixel.pixelID');
    expect(issue?.message).toBe('expected one of: pixelId, id, received "pixelID"');
  });

  it('refuses "window", which could only point an adapter away from the page', () => {
    expect(pathsOf(withIntegrations({ matomo: { window: {} } }))).toEqual(['integrations.matomo.window']);
  });

  it('checks the ids of a Google mapping against the categories and services of the config (R-INT-2)', () => {
    expect(pathsOf(withIntegrations({ googleConsentMode: { mapping: { statistics: ['analytics_storage'] } } }))).toEqual([
      'integrations.googleConsentMode.mapping',
    ]);
  });

  it('refuses Google advanced mode without a region list, a legal decision (R-INT-3)', () => {
    expect(pathsOf(withIntegrations({ googleConsentMode: { mode: 'advanced' } }))).toEqual(['integrations.googleConsentMode.region']);
  });

  it("reports Matomo's consent id when it names no category or service (R-INT-9)", () => {
    expect(pathsOf(withIntegrations({ matomo: { id: 'stats' } }))).toEqual(['integrations.matomo.id']);
  });

  it('reports a UET ad_storage id the config lacks at its index, listing the known ids (R-INT-8)', () => {
    expect(issuesOf(withIntegrations({ microsoftUet: { adStorage: ['marketing', 'ads'] } }))).toEqual([
      {
        path: 'integrations.microsoftUet.adStorage[1]',
        message: 'expected a category or service id of the config (one of: essential, analytics, marketing, meta-pixel), received "ads"',
      },
    ]);
  });

  it('reports a Clarity mapping that is not a list of ids (R-INT-13)', () => {
    expect(issuesOf(withIntegrations({ microsoftClarity: { analyticsStorage: 'analytics' } }))).toEqual([
      { path: 'integrations.microsoftClarity.analyticsStorage', message: 'expected a list of category or service ids, received "analytics"' },
    ]);
  });

  it("reports a misspelt Clarity option, listing Clarity's options without \"window\"", () => {
    expect(issuesOf(withIntegrations({ microsoftClarity: { ad_Storage: [] } }))).toEqual([
      { path: 'integrations.microsoftClarity.ad_Storage', message: 'expected one of: analyticsStorage, adStorage, received "ad_Storage"' },
    ]);
  });

  it('reports an issue in every integration at once', () => {
    expect(pathsOf(withIntegrations({ googleConsentMode: { urlPassthrough: 'no' }, metaPixel: { pixelId: 'abc' }, matomo: { mode: 'x' } }))).toEqual([
      'integrations.googleConsentMode.urlPassthrough',
      'integrations.metaPixel.pixelId',
      'integrations.matomo.mode',
    ]);
  });

  it("reports the core's issues together with the integrations', so all are fixed in one go", () => {
    expect(pathsOf(withIntegrations({ gtm: true }, { revision: 1.5 }))).toEqual(['revision', 'integrations.gtm']);
  });

  it('leaves a non-object integrations to the core, which reports it once', () => {
    expect(pathsOf(withIntegrations([]))).toEqual(['integrations']);
  });

  it("touches none of the page's vendor queues while checking", () => {
    prepareIntegrations(withIntegrations({ googleConsentMode: true, metaPixel: { pixelId: '123' }, matomo: true, microsoftUet: true, microsoftClarity: true }));
    expect([page.dataLayer, page.gtag, page.fbq, page._paq, page.uetq, page.clarity]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('starting the integrations', () => {
  const start = (integrations: unknown) => {
    const config = withIntegrations(integrations);
    const attach = prepareIntegrations(config);
    attach(createConsent(config, { storage: memoryStorage(), gate: false }));
  };

  it("sends Google's consent default, all denied but security_storage, when started (R-INT-1)", () => {
    start({ googleConsentMode: true });
    expect(Array.from(page.dataLayer![0] as ArrayLike<unknown>)).toEqual([
      'consent',
      'default',
      expect.objectContaining({ analytics_storage: 'denied', ad_storage: 'denied', security_storage: 'granted' }),
    ]);
  });

  it('revokes Meta pixel consent before its init when started (R-INT-7)', () => {
    start({ metaPixel: { pixelId: '123' } });
    expect(page.fbq!.queue).toEqual([
      ['consent', 'revoke'],
      ['init', '123'],
    ]);
  });

  it('puts requireConsent first in Matomo\'s queue when started (R-INT-9)', () => {
    page._paq = [['trackPageView']];
    start({ matomo: true });
    expect(page._paq).toEqual([['requireConsent'], ['trackPageView']]);
  });

  it('pushes the UET consent default when started (R-INT-8)', () => {
    start({ microsoftUet: true });
    expect(page.uetq).toEqual(['consent', 'default', { ad_storage: 'denied' }]);
  });

  it('sends Clarity consentv2, denied before a decision, when started (R-INT-13)', () => {
    start({ microsoftClarity: true });
    expect(page.clarity!.q!.map((args) => Array.from(args))).toEqual([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]]);
  });

  it('starts only the integrations the config names', () => {
    start({ matomo: true });
    expect([page.dataLayer, page.fbq, page.uetq, page.clarity]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
