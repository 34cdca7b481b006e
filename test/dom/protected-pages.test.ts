// @vitest-environment jsdom
// @vitest-environment-options { "url": "http://clinic.test/" }
// Tracker-free and sensitive pages (R-HEALTH): what is granted elsewhere never runs here, and a single-page app
// that moves here after optional code ran loads the page anew.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent, memoryStorage, type Consent, type ConsentOptions } from '../../src';
import { page, recordRuns, report, tick } from '../helpers/dom';

const config = {
  links: { cookiePolicy: '/cookies', privacyPolicy: '/privacy' },
  trackerFreePaths: ['/portal/*', '/appointments/*'],
  sensitivePaths: ['/conditions/*'],
  categories: [
    { id: 'essential', required: true, title: 'Essential', description: '' },
    { id: 'analytics', title: 'Analytics', description: '', cookies: [{ name: '_pk_id' }] },
    { id: 'replay', title: 'Replay', description: '', sessionReplay: true },
  ],
};
// A decision granting everything, stored by an earlier page.
const granted = () => {
  const storage = memoryStorage();
  const earlier = createConsent(config, { storage, gate: false });
  earlier.acceptAll();
  earlier.destroy();
  return storage;
};
// Moves the address the way the browser does for back and forward, past any wrapper.
const travel = (path: string) => {
  History.prototype.replaceState.call(history, null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
};

let consent: Consent | undefined;
const start = (options: ConsentOptions = {}) => (consent = createConsent(config, { storage: granted(), ...options }));
afterEach(() => {
  consent?.destroy();
  consent = undefined;
  History.prototype.replaceState.call(history, null, '', '/');
  document.body.innerHTML = '';
  document.cookie = '_pk_id=; max-age=0; path=/';
});

describe('a tracker-free page', () => {
  it('runs no gated script of a granted category', async () => {
    History.prototype.replaceState.call(history, null, '', '/appointments/new');
    const runs = recordRuns();
    page(`<script type="text/plain" data-category="analytics">${report('analytics')}</script>`);
    start();
    await tick();
    expect(runs).toEqual([]);
  });

  it('answers isGranted with false for a granted category, and keeps the choice for the dialog', () => {
    start({ path: '/portal/inbox' });
    expect(consent!.isGranted('analytics')).toBe(false);
    expect(consent!.getState()).toMatchObject({ page: 'tracker-free', choices: { analytics: true } });
  });

  it('never calls whenGranted for a granted category', async () => {
    const fn = vi.fn();
    start({ path: '/portal/inbox' }).whenGranted('analytics', fn);
    await tick();
    expect(fn).not.toHaveBeenCalled();
  });

  it('stores a change made in its dialog without denying what the page holds back', () => {
    start({ path: '/portal/inbox' }).save({ replay: false });
    expect(consent!.getState().choices).toMatchObject({ analytics: true, replay: false });
  });

  it('deletes the cookies of a category the visitor withdraws there', async () => {
    document.cookie = '_pk_id=1; path=/';
    History.prototype.replaceState.call(history, null, '', '/portal/inbox');
    start().save({ analytics: false });
    await tick();
    expect(document.cookie).not.toContain('_pk_id');
  });
});

describe('in-place navigation into a tracker-free path', () => {
  it('loads the page anew instead of pushState, after optional code could run', () => {
    const leave = vi.fn();
    start({ onProtectedNavigation: leave });
    const length = history.length;
    history.pushState(null, '', '/appointments/new?doctor=7');
    expect(leave).toHaveBeenCalledWith(new URL('http://clinic.test/appointments/new?doctor=7'));
    expect([location.pathname, history.length]).toEqual(['/', length]);
  });

  it('loads the page anew instead of replaceState too', () => {
    const leave = vi.fn();
    start({ onProtectedNavigation: leave });
    history.replaceState(null, '', '/portal/');
    expect(leave).toHaveBeenCalledOnce();
    expect(location.pathname).toBe('/');
  });

  it('stays in place when nothing optional was granted on this page', () => {
    const leave = vi.fn();
    consent = createConsent(config, { storage: memoryStorage(), onProtectedNavigation: leave });
    history.pushState(null, '', '/portal/inbox');
    expect(leave).not.toHaveBeenCalled();
    expect(consent.getState().page).toBe('tracker-free');
  });

  it('loads the page anew on back or forward, before the app\'s own listener hears of it', () => {
    const leave = vi.fn();
    start({ onProtectedNavigation: leave });
    const app = vi.fn();
    window.addEventListener('popstate', app);
    travel('/portal/inbox');
    window.removeEventListener('popstate', app);
    expect(leave).toHaveBeenCalledWith(new URL('http://clinic.test/portal/inbox'));
    expect(app).not.toHaveBeenCalled();
  });

  it('keeps a router from taking over a link click into the path, leaving the browser\'s full load', () => {
    start({ onProtectedNavigation: vi.fn() });
    page('<a href="/portal/inbox">Inbox</a><a href="/about">About</a>');
    const router = vi.fn();
    document.addEventListener('click', router);
    const clicks = [...document.links].map((a) => {
      const click = new MouseEvent('click', { bubbles: true, cancelable: true });
      a.dispatchEvent(click);
      return click.defaultPrevented;
    });
    document.removeEventListener('click', router);
    expect(router.mock.calls.map(([e]) => (e.target as HTMLAnchorElement).pathname)).toEqual(['/about']);
    expect(clicks).toEqual([false, false]);
  });
});

describe('in-place navigation between other pages', () => {
  it('takes a pushState out of a tracker-free path, and runs the granted scripts there', async () => {
    History.prototype.replaceState.call(history, null, '', '/portal/inbox');
    const runs = recordRuns();
    page(`<script type="text/plain" data-category="analytics">${report('analytics')}</script>`);
    start();
    history.pushState(null, '', '/about');
    await tick();
    await tick();
    expect(consent!.getState().page).toBe('none');
    expect(runs).toEqual(['analytics']);
  });

  it('loads a sensitive page anew after session replay was granted here', () => {
    const leave = vi.fn();
    start({ onProtectedNavigation: leave });
    history.pushState(null, '', '/conditions/diabetes');
    expect(leave).toHaveBeenCalledOnce();
  });

  it('stays in place on the way to a sensitive page when session replay was never granted', () => {
    const leave = vi.fn();
    const storage = memoryStorage();
    const earlier = createConsent(config, { storage, gate: false });
    earlier.save({ analytics: true });
    earlier.destroy();
    consent = createConsent(config, { storage, onProtectedNavigation: leave });
    history.pushState(null, '', '/conditions/diabetes');
    expect(leave).not.toHaveBeenCalled();
    expect(consent.getState()).toMatchObject({ page: 'sensitive', categories: { analytics: true, replay: false } });
  });

  it('gives history its own pushState back on destroy()', () => {
    start();
    consent!.destroy();
    expect(history.pushState).toBe(History.prototype.pushState);
  });

  it('leaves history alone for a config without protected paths', () => {
    consent = createConsent({ ...config, trackerFreePaths: [], sensitivePaths: [] }, { storage: memoryStorage() });
    expect(history.pushState).toBe(History.prototype.pushState);
  });
});
