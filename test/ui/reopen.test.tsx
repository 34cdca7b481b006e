// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SETTINGS_LABELS } from '../../src/global/floating-button-labels';
import { locales } from '../../src/ui';
import { mountUi } from './setup';

const dialog = () => screen.queryByRole('dialog', { name: 'Manage your cookie preferences' });

describe('changing one\'s mind', () => {
  it('opens the dialog from any element with data-consentry-open, without following its link (R-GDPR-16)', () => {
    document.body.innerHTML = '<footer><a href="#top" data-consentry-open>Cookie settings</a></footer>';
    mountUi({}, { decided: 'accept' });
    const link = screen.getByRole('link', { name: 'Cookie settings' });
    expect(fireEvent.click(link)).toBe(false); // default prevented
    expect(dialog()).toBeTruthy();
  });

  it('opens from data-consentry-open elements added after mounting', () => {
    mountUi({}, { decided: 'accept' });
    document.body.insertAdjacentHTML('beforeend', '<button data-consentry-open>Cookie settings</button>');
    fireEvent.click(screen.getByText('Cookie settings'));
    expect(dialog()).toBeTruthy();
  });

  it('withdraws in two activations: open, then Reject all (R-GDPR-17)', () => {
    document.body.innerHTML = '<a href="#" data-consentry-open>Cookie settings</a>';
    const { consent } = mountUi({}, { decided: 'accept' });
    fireEvent.click(screen.getByRole('link', { name: 'Cookie settings' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(consent.getState().categories).toEqual({ essential: true, analytics: false, marketing: false });
  });

  it('returns focus to the footer link after the dialog closes (R-A11Y-5)', () => {
    document.body.innerHTML = '<a href="#" data-consentry-open>Cookie settings</a>';
    mountUi({}, { decided: 'accept' });
    const link = screen.getByRole('link', { name: 'Cookie settings' });
    link.focus();
    fireEvent.click(link);
    fireEvent.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(document.activeElement).toBe(link);
  });

  it('opens through openPreferences() too (R-GDPR-16)', () => {
    const { ui } = mountUi({}, { decided: 'reject' });
    act(() => ui.openPreferences());
    expect(dialog()).toBeTruthy();
  });

  it('shows the floating button only with ui.floatingButton and only once decided', () => {
    const { consent } = mountUi({ ui: { floatingButton: true } });
    const button = () => document.querySelector<HTMLElement>('[data-part=floating-button]')!;
    expect(button().style.display).toBe('none');
    act(() => consent.rejectAll());
    expect(button().style.display).not.toBe('none');
    fireEvent.click(button());
    expect(dialog()).toBeTruthy();
  });

  it('shows no floating button by default', () => {
    mountUi({}, { decided: 'reject' });
    expect(screen.queryByRole('button', { name: 'Cookie settings' })).toBeNull();
  });

  it('labels the loader\'s floating button like each locale does', () => {
    expect(SETTINGS_LABELS).toEqual(Object.fromEntries(Object.entries(locales).map(([l, t]) => [l, t.settingsButton])));
  });
});
