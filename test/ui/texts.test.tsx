// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { EMBED_TEXTS } from '../../src/core/gate/placeholder-texts';
import { createConsent, memoryStorage } from '../../src';
import { locales, mountConsentUI, TEXT_KEYS } from '../../src/ui';
import { clinicConfig } from '../helpers/configs';
import { impliesConsent } from '../../src/ui/validate-ui';
import { mountUi } from './setup';

const root = () => document.querySelector<HTMLElement>('[data-part="root"]')!;
const hostile = '<img src=x onerror=alert(1)>';

describe('texts and languages', () => {
  it.each(Object.entries(locales))('has every text in %s, with the core\'s embed texts (R-GDPR-22)', (lang, texts) => {
    expect([...Object.keys(texts), ...Object.keys(EMBED_TEXTS[lang]!)].sort()).toEqual([...TEXT_KEYS].sort());
    expect(Object.values(texts).every((t) => t.trim() != '')).toBe(true);
  });

  it.each(Object.entries(locales))('never treats using the site as consent in %s (R-GDPR-10)', (_, texts) => {
    expect(Object.values(texts).filter((t) => impliesConsent(t))).toEqual([]);
    expect(Object.values(texts).join(' ')).not.toMatch(/by using our site/i);
  });

  it('uses the page language from <html lang> (R-GDPR-22)', () => {
    document.documentElement.lang = 'de';
    mountUi();
    expect(screen.getByRole('button', { name: 'Alle ablehnen' })).toBeTruthy();
    expect(root().hasAttribute('lang')).toBe(false);
  });

  it('prefers the config language over the page, and marks the root with it (R-A11Y-18)', () => {
    document.documentElement.lang = 'en';
    mountUi({ language: 'fr' });
    expect(screen.getByRole('button', { name: 'Tout refuser' })).toBeTruthy();
    expect(root().lang).toBe('fr');
  });

  it('falls back from pt-BR to pt', () => {
    document.documentElement.lang = 'pt-BR';
    mountUi();
    expect(screen.getByRole('button', { name: 'Rejeitar todos' })).toBeTruthy();
  });

  it('falls back to English for a language without texts, saying so with lang (R-A11Y-18)', () => {
    document.documentElement.lang = 'sv';
    mountUi();
    expect(screen.getByRole('button', { name: 'Reject all' })).toBeTruthy();
    expect(root().lang).toBe('en');
  });

  it('logs one console line naming a language without texts, what is shown instead and how to add it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.documentElement.lang = 'sv';
    mountUi();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/"sv".*"en".*"texts": \{ "sv"/);
    warn.mockRestore();
  });

  it('speaks English on a German page when the site brought no German texts, and says how to add them', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.documentElement.lang = 'de';
    const ui = mountConsentUI(createConsent(clinicConfig(), { storage: memoryStorage() }));
    expect(screen.getByRole('button', { name: 'Reject all' })).toBeTruthy();
    expect(warn).toHaveBeenCalledTimes(1);
    ui.unmount();
    warn.mockRestore();
  });

  it('speaks German with the German locale imported on its own', () => {
    document.documentElement.lang = 'de';
    const ui = mountConsentUI(createConsent(clinicConfig(), { storage: memoryStorage() }), { locales: { de: locales.de } });
    expect(screen.getByRole('button', { name: 'Alle ablehnen' })).toBeTruthy();
    ui.unmount();
  });

  it('logs nothing for a built-in language', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.documentElement.lang = 'de-AT';
    mountUi();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('shows per-language category titles and descriptions in the page language', () => {
    document.documentElement.lang = 'de';
    mountUi({
      categories: [
        { id: 'essential', required: true, title: { en: 'Essential', de: 'Notwendig' }, description: '' },
        { id: 'analytics', title: { en: 'Analytics', de: 'Statistik' }, description: { en: 'Counts visits.', de: 'Zählt Besuche.' } },
      ],
    });
    expect(root().textContent).toContain('Statistik');
    expect(root().textContent).not.toContain('Analytics');
    fireEvent.click(screen.getByRole('button', { name: 'Einstellungen verwalten' }));
    expect(screen.getByRole('switch', { name: 'Statistik' })).toBeTruthy();
    expect(root().textContent).toContain('Zählt Besuche.');
  });

  it('overrides single texts from config texts[lang]', () => {
    document.documentElement.lang = 'de';
    mountUi({ texts: { de: { rejectAll: 'Nur notwendige' } } });
    expect(screen.getByRole('button', { name: 'Nur notwendige' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Alle akzeptieren' })).toBeTruthy();
  });

  it('sets dir="rtl" for a right-to-left language given complete texts', () => {
    document.documentElement.lang = 'ar';
    mountUi({ texts: { ar: JSON.parse(readFileSync(resolve(__dirname, '../fixtures/texts/ar.json'), 'utf8')) } });
    expect(root().dir).toBe('rtl');
    expect(screen.getByRole('button', { name: 'رفض الكل' })).toBeTruthy();
  });

  it('renders hostile config text as text, never as HTML', () => {
    mountUi({
      texts: { en: { bannerTitle: hostile } },
      categories: [
        { id: 'essential', required: true, title: hostile, description: hostile },
        { id: 'analytics', title: hostile, description: hostile, cookies: [{ name: 'x', provider: hostile }] },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Manage preferences' }));
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { name: hostile, level: 2 })).toBeTruthy();
  });
});
