// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent, memoryStorage, type ConsentProof } from '../../src';
import { mountConsentUI, type ConsentUI } from '../../src/ui';
import { clinicConfig } from '../helpers/configs';

let ui: ConsentUI | undefined;
afterEach(() => {
  ui?.unmount();
  cleanup();
});

function mount(gpc = false) {
  const consent = createConsent(clinicConfig(), { storage: memoryStorage(), gpc, gate: false });
  const records: ConsentProof[] = [];
  consent.on('record', (r) => records.push(r));
  ui = mountConsentUI(consent);
  return { consent, records };
}
const click = (name: string, within_: HTMLElement = document.body) => fireEvent.click(within(within_).getByRole('button', { name }));
const dialog = () => screen.getByRole('dialog', { name: 'Manage your cookie preferences' });

describe('decisions made in the UI (R-GDPR-19)', () => {
  it('are recorded as made on the banner, in the UI language, with a hash of the texts shown', async () => {
    const { records } = mount();
    click('Accept all');
    await vi.waitFor(() => expect(records).toHaveLength(1));
    expect(records[0]).toMatchObject({ action: 'accept_all', layer: 'banner', language: 'en', textHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('are recorded as made in the dialog when saved there', async () => {
    const { records } = mount();
    click('Manage preferences');
    click('Save preferences', dialog());
    await vi.waitFor(() => expect(records).toHaveLength(1));
    expect(records[0]).toMatchObject({ action: 'save_custom', layer: 'dialog' });
  });
});

describe('Global Privacy Control in the dialog (R-US-4)', () => {
  it('says in plain words, as a status message, what the signal turned off and why', () => {
    mount(true);
    click('Manage preferences');
    expect(within(dialog()).getByRole('status').textContent).toBe(
      'Your browser sent a Global Privacy Control signal, which asks sites not to sell or share your data. So we have turned off Marketing. You can still choose otherwise below.',
    );
  });

  it('says nothing of it without the signal', () => {
    mount(false);
    click('Manage preferences');
    expect(within(dialog()).queryByText(/Global Privacy Control/)).toBeNull();
  });

  it('lets the visitor turn marketing on anyway, as an explicit override (R-US-2)', () => {
    const { consent } = mount(true);
    click('Manage preferences');
    fireEvent.click(within(dialog()).getByRole('switch', { name: 'Marketing' }));
    click('Save preferences', dialog());
    expect(consent.isGranted('marketing')).toBe(true);
    expect(consent.getState().record?.gpc).toBe('override');
  });
});

describe('the banner after reset', () => {
  it('comes back when the decision is forgotten after a refusal', async () => {
    const { consent } = mount();
    click('Reject all');
    expect(screen.queryByRole('region', { name: /cookies/i })).toBeNull();
    consent.reset();
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Reject all' })).toBeTruthy());
  });
});
