// @vitest-environment jsdom
// Two consent instances on one jsdom page stand for two tabs: they share document.cookie, and a
// BroadcastChannel message reaches every other channel object of the same name (R-CK-8).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent, type ChangeEvent, type Consent, type ConsentConfig } from '../../src';
import { googleConsentMode, type GtagWindow } from '../../src/integrations/google-consent-mode';
import { clinicConfig } from '../helpers/configs';
import { consentCommands } from '../integrations/setup';
import { page, recordRuns, report, tick } from '../helpers/dom';

const tabs: Consent[] = [];
const openTab = ({ config = clinicConfig(), ...options }: NonNullable<Parameters<typeof createConsent>[1]> & { config?: ConsentConfig } = {}) => {
  const consent = createConsent(config, { gpc: false, ...options });
  tabs.push(consent);
  return consent;
};

afterEach(() => {
  tabs.splice(0).forEach((t) => t.destroy());
  document.cookie = 'consentry=; max-age=0; path=/';
  document.body.innerHTML = '';
});

describe('tabs of one site', () => {
  it('see a decision made in another tab within a second, as a remote change', async () => {
    const a = openTab({ gate: false });
    const b = openTab({ gate: false });
    const changes: ChangeEvent[] = [];
    b.on('change', (e) => changes.push(e));
    a.acceptAll();
    await vi.waitFor(() => expect(b.isGranted('analytics')).toBe(true), { timeout: 1000 });
    expect(changes.at(-1)).toMatchObject({ remote: true });
    expect(b.needsDecision()).toBe(false);
  });

  it('see a withdrawal made in another tab', async () => {
    const a = openTab({ gate: false });
    a.acceptAll();
    const b = openTab({ gate: false });
    a.rejectAll();
    await vi.waitFor(() => expect(b.isGranted('marketing')).toBe(false), { timeout: 1000 });
  });

  it('see a reset made in another tab', async () => {
    const a = openTab({ gate: false });
    a.acceptAll();
    const b = openTab({ gate: false });
    a.reset();
    await vi.waitFor(() => expect(b.needsDecision()).toBe(true), { timeout: 1000 });
  });

  it('re-read the decision when the tab comes back into view', async () => {
    const b = openTab({ gate: false });
    // Written by a tab whose message this one missed (no BroadcastChannel in that browser).
    createConsent(clinicConfig(), { gpc: false, gate: false }).acceptAll();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(b.isGranted('analytics')).toBe(true);
  });

  // Checked in the same task: the BroadcastChannel message only arrives a task later.
  it('re-read a decision kept in localStorage when a storage event names it', () => {
    const config = { ...clinicConfig(), storage: 'localStorage' as const };
    const b = openTab({ gate: false, config });
    createConsent(config, { gpc: false, gate: false }).acceptAll();
    window.dispatchEvent(new StorageEvent('storage', { key: 'consentry' }));
    expect(b.isGranted('analytics')).toBe(true);
    localStorage.clear();
  });

  it('not listen to storage events for a decision kept in a cookie, which never fires them', () => {
    const b = openTab({ gate: false });
    createConsent(clinicConfig(), { gpc: false, gate: false }).acceptAll();
    window.dispatchEvent(new StorageEvent('storage', { key: 'consentry' }));
    expect(b.needsDecision()).toBe(true);
  });

  it('activate gated scripts in the other tab on a grant there', async () => {
    page(`<script type="text/plain" data-category="analytics">${report('analytics')}</script>`);
    const runs = recordRuns();
    const a = openTab({ gate: false });
    openTab();
    a.acceptAll();
    await vi.waitFor(() => expect(runs).toEqual(['analytics']), { timeout: 1000 });
  });

  it('send the vendors\' denied update in the other tab on a withdrawal there', async () => {
    const a = openTab({ gate: false });
    a.acceptAll();
    const b = openTab({ gate: false });
    const win: GtagWindow = {};
    googleConsentMode(b, { window: win });
    a.rejectAll();
    const lastUpdate = () => consentCommands(win.dataLayer).filter(([action]) => action == 'update').at(-1);
    await vi.waitFor(() => expect(lastUpdate()?.[1]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' }), { timeout: 1000 });
  });

  it('do not reload the other tab on a withdrawal there', async () => {
    const a = openTab({ gate: false });
    a.acceptAll();
    page(`<script type="text/plain" data-category="analytics">${report('analytics')}</script>`);
    const runs = recordRuns();
    const reload = vi.fn();
    const onWithdraw = vi.fn();
    openTab({ gate: { reload, onWithdraw } });
    await vi.waitFor(() => expect(runs).toEqual(['analytics']));
    a.rejectAll();
    await vi.waitFor(() => expect(onWithdraw).toHaveBeenCalledWith({ withdrawn: expect.arrayContaining(['analytics']), ran: true }));
    await tick();
    expect(reload).not.toHaveBeenCalled();
  });
});
