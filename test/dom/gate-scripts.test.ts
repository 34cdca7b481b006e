// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGate } from '../../src/core/gate';
import type { Gate, WithdrawEvent } from '../../src/core/gate';
import { fakeConsent } from '../helpers/fake-consent';
import { activated, finishLoading, page, recordRuns, report, tick } from '../helpers/dom';

let gate: Gate | undefined;
let log: string[] = [];
const ranLog = () => log;
const inline = (cat: string, name: string, extra = '') =>
  `<script type="text/plain" data-category="${cat}" ${extra}>${report(name)}</script>`;

beforeEach(() => {
  log = recordRuns();
});
afterEach(() => {
  gate?.destroy();
  gate = undefined;
  document.head.innerHTML = document.body.innerHTML = '';
});

describe('gated scripts (R-INT-10)', () => {
  it('does not run a gated inline script before its category is granted', async () => {
    page(inline('analytics', 'a'));
    gate = createGate(fakeConsent(), document);
    await tick();
    expect(ranLog()).toEqual([]);
    expect(document.querySelectorAll('script[type="text/plain"]')).toHaveLength(1);
  });

  it('runs a gated inline script exactly once when its category is granted', async () => {
    page(inline('analytics', 'a'));
    const consent = fakeConsent();
    gate = createGate(consent, document);
    consent.set({ analytics: true });
    await tick();
    expect(ranLog()).toEqual(['a']);
  });

  it('requests no gated external script before consent', async () => {
    page('<script type="text/plain" data-category="analytics" src="/t/a.js"></script>');
    gate = createGate(fakeConsent(), document);
    await tick();
    expect(activated('/t/a.js')).toBeNull();
  });

  it('runs gated scripts in document order, each external one loading before the next script runs', async () => {
    page(
      '<script type="text/plain" data-category="analytics" src="/t/a.js"></script>' +
        inline('analytics', 'b') +
        '<script type="text/plain" data-category="analytics" data-src="/t/c.js"></script>' +
        inline('analytics', 'd'),
    );
    const consent = fakeConsent();
    gate = createGate(consent, document);
    consent.set({ analytics: true });
    await tick();
    expect(activated('/t/a.js')).not.toBeNull();
    expect(ranLog()).toEqual([]);
    expect(activated('/t/c.js')).toBeNull();

    finishLoading('/t/a.js');
    await tick();
    expect(ranLog()).toEqual(['b']);
    expect(activated('/t/c.js')).not.toBeNull();

    finishLoading('/t/c.js');
    await tick();
    expect(ranLog()).toEqual(['b', 'd']);
  });

  it('runs a batch of 200 gated inline scripts once each, in document order', async () => {
    const names = Array.from({ length: 200 }, (_, i) => `s${i}`);
    page(names.map((n) => inline('analytics', n)).join(''));
    const consent = fakeConsent();
    gate = createGate(consent, document);
    consent.set({ analytics: true });
    await tick();
    expect(ranLog()).toEqual(names);
  });

  it('holds every inline script after an external one, not only the next, until it has loaded', async () => {
    page(inline('analytics', 'a') + '<script type="text/plain" data-category="analytics" src="/t/b.js"></script>' + inline('analytics', 'c') + inline('analytics', 'd'));
    const consent = fakeConsent();
    gate = createGate(consent, document);
    consent.set({ analytics: true });
    await tick();
    expect(ranLog()).toEqual(['a']);
    finishLoading('/t/b.js');
    await tick();
    expect(ranLog()).toEqual(['a', 'c', 'd']);
  });

  it('queues a gated script added while an external one loads behind the scripts already waiting', async () => {
    page('<script type="text/plain" data-category="analytics" src="/t/a.js"></script>' + inline('analytics', 'b'));
    const consent = fakeConsent();
    gate = createGate(consent, document);
    consent.set({ analytics: true });
    await tick();
    document.body.insertAdjacentHTML('afterbegin', '<p></p>');
    const late = Object.assign(document.createElement('script'), { type: 'text/plain', text: report('late') });
    late.dataset.category = 'analytics';
    document.body.prepend(late);
    await tick();
    expect(ranLog()).toEqual([]);
    finishLoading('/t/a.js');
    await tick();
    expect(ranLog()).toEqual(['b', 'late']);
  });

  it('treats a waiting script removed before its turn as never run: withdrawing its category needs no reload', async () => {
    page('<script type="text/plain" data-category="analytics" src="/t/a.js"></script>' + inline('marketing', 'b', 'id="b"') + inline('analytics', 'c'));
    const consent = fakeConsent();
    const withdrawals: WithdrawEvent[] = [];
    gate = createGate(consent, document, { onWithdraw: (e) => withdrawals.push(e), reload: () => {} });
    consent.set({ analytics: true, marketing: true });
    await tick();
    document.getElementById('b')!.remove();
    finishLoading('/t/a.js');
    await tick();
    consent.set({ analytics: true, marketing: false });
    await tick();
    expect(ranLog()).toEqual(['c']);
    expect(withdrawals.map((e) => e.ran)).toEqual([false]);
  });

  it('runs none of the rest of a batch after a script in it withdraws consent', async () => {
    page(inline('analytics', 'a') + `<script type="text/plain" data-category="analytics">document.dispatchEvent(new Event('withdraw'))</script>` + inline('analytics', 'c'));
    const consent = fakeConsent();
    gate = createGate(consent, document, { reload: () => {} });
    const withdraw = () => consent.set({ analytics: false });
    document.addEventListener('withdraw', withdraw);
    try {
      consent.set({ analytics: true });
      await tick();
    } finally {
      document.removeEventListener('withdraw', withdraw);
    }
    expect(ranLog()).toEqual(['a']);
  });

  it("keeps the page's own onload attribute working on an external script", async () => {
    page(`<script type="text/plain" data-category="analytics" src="/t/a.js" onload="${report('onload')}"></script>` + inline('analytics', 'b'));
    const consent = fakeConsent();
    gate = createGate(consent, document);
    consent.set({ analytics: true });
    await tick();
    finishLoading('/t/a.js');
    await tick();
    expect(ranLog()).toEqual(['onload', 'b']);
  });

  it('moves on to the next gated script when an external one fails to load', async () => {
    page('<script type="text/plain" data-category="analytics" src="/t/a.js"></script>' + inline('analytics', 'b'));
    const consent = fakeConsent();
    gate = createGate(consent, document);
    consent.set({ analytics: true });
    await tick();
    finishLoading('/t/a.js', 'error');
    await tick();
    expect(ranLog()).toEqual(['b']);
  });

  it('keeps async, defer, integrity, crossorigin, referrerpolicy, data-* and the nonce on the activated script', async () => {
    page(
      '<script type="text/plain" data-category="analytics" src="/t/a.js" async defer integrity="sha384-x" ' +
        'crossorigin="anonymous" referrerpolicy="no-referrer" data-id="G-1" nonce="n0nce"></script>',
    );
    // Browsers blank the nonce attribute after parsing; only the property keeps the value.
    const original = document.querySelector('script')!;
    original.setAttribute('nonce', '');
    original.nonce = 'n0nce';
    const consent = fakeConsent();
    gate = createGate(consent, document);
    consent.set({ analytics: true });
    await tick();
    const s = activated('/t/a.js')!;
    expect(s.hasAttribute('async')).toBe(true);
    expect(s.hasAttribute('defer')).toBe(true);
    expect(s.getAttribute('integrity')).toBe('sha384-x');
    expect(s.getAttribute('crossorigin')).toBe('anonymous');
    expect(s.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(s.dataset.id).toBe('G-1');
    expect(s.dataset.category).toBe('analytics');
    expect(s.nonce).toBe('n0nce');
  });

  it('restores the original type from data-type, e.g. module', async () => {
    page('<script type="text/plain" data-type="module" data-category="analytics" src="/t/m.js"></script>');
    const consent = fakeConsent();
    gate = createGate(consent, document);
    consent.set({ analytics: true });
    await tick();
    expect(activated('/t/m.js')!.type).toBe('module');
  });

  it('runs nothing twice when the same state is applied again', async () => {
    page(inline('analytics', 'a') + '<script type="text/plain" data-category="analytics" src="/t/a.js"></script>');
    const consent = fakeConsent();
    gate = createGate(consent, document);
    consent.set({ analytics: true });
    await tick();
    finishLoading('/t/a.js');
    consent.set({ analytics: true });
    consent.set({ marketing: true });
    await tick();
    expect(ranLog()).toEqual(['a']);
    expect(document.querySelectorAll('script[src="/t/a.js"]')).toHaveLength(1);
  });

  it('runs a "!category" script only while that category is denied', async () => {
    page(inline('!marketing', 'fallback') + inline('marketing', 'pixel'));
    const denied = fakeConsent();
    gate = createGate(denied, document);
    await tick();
    expect(ranLog()).toEqual(['fallback']);
    gate.destroy();

    log.length = 0;
    page(inline('!marketing', 'fallback') + inline('marketing', 'pixel'));
    gate = createGate(fakeConsent(undefined, { marketing: true }), document);
    await tick();
    expect(ranLog()).toEqual(['pixel']);
  });

  it('decides a data-service script by the service grant, not the whole category', async () => {
    page(inline('marketing', 'meta', 'data-service="meta-pixel"') + inline('marketing', 'yt', 'data-service="youtube"'));
    const consent = fakeConsent();
    gate = createGate(consent, document);
    consent.set({ marketing: true, 'meta-pixel': false });
    await tick();
    expect(ranLog()).toEqual(['yt']);
  });

  it('holds a gated script added later and runs it on grant, with no rescan call', async () => {
    const consent = fakeConsent();
    gate = createGate(consent, document);
    document.body.insertAdjacentHTML('beforeend', '<div></div>');
    const late = document.createElement('script');
    late.type = 'text/plain';
    late.dataset.category = 'analytics';
    late.text = report('late');
    document.body.append(late);
    await tick();
    expect(ranLog()).toEqual([]);
    consent.set({ analytics: true });
    await tick();
    expect(ranLog()).toEqual(['late']);
  });

  it('runs a gated script added after the grant as soon as it is inserted', async () => {
    const consent = fakeConsent(undefined, { analytics: true });
    gate = createGate(consent, document);
    document.body.insertAdjacentHTML('beforeend', '<p></p>');
    const late = Object.assign(document.createElement('script'), { type: 'text/plain', text: report('late') });
    late.dataset.category = 'analytics';
    document.body.append(late);
    await tick();
    expect(ranLog()).toEqual(['late']);
  });

  it('never runs a queued script whose category is withdrawn before its turn (R-GDPR-18)', async () => {
    page('<script type="text/plain" data-category="analytics" src="/t/a.js"></script>' + inline('analytics', 'b'));
    const consent = fakeConsent();
    gate = createGate(consent, document, { reload: () => {} });
    consent.set({ analytics: true });
    await tick();
    consent.set({ analytics: false });
    finishLoading('/t/a.js');
    await tick();
    expect(ranLog()).toEqual([]);
  });

  it('waits for DOMContentLoaded while the document is still being parsed', async () => {
    page(inline('analytics', 'a'));
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      gate = createGate(fakeConsent(undefined, { analytics: true }), document);
      await tick();
      expect(ranLog()).toEqual([]);
    } finally {
      delete (document as { readyState?: string }).readyState;
    }
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await tick();
    expect(ranLog()).toEqual(['a']);
  });

  it('activates nothing after destroy()', async () => {
    page(inline('analytics', 'a'));
    const consent = fakeConsent();
    gate = createGate(consent, document);
    gate.destroy();
    consent.set({ analytics: true });
    document.body.insertAdjacentHTML('beforeend', '<p></p>');
    await tick();
    expect(ranLog()).toEqual([]);
  });
});

