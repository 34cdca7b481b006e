// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { mountUi } from './setup';

const banner = () => screen.getByRole('region', { name: 'Cookies on this website' });
const button = (name: string) => within(banner()).getByRole('button', { name });

describe('the first layer', () => {
  it('shows while the visitor has not decided, as a region named by its heading (R-A11Y-1)', () => {
    mountUi();
    expect(within(banner()).getByRole('heading', { level: 2, name: 'Cookies on this website' })).toBeTruthy();
  });

  it('is not shown to a visitor who already decided', () => {
    mountUi({}, { decided: 'reject' });
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('offers Accept all, Reject all and Manage preferences as buttons in one container (R-GDPR-3, R-GDPR-6, R-GDPR-12)', () => {
    mountUi();
    const buttons = ['Accept all', 'Reject all', 'Manage preferences'].map(button);
    expect(buttons.every((b) => b.tagName == 'BUTTON' && b.parentElement == buttons[0]!.parentElement)).toBe(true);
  });

  it('gives Accept all and Reject all the same element, attributes and classes, so the same styles (R-GDPR-3)', () => {
    mountUi();
    const attrs = (el: Element) => [...el.attributes].filter((a) => a.name != 'data-action').map((a) => `${a.name}=${a.value}`);
    expect(attrs(button('Reject all'))).toEqual(attrs(button('Accept all')));
  });

  it('names every optional purpose in one short list, and not the essential one (R-GDPR-11)', () => {
    mountUi();
    expect(banner().textContent).toContain('and, if you agree, for Analytics and Marketing.');
    expect(banner().textContent).not.toContain('Essential');
  });

  it('leaves the descriptions of the purposes to the dialog, to stay short (R-GDPR-11)', () => {
    mountUi();
    expect(banner().textContent).not.toContain('Help us understand how visitors use the site.');
  });

  it('names the purposes in the language of the texts (R-GDPR-22)', () => {
    document.documentElement.lang = 'de';
    mountUi();
    expect(screen.getByRole('region', { name: 'Cookies auf dieser Website' }).textContent).toContain('Einwilligung, für Analytics und Marketing.');
  });

  it('says choices can be changed or withdrawn at any time, and where (R-GDPR-11)', () => {
    mountUi();
    expect(banner().textContent).toMatch(/Change or withdraw consent at any time in “Cookie settings”/);
  });

  it('links the configured Cookie Policy and Privacy Policy (R-GDPR-11, R-A11Y-17)', () => {
    mountUi();
    expect(within(banner()).getByRole('link', { name: 'Cookie Policy' }).getAttribute('href')).toBe('/cookie-policy');
    expect(within(banner()).getByRole('link', { name: 'Privacy Policy' }).getAttribute('href')).toBe('/privacy-policy');
  });

  it('records accept-all with one click and hides itself (R-GDPR-5)', () => {
    const { consent } = mountUi();
    fireEvent.click(button('Accept all'));
    expect(consent.getState().categories).toEqual({ essential: true, analytics: true, marketing: true });
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('records reject-all with one click (R-GDPR-5)', () => {
    const { consent } = mountUi();
    fireEvent.click(button('Reject all'));
    expect(consent.getState()).toMatchObject({ decided: true, categories: { analytics: false, marketing: false } });
  });

  it('records nothing on Escape, scrolling or clicks elsewhere (R-GDPR-9, R-A11Y-4)', () => {
    const { consent } = mountUi();
    document.body.insertAdjacentHTML('beforeend', '<main><p>Article</p></main>');
    fireEvent.keyDown(button('Accept all'), { key: 'Escape' });
    fireEvent.keyDown(document, { key: 'Escape' });
    fireEvent.scroll(window);
    fireEvent.click(document.querySelector('main p')!);
    expect(consent.needsDecision()).toBe(true);
    expect(banner()).toBeTruthy();
  });

  it('shows again after reset()', () => {
    const { consent } = mountUi({}, { decided: 'accept' });
    act(() => consent.reset());
    expect(banner()).toBeTruthy();
  });

  it('moves focus to where the UI sits in the page after a decision taken inside it, never losing it (R-A11Y-5)', () => {
    document.body.innerHTML = '<main>Article</main>';
    mountUi();
    button('Reject all').focus();
    fireEvent.click(button('Reject all'));
    expect(document.activeElement).toBe(document.querySelector('[data-part="root"]'));
  });

  it('lets go of that place once focus moves on, so later clicks in the UI do not take focus there (R-A11Y-5)', () => {
    document.body.innerHTML = '<main><a href="/">Home</a></main>';
    mountUi();
    button('Reject all').focus();
    fireEvent.click(button('Reject all'));
    screen.getByRole('link', { name: 'Home' }).focus();
    expect(document.querySelector('[data-part="root"]')!.hasAttribute('tabindex')).toBe(false);
  });

  it('leaves focus alone after a decision taken elsewhere, through the API', () => {
    document.body.innerHTML = '<main><a href="/">Home</a></main>';
    const { consent } = mountUi();
    screen.getByRole('link', { name: 'Home' }).focus();
    act(() => consent.acceptAll());
    expect(document.activeElement!.textContent).toBe('Home');
  });

  it('comes first in the page, so keyboard users reach it first (R-A11Y-2)', () => {
    document.body.innerHTML = '<header><a href="/">Home</a></header>';
    mountUi();
    expect(document.body.firstElementChild!.contains(banner())).toBe(true);
  });

  it('does not take focus when it is not blocking (R-A11Y-2)', () => {
    document.body.innerHTML = '<a href="/" id="home">Home</a>';
    document.getElementById('home')!.focus();
    mountUi();
    expect(document.activeElement!.id).toBe('home');
  });

  it('is a modal dialog that takes focus and makes the page inert with ui.blocking (R-A11Y-1, R-A11Y-2)', () => {
    document.body.innerHTML = '<main><a href="/">Home</a></main>';
    mountUi({ ui: { blocking: true } });
    const dialog = screen.getByRole('dialog', { name: 'Cookies on this website' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(document.querySelector('main')!.hasAttribute('inert')).toBe(true);
  });

  it('is a modal dialog in the middle of the screen with ui.position "center" (R-A11Y-1)', () => {
    document.body.innerHTML = '<main><a href="/">Home</a></main>';
    mountUi({ ui: { position: 'center' } });
    expect(screen.getByRole('dialog', { name: 'Cookies on this website' }).getAttribute('aria-modal')).toBe('true');
    expect(document.querySelector('main')!.hasAttribute('inert')).toBe(true);
  });

  it('sits where ui.layout and ui.position say, for the stylesheet', () => {
    mountUi({ ui: { layout: 'bar', position: 'top' } });
    const frame = document.querySelector('[data-part="banner-frame"]')!;
    expect([frame.getAttribute('data-layout'), frame.getAttribute('data-position')]).toEqual(['bar', 'top']);
  });

  it('is a box at the bottom by default', () => {
    mountUi();
    const frame = document.querySelector('[data-part="banner-frame"]')!;
    expect([frame.getAttribute('data-layout'), frame.getAttribute('data-position')]).toEqual(['box', 'bottom']);
  });

  it('marks the root with an explicit ui.theme, and leaves "auto" to the visitor\'s system setting', () => {
    mountUi({ ui: { theme: 'dark' } });
    expect(document.querySelector('[data-part="root"]')!.getAttribute('data-theme')).toBe('dark');
  });

  it('reserves room at the end of the page while it is shown, so the last links can scroll clear of it (R-A11Y-10)', () => {
    mountUi();
    expect(document.body.lastElementChild!.getAttribute('data-part')).toBe('spacer');
    expect(document.body.lastElementChild!.getAttribute('aria-hidden')).toBe('true');
  });

  it('reserves that room at the start of the page for a banner at the top, before the UI (R-A11Y-2, R-A11Y-10)', () => {
    mountUi({ ui: { position: 'top' } });
    expect(document.body.firstElementChild!.getAttribute('data-part')).toBe('spacer');
    expect(document.body.children[1]!.getAttribute('data-part')).toBe('root');
  });

  it('uses the configured heading level (R-A11Y-17)', () => {
    mountUi({ ui: { headingLevel: 3 } });
    expect(within(banner()).getByRole('heading', { level: 3 })).toBeTruthy();
  });
});
