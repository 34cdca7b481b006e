// @vitest-environment jsdom
// @vitest-environment-options { "url": "http://www.clinic.test/appointments/" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGate } from '../../src/core/gate';
import type { Gate } from '../../src/core/gate';
import { fakeConsent } from '../helpers/fake-consent';
import { page, recordRuns, report, tick } from '../helpers/dom';

let gate: Gate | undefined;
afterEach(() => {
  gate?.destroy();
  gate = undefined;
  document.body.innerHTML = '';
  for (const name of document.cookie.split(/=[^;]*;? */).filter(Boolean)) {
    for (const d of ['', ';domain=clinic.test']) for (const p of ['/', '/appointments']) document.cookie = `${name}=;max-age=0;path=${p}${d}`;
  }
  localStorage.clear();
});
beforeEach(() => {
  vi.restoreAllMocks();
});

const categories = [
  { id: 'essential', required: true, cookies: [{ name: 'session' }] },
  {
    id: 'analytics',
    title: 'Analytics',
    cookies: [{ pattern: '^_ga' }, { name: 'visits', path: '/appointments' }],
    localStorage: [{ name: 'plausible_ignore' }, { pattern: '^_hj' }],
  },
  {
    id: 'marketing',
    title: 'Marketing',
    services: [{ id: 'meta-pixel', title: 'Meta Pixel', cookies: [{ name: '_fbp' }] }, { id: 'google-ads', title: 'Google Ads' }],
  },
];
const cookieNames = () => document.cookie.split(/=[^;]*;? */).filter(Boolean).sort();

describe('withdrawal (R-GDPR-18, R-CK-4)', () => {
  it('deletes declared cookies on the host and its parent domain, at / and at the declared path', async () => {
    document.cookie = '_ga=1;path=/;domain=clinic.test';
    document.cookie = '_ga_XXXX=2;path=/';
    document.cookie = '_ga_YYYY=3;path=/;domain=www.clinic.test';
    document.cookie = 'visits=4;path=/appointments';
    document.cookie = 'session=5;path=/';
    document.cookie = 'unrelated=6;path=/';
    const consent = fakeConsent(categories, { analytics: true });
    gate = createGate(consent, document, { reload: () => {} });
    consent.set({ analytics: false });
    await tick();
    expect(cookieNames()).toEqual(['session', 'unrelated']);
  });

  it('deletes the cookies of a withdrawn category\'s services too', async () => {
    document.cookie = '_fbp=1;path=/;domain=clinic.test';
    const consent = fakeConsent(categories, { marketing: true });
    gate = createGate(consent, document);
    consent.set({ marketing: false });
    await tick();
    expect(cookieNames()).toEqual([]);
  });

  it('deletes the cookies of a service withdrawn on its own', async () => {
    document.cookie = '_fbp=1;path=/';
    const consent = fakeConsent(categories, { marketing: true });
    gate = createGate(consent, document);
    consent.set({ 'meta-pixel': false });
    await tick();
    expect(consent.isGranted('marketing')).toBe(true);
    expect(cookieNames()).toEqual([]);
  });

  it('lets change listeners added later act before declared cookies are deleted (R-INT-11)', async () => {
    document.cookie = '_ga=1;path=/';
    const consent = fakeConsent(categories, { analytics: true });
    gate = createGate(consent, document);
    const seen: string[][] = [];
    consent.on('change', () => seen.push(cookieNames()));
    consent.set({ analytics: false });
    await tick();
    expect(seen).toEqual([['_ga']]);
    expect(cookieNames()).toEqual([]);
  });

  it('deletes declared localStorage keys by name and by pattern', async () => {
    localStorage.setItem('plausible_ignore', 'true');
    localStorage.setItem('_hjSession', '1');
    localStorage.setItem('cart', '2');
    const consent = fakeConsent(categories, { analytics: true });
    gate = createGate(consent, document);
    consent.set({ analytics: false });
    await tick();
    expect(Object.keys(localStorage)).toEqual(['cart']);
  });

  it('deletes nothing of a category that was never granted', async () => {
    document.cookie = '_ga=1;path=/';
    const consent = fakeConsent(categories);
    gate = createGate(consent, document);
    consent.set({ marketing: false });
    await tick();
    expect(cookieNames()).toEqual(['_ga']);
  });

  it('reloads the page when a script of the withdrawn category already ran', async () => {
    page(`<script type="text/plain" data-category="analytics">${report('a')}</script>`);
    const reload = vi.fn();
    const onWithdraw = vi.fn();
    const consent = fakeConsent(categories, { analytics: true });
    gate = createGate(consent, document, { reload, onWithdraw });
    await tick();
    consent.set({ analytics: false });
    await tick();
    expect(onWithdraw).toHaveBeenCalledWith({ withdrawn: ['analytics'], ran: true });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload when nothing of the withdrawn category ran, but still tells onWithdraw', async () => {
    page(`<script type="text/plain" data-category="marketing">${report('m')}</script>`);
    const reload = vi.fn();
    const onWithdraw = vi.fn();
    const consent = fakeConsent(categories, { analytics: true });
    gate = createGate(consent, document, { reload, onWithdraw });
    await tick();
    consent.set({ analytics: false });
    await tick();
    expect(onWithdraw).toHaveBeenCalledWith({ withdrawn: ['analytics'], ran: false });
    expect(reload).not.toHaveBeenCalled();
  });

  it('only tells onWithdraw when reloadOnWithdraw is false', async () => {
    page(`<script type="text/plain" data-category="analytics">${report('a')}</script>`);
    const reload = vi.fn();
    const onWithdraw = vi.fn();
    const consent = fakeConsent(categories, { analytics: true });
    gate = createGate(consent, document, { reload, onWithdraw, reloadOnWithdraw: false });
    await tick();
    consent.set({ analytics: false });
    await tick();
    expect(onWithdraw).toHaveBeenCalledWith({ withdrawn: ['analytics'], ran: true });
    expect(reload).not.toHaveBeenCalled();
  });

  it('does not count a "!category" script as having run for that category', async () => {
    page(`<script type="text/plain" data-category="!analytics">${report('fallback')}</script>`);
    const reload = vi.fn();
    const consent = fakeConsent(categories);
    gate = createGate(consent, document, { reload });
    await tick();
    consent.set({ analytics: true });
    await tick();
    consent.set({ analytics: false });
    await tick();
    expect(reload).not.toHaveBeenCalled();
  });

  it('never loads gated elements that had not loaded before the withdrawal', async () => {
    const log = recordRuns();
    const consent = fakeConsent(categories, { analytics: true });
    gate = createGate(consent, document, { reload: () => {} });
    consent.set({ analytics: false });
    await tick();
    document.body.insertAdjacentHTML(
      'beforeend',
      `<img data-category="analytics" data-src="/t/p.gif"><script type="text/plain" data-category="analytics">${report('a')}</script>`,
    );
    await tick();
    expect(document.querySelector('img')!.hasAttribute('src')).toBe(false);
    expect(log).toEqual([]);
  });
});
