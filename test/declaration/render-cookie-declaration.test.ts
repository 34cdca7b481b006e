// @vitest-environment jsdom
// The cookie declaration of a Cookie Policy page, rendered from the config (issue #11).
import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsentConfigError, createConsent, memoryStorage, type ConsentConfig } from '../../src';
import { renderCookieDeclaration } from '../../src/declaration';
import { locales, mountConsentUI, type ConsentUI } from '../../src/ui';
import { clinicConfig } from '../helpers/configs';

const undo: (() => void)[] = [];
afterEach(() => {
  undo.splice(0).forEach((fn) => fn());
  document.body.innerHTML = '';
  document.documentElement.lang = '';
});

const consentOf = (overrides: Partial<ConsentConfig> = {}) => createConsent(clinicConfig(overrides), { storage: memoryStorage(), gate: false });

/** The declaration of `consent` in a fresh element of the page. */
function declaration(consent = consentOf(), options?: Parameters<typeof renderCookieDeclaration>[2]): HTMLElement {
  document.body.insertAdjacentHTML('beforeend', '<section id="cookies"><p>Loading the cookie list…</p></section>');
  const el = document.getElementById('cookies')!;
  undo.push(renderCookieDeclaration(el, consent, options));
  return el;
}

/** Each row's cells as text, the row header first. */
const rows = (table: HTMLElement) =>
  [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
const table = (name: RegExp) => screen.getByRole('table', { name });
const choice = (name: RegExp) => table(name).querySelector('[data-part=declaration-choice]')!;

describe('renderCookieDeclaration()', () => {
  it('renders one table per category, named by its caption: title, description and current choice', () => {
    declaration();
    expect(screen.getAllByRole('table').map((t) => t.querySelector('caption')!.firstChild!.textContent)).toEqual(['Essential', 'Analytics', 'Marketing']);
    expect(table(/^Analytics/).querySelector('caption')!.textContent).toBe('AnalyticsHelp us understand how visitors use the site.Currently not allowed');
  });

  it('heads the columns Name, Provider, Service, Purpose and Duration with column header cells', () => {
    declaration();
    const headers = within(table(/^Analytics/)).getAllByRole('columnheader');
    expect(headers.map((h) => [h.textContent, h.getAttribute('scope')])).toEqual([
      ['Name', 'col'],
      ['Provider', 'col'],
      ['Service', 'col'],
      ['Purpose', 'col'],
      ['Duration', 'col'],
    ]);
  });

  it('lists each declared cookie under its readable name, as a row header (R-GDPR-15)', () => {
    declaration();
    expect(rows(table(/^Analytics/))).toEqual([['names starting with _ga', 'Google', '', 'Statistics', '2 years']]);
    expect(within(table(/^Analytics/)).getByRole('rowheader').getAttribute('scope')).toBe('row');
  });

  it("names each service's cookies and storage keys with the service, and marks storage keys as local storage", () => {
    declaration(
      consentOf({
        categories: [
          { id: 'essential', required: true, title: 'Essential', description: 'Needed.' },
          {
            id: 'media',
            title: 'Media',
            description: 'Videos.',
            services: [{ id: 'video', title: 'VideoHost', cookies: [{ name: 'vh_id', provider: 'VideoHost Inc.', duration: '1 year' }], localStorage: [{ name: 'vh_volume', purpose: 'Remembers the volume' }] }],
          },
        ],
      }),
    );
    expect(rows(table(/^Media/))).toEqual([
      ['vh_id', 'VideoHost Inc.', 'VideoHost', '', '1 year'],
      ['vh_volume (local storage)', '', 'VideoHost', 'Remembers the volume', ''],
    ]);
  });

  it('says "None listed" for a service or a category that declares no cookie, rather than leaving it out', () => {
    declaration();
    expect(rows(table(/^Marketing/))).toEqual([['None listed', '', 'Meta Pixel', '', '']]);
    expect(rows(table(/^Essential/))).toEqual([['None listed', '', '', '', '']]);
  });

  it('shows the required category as always on, whatever the visitor chose', () => {
    const consent = consentOf();
    declaration(consent);
    consent.rejectAll();
    expect(choice(/^Essential/).textContent).toBe('Always on: the site cannot work without these cookies.');
    expect(choice(/^Essential/).getAttribute('data-state')).toBe('required');
  });

  it("shows each category's current choice and follows it as the visitor changes it", () => {
    const consent = consentOf();
    declaration(consent);
    expect([choice(/^Analytics/).textContent, choice(/^Marketing/).textContent]).toEqual(['Currently not allowed', 'Currently not allowed']);
    consent.save({ analytics: true });
    expect([choice(/^Analytics/).textContent, choice(/^Marketing/).textContent]).toEqual(['Currently allowed', 'Currently not allowed']);
    expect(choice(/^Analytics/).getAttribute('data-state')).toBe('on');
    consent.rejectAll();
    expect(choice(/^Analytics/).textContent).toBe('Currently not allowed');
  });

  it('opens the preferences dialog from its "Change settings" button, and focus comes back to it', () => {
    const consent = consentOf();
    consent.acceptAll();
    declaration(consent);
    const ui: ConsentUI = mountConsentUI(consent);
    undo.push(() => ui.unmount());
    const button = screen.getByRole('button', { name: 'Change settings' });
    button.focus();
    fireEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Manage your cookie preferences' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close without saving' }));
    expect(document.activeElement).toBe(button);
  });

  it('renders config texts as text: markup in a title, description or cookie field makes no element', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    declaration(
      consentOf({
        categories: [
          { id: 'essential', required: true, title: hostile, description: hostile, cookies: [{ name: 'id', label: hostile, provider: hostile, purpose: hostile, duration: hostile }] },
        ],
      }),
    );
    const el = document.getElementById('cookies')!;
    expect(el.querySelectorAll('img, script')).toHaveLength(0);
    expect(rows(screen.getByRole('table'))).toEqual([[hostile, hostile, '', hostile, hostile]]);
    expect(screen.getByRole('table').querySelector('caption')!.firstChild!.textContent).toBe(hostile);
  });

  it("speaks the page's language: built-in texts from the given locales and the config's per-language texts", () => {
    document.documentElement.lang = 'de';
    declaration(consentOf({ categories: [{ id: 'essential', required: true, title: { en: 'Essential', de: 'Notwendig' }, description: { en: 'Needed.', de: 'Nötig.' } }] }), { locales });
    expect(screen.getByRole('table').querySelector('caption')!.firstChild!.textContent).toBe('Notwendig');
    expect(within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Name', 'Anbieter', 'Dienst', 'Zweck', 'Speicherdauer']);
    expect(screen.getByRole('button', { name: 'Einstellungen ändern' })).toBeTruthy();
    expect(document.querySelector('[data-part=declaration]')!.hasAttribute('lang')).toBe(false);
  });

  it('says which language it speaks when it is not the page\'s (R-A11Y-18)', () => {
    document.documentElement.lang = 'sv';
    declaration();
    expect(document.querySelector('[data-part=declaration]')!.getAttribute('lang')).toBe('en');
  });

  it("uses the config's texts over the built-in ones", () => {
    declaration(consentOf({ texts: { en: { declarationChange: 'Edit my cookie choice' } } }));
    expect(screen.getByRole('button', { name: 'Edit my cookie choice' })).toBeTruthy();
  });

  it('throws a ConsentConfigError for texts the UI refuses, such as implied consent', () => {
    document.body.innerHTML = '<div id="x"></div>';
    const bad = consentOf({ texts: { en: { declarationChange: 'By continuing to browse, you agree to cookies' } } });
    expect(() => renderCookieDeclaration(document.getElementById('x')!, bad)).toThrow(ConsentConfigError);
  });

  it("replaces the element's fallback content, and its undo puts it back and stops following the consent", () => {
    const consent = consentOf();
    const el = declaration(consent);
    expect(el.textContent).not.toContain('Loading the cookie list');
    undo.pop()!();
    expect(el.innerHTML).toBe('<p>Loading the cookie list…</p>');
    expect(() => consent.acceptAll()).not.toThrow();
  });
});
