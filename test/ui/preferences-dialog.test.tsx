// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { mountUi } from './setup';

const dialog = () => screen.getByRole('dialog', { name: 'Manage your cookie preferences' });
const inDialog = () => within(dialog());
const switchFor = (name: string) => inDialog().getByRole('switch', { name });
const openFromBanner = () => fireEvent.click(screen.getByRole('button', { name: 'Manage preferences' }));
const details = () => dialog().querySelectorAll('details').forEach((d) => (d.open = true));

describe('the preferences dialog', () => {
  it('opens from "Manage preferences" as a modal dialog labelled and described (R-A11Y-1)', () => {
    mountUi();
    openFromBanner();
    expect(dialog().getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog().getAttribute('aria-describedby')!)!.textContent).toMatch(/^Choose which optional cookies/);
  });

  it('moves focus into itself on open (R-A11Y-2)', () => {
    mountUi();
    openFromBanner();
    expect(dialog().contains(document.activeElement)).toBe(true);
  });

  it('makes the page behind it inert, but never itself (R-A11Y-3, R-A11Y-19)', () => {
    document.body.innerHTML = '<header>Clinic</header><main><a href="/">Home</a></main>';
    mountUi();
    openFromBanner();
    expect([...document.querySelectorAll('header, main')].every((el) => el.hasAttribute('inert'))).toBe(true);
    expect(dialog().closest('[inert]')).toBeNull();
  });

  it('shows one switch per category, named by its title (R-A11Y-7)', () => {
    mountUi();
    openFromBanner();
    expect(inDialog().getAllByRole('switch').map((s) => s.getAttribute('aria-labelledby') && s.textContent === '')).toHaveLength(4);
    expect(['Essential', 'Analytics', 'Marketing'].map((n) => switchFor(n).tagName)).toEqual(['BUTTON', 'BUTTON', 'BUTTON']);
  });

  it('starts every optional switch off for an undecided visitor (R-GDPR-7)', () => {
    mountUi();
    openFromBanner();
    expect(['Analytics', 'Marketing', 'Meta Pixel'].map((n) => switchFor(n).getAttribute('aria-checked'))).toEqual(['false', 'false', 'false']);
  });

  it('shows the stored choice to a visitor who decided (R-GDPR-7, R-GDPR-16)', () => {
    const { consent, ui } = mountUi();
    act(() => consent.save({ analytics: true }));
    act(() => ui.openPreferences());
    expect(switchFor('Analytics').getAttribute('aria-checked')).toBe('true');
    expect(switchFor('Marketing').getAttribute('aria-checked')).toBe('false');
  });

  it('shows Essential on and locked, with the reason (R-GDPR-8, R-A11Y-7)', () => {
    const { consent } = mountUi();
    openFromBanner();
    const essential = switchFor('Essential');
    expect([essential.getAttribute('aria-checked'), essential.getAttribute('aria-disabled')]).toEqual(['true', 'true']);
    fireEvent.click(essential);
    expect(essential.getAttribute('aria-checked')).toBe('true');
    expect(essential.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent).join(' ')).toMatch(
      /cannot work without these cookies/,
    );
    expect(consent.needsDecision()).toBe(true);
  });

  it('toggles a switch without saving, closing or navigating (R-A11Y-8)', () => {
    const { consent } = mountUi();
    openFromBanner();
    fireEvent.click(switchFor('Analytics'));
    expect(switchFor('Analytics').getAttribute('aria-checked')).toBe('true');
    expect(consent.needsDecision()).toBe(true);
    expect(dialog()).toBeTruthy();
  });

  it('lists a category\'s services, each with its own switch that follows the category', () => {
    mountUi();
    openFromBanner();
    details();
    fireEvent.click(switchFor('Marketing'));
    expect(switchFor('Meta Pixel').getAttribute('aria-checked')).toBe('true');
  });

  it('lists declared cookies with a readable name, provider, purpose and duration (R-GDPR-15)', () => {
    mountUi();
    openFromBanner();
    const list = dialog().querySelector('[data-part="cookie"]')!;
    expect([...list.querySelectorAll('div')].map((row) => row.textContent)).toEqual([
      'Namenames starting with _ga',
      'ProviderGoogle',
      'PurposeStatistics',
      'Duration2 years',
    ]);
  });

  it('lists each cookie under the service that sets it, and the category\'s own under the category', () => {
    mountUi({
      categories: [
        { id: 'essential', required: true, title: 'Essential', description: 'Needed.' },
        {
          id: 'analytics',
          title: 'Analytics',
          description: 'Counts visits.',
          cookies: [{ name: 'visits', provider: 'This site' }],
          services: [
            { id: 'google-analytics', title: 'Google Analytics', cookies: [{ pattern: '^_ga', provider: 'Google' }] },
            { id: 'matomo', title: 'Matomo', cookies: [{ pattern: '^_pk_id', provider: 'Matomo' }] },
          ],
        },
      ],
    });
    openFromBanner();
    const names = (el: Element) => [...el.querySelectorAll('[data-part="cookie"] > div:first-child > dd')].map((dd) => dd.textContent);
    const service = (name: string) => switchFor(name).closest('[data-part="service"]')!;
    expect(names(service('Google Analytics'))).toEqual(['names starting with _ga']);
    expect(names(service('Matomo'))).toEqual(['names starting with _pk_id']);
    const own = [...dialog().querySelectorAll('[data-part="cookie"]')].filter((dl) => !dl.closest('[data-part="service"]'));
    expect(own.map((dl) => dl.querySelector('dd')!.textContent)).toEqual(['visits']);
  });

  it('saves exactly the switched choice with "Save preferences" and closes', () => {
    const { consent } = mountUi();
    openFromBanner();
    fireEvent.click(switchFor('Analytics'));
    fireEvent.click(inDialog().getByRole('button', { name: 'Save preferences' }));
    expect(consent.getState().categories).toEqual({ essential: true, analytics: true, marketing: false });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('has Accept all and Reject all that decide at once', () => {
    const { consent } = mountUi();
    openFromBanner();
    fireEvent.click(inDialog().getByRole('button', { name: 'Accept all' }));
    expect(consent.getState().categories.marketing).toBe(true);
  });

  it('announces the save in a polite status message, without taking focus (R-A11Y-16)', () => {
    mountUi();
    openFromBanner();
    fireEvent.click(inDialog().getByRole('button', { name: 'Reject all' }));
    expect(screen.getByRole('status').textContent).toBe('Your cookie preferences have been saved.');
    expect(screen.getByRole('status').contains(document.activeElement)).toBe(false);
  });

  it('closes on Escape without saving and returns focus to the opener (R-A11Y-4, R-A11Y-5, R-GDPR-9)', () => {
    const { consent } = mountUi();
    const manage = screen.getByRole('button', { name: 'Manage preferences' });
    manage.focus();
    fireEvent.click(manage);
    fireEvent.click(switchFor('Analytics'));
    fireEvent.keyDown(switchFor('Analytics'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(consent.needsDecision()).toBe(true);
    expect(document.activeElement).toBe(manage);
  });

  it('closes with its close button without saving', () => {
    const { consent } = mountUi();
    openFromBanner();
    fireEvent.click(inDialog().getByRole('button', { name: 'Close without saving' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(consent.needsDecision()).toBe(true);
  });

  it('wraps Tab from the last control to the first, and Shift+Tab from the first to the last (R-A11Y-3)', () => {
    mountUi();
    openFromBanner();
    const close = inDialog().getByRole('button', { name: 'Close without saving' });
    const save = inDialog().getByRole('button', { name: 'Save preferences' });
    save.focus();
    fireEvent.keyDown(save, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(save);
  });

  it('names each disclosure after what it holds: services and cookies, services, or cookies', () => {
    mountUi({
      categories: [
        { id: 'essential', required: true, title: 'Essential', description: 'Needed.', cookies: [{ name: 'consentry' }] },
        { id: 'media', title: 'External media', description: 'Maps.', services: [{ id: 'osm', title: 'OpenStreetMap' }] },
        { id: 'marketing', title: 'Marketing', description: 'Ads.', services: [{ id: 'meta', title: 'Meta', cookies: [{ name: '_fbp' }] }] },
      ],
    });
    openFromBanner();
    expect([...dialog().querySelectorAll('summary')].map((s) => s.textContent)).toEqual(['Cookies', 'Services', 'Services and cookies']);
  });

  it('orders its buttons as the banner does: Accept all, Reject all, then the third choice', () => {
    mountUi();
    openFromBanner();
    const actions = dialog().querySelector('[data-part="actions"]')!;
    expect([...actions.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Save preferences']);
  });

  it('draws a divider under its header only once its body has scrolled', () => {
    mountUi();
    openFromBanner();
    const body = dialog().querySelector<HTMLElement>('[data-part="dialog-body"]')!;
    expect(body.dataset.state).toBeUndefined();
    body.scrollTop = 40;
    fireEvent.scroll(body);
    expect(body.dataset.state).toBe('scrolled');
  });

  it('lifts inertness from the page when it closes', () => {
    document.body.innerHTML = '<main>Article</main>';
    const { ui } = mountUi({}, { decided: 'reject' });
    act(() => ui.openPreferences());
    fireEvent.keyDown(dialog(), { key: 'Escape' });
    expect(document.querySelector('[inert]')).toBeNull();
  });
});