describe('loadScript()', () => {
  it('resolves with the real script once its category is granted and it has loaded', async () => {
    const consent = fakeConsent();
    gate = createGate(consent, document);
    const loaded = gate.loadScript('/t/api.js', { category: 'analytics', attributes: { 'data-id': 'x' } });
    await tick();
    expect(activated('/t/api.js')).toBeNull();
    consent.set({ analytics: true });
    await tick();
    finishLoading('/t/api.js');
    const s = await loaded;
    expect(s.src).toMatch(/\/t\/api\.js$/);
    expect(s.dataset.id).toBe('x');
  });

  it('settles its promise before the gated scripts after it run', async () => {
    page(inline('analytics', 'after'));
    const consent = fakeConsent();
    gate = createGate(consent, document);
    const loaded = gate.loadScript('/t/api.js', { category: 'analytics' }).then(() => log.push('resolved'));
    consent.set({ analytics: true });
    await tick();
    finishLoading('/t/api.js');
    await loaded;
    await tick();
    expect(ranLog()).toEqual(['resolved', 'after']);
  });

  it('rejects when the script fails to load', async () => {
    const consent = fakeConsent(undefined, { analytics: true });
    gate = createGate(consent, document);
    const loaded = gate.loadScript('/t/api.js', { category: 'analytics' });
    await tick();
    finishLoading('/t/api.js', 'error');
    await expect(loaded).rejects.toBeTruthy();
  });

  it('rejects at once with a TypeError naming the known categories for an unknown category, and adds nothing', async () => {
    gate = createGate(fakeConsent(), document);
    const loaded = gate.loadScript('/t/api.js', { category: 'anlytics' });
    await expect(loaded).rejects.toThrow(new TypeError('consentry: unknown category "anlytics" in loadScript(); known: essential, analytics, marketing'));
    expect(document.querySelector('script')).toBeNull();
  });

  it('checks a "!" category without its "!"', async () => {
    gate = createGate(fakeConsent(), document);
    await expect(gate.loadScript('/t/api.js', { category: '!anlytics' })).rejects.toThrow('unknown category "anlytics"');
  });

  it("rejects at once with a TypeError naming the category's services for an unknown service", async () => {
    gate = createGate(fakeConsent(), document);
    await expect(gate.loadScript('/t/api.js', { category: 'marketing', service: 'booking' })).rejects.toThrow(
      new TypeError('consentry: unknown service "booking" in loadScript() for category "marketing"; known: youtube, meta-pixel'),
    );
  });

  it('rejects a service of another category', async () => {
    gate = createGate(fakeConsent(), document);
    await expect(gate.loadScript('/t/api.js', { category: 'analytics', service: 'youtube' })).rejects.toThrow(
      'consentry: unknown service "youtube" in loadScript() for category "analytics"; known: (none)',
    );
  });

  it('accepts a service of its category', async () => {
    const consent = fakeConsent(undefined, { marketing: true });
    gate = createGate(consent, document);
    const loaded = gate.loadScript('/t/yt.js', { category: 'marketing', service: 'youtube' });
    await tick();
    finishLoading('/t/yt.js');
    await expect(loaded).resolves.toBeTruthy();
  });
});
