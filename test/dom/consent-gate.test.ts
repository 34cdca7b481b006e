// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createConsent, memoryStorage, type Consent, type ConsentOptions } from '../../src';
import { clinicConfig } from '../helpers/configs';
import { page, recordRuns, report, tick } from '../helpers/dom';

const made: Consent[] = [];
afterEach(() => {
  made.splice(0).forEach((c) => c.destroy());
  document.body.innerHTML = '';
  document.documentElement.lang = '';
});

const make = (options: ConsentOptions = {}, config = clinicConfig()) => {
  const consent = createConsent(config, { storage: memoryStorage(), ...options });
  made.push(consent);
  return consent;
};

describe('createConsent in a browser', () => {
  it('gates the document by default: a gated script runs on grant with no call from the host', async () => {
    page(`<script type="text/plain" data-category="analytics">${report('analytics')}</script>`);
    const runs = recordRuns();
    const consent = make();
    await tick();
    expect(runs).toEqual([]);
    consent.acceptAll();
    await tick();
    expect(runs).toEqual(['analytics']);
  });

  it('leaves the document alone with gate: false', async () => {
    page(`<script type="text/plain" data-category="analytics">${report('analytics')}</script>`);
    const runs = recordRuns();
    make({ gate: false }).acceptAll();
    await tick();
    expect(runs).toEqual([]);
  });

  it('passes gate options through', async () => {
    page('<iframe data-category="marketing" data-src="https://maps.example/embed"></iframe>');
    make({ gate: { texts: { embedLoadOnce: 'Just this map' } } });
    await tick();
    expect([...document.querySelectorAll('button')].map((b) => b.textContent)).toContain('Just this map');
  });

  it('takes placeholder texts from the config in the page language', async () => {
    document.documentElement.lang = 'de-AT';
    page('<iframe data-category="marketing" data-src="https://maps.example/embed"></iframe>');
    make({}, clinicConfig({ texts: { de: { embedAllow: '{category} erlauben' } } }));
    await tick();
    expect([...document.querySelectorAll('button')].map((b) => b.textContent)).toContain('Marketing erlauben');
  });

  it('whenGranted runs the callback once the category is granted', () => {
    const consent = make();
    const calls: string[] = [];
    consent.whenGranted('analytics', () => calls.push('analytics'));
    expect(calls).toEqual([]);
    consent.save({ analytics: true });
    consent.acceptAll();
    expect(calls).toEqual(['analytics']);
  });

  it('destroy stops gating: a script added afterwards stays held', async () => {
    const consent = make();
    consent.acceptAll();
    consent.destroy();
    page(`<script type="text/plain" data-category="analytics">${report('analytics')}</script>`);
    const runs = recordRuns();
    await tick();
    expect(runs).toEqual([]);
  });

  it('loadScript rejects when the instance does not gate the document', async () => {
    await expect(make({ gate: false }).loadScript('/t/a.js', { category: 'analytics' })).rejects.toThrow(/not gating/);
  });

  it('whenGranted throws for an id the config lacks', () => {
    expect(() => make().whenGranted('anlytics', () => {})).toThrow(/unknown category or service "anlytics" in whenGranted\(\); known: essential, analytics, marketing, meta-pixel$/);
  });

  it('loadScript rejects for a service the config lacks', async () => {
    await expect(make().loadScript('/t/a.js', { category: 'marketing', service: 'booking' })).rejects.toThrow(
      'unknown service "booking" in loadScript() for category "marketing"; known: meta-pixel',
    );
  });

  it('loadScript holds a script until its category is granted', async () => {
    const consent = make();
    consent.loadScript('/t/late.js', { category: 'analytics' });
    await tick();
    expect(document.querySelector('script[src="/t/late.js"]')).toBeNull();
    consent.acceptAll();
    await tick();
    expect(document.querySelector('script[src="/t/late.js"]:not([type="text/plain"])')).not.toBeNull();
  });
});
