// Separate health-data consent in Chromium (issue #12, R-HEALTH), on the demo page with the clinic profile
// (examples/clinic-consent.json), script-tag build: "Accept all" leaves it off, its own switch gives it, and
// its record is one of its own.
import { describe, expect, it } from 'vitest';
import { demoConfig, startDemo } from './helpers/demo';
import { browserSession } from './helpers/session';

const s = browserSession(() => startDemo({ '/index.html': demoConfig() }), {
  // Every consent record the page makes, in order.
  onPage: (page) =>
    page.addInitScript(() => {
      const w = window as unknown as { __records: string[]; Consentry?: { consent?: { on(e: string, f: (r: { action: string }) => void): void } } };
      w.__records = [];
      // The instance exists once the config is validated: on a first visit, after the validator's file arrives.
      const listen = () => (w.Consentry?.consent ? w.Consentry.consent.on('record', (r) => w.__records.push(r.action)) : setTimeout(listen, 5));
      document.addEventListener('DOMContentLoaded', listen);
    }),
});
const records = () => s.page.evaluate(() => (window as unknown as { __records: string[] }).__records);
const granted = (id: string) => s.page.evaluate((id) => (window as any).Consentry.consent.isGranted(id), id);
const dialog = () => s.page.getByRole('dialog', { name: 'Manage your cookie preferences' });
const healthSwitch = () => dialog().getByRole('switch', { name: 'Health data for appointment reminders' });

describe('a separate health-data consent in Chromium', { timeout: 60_000 }, () => {
  it('stays off after "Accept all" on the banner', async () => {
    await s.page.goto(s.server.origin + '/index.html');
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    expect([await granted('analytics'), await granted('health')]).toEqual([true, false]);
  });

  it('is given by its own switch in its own section, as a record of its own', async () => {
    await s.page.goto(s.server.origin + '/index.html');
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await s.page.getByRole('link', { name: 'Cookie settings' }).click();
    await expect.poll(() => dialog().getByRole('region', { name: 'Consent for health data' }).isVisible()).toBe(true);
    expect(await healthSwitch().getAttribute('aria-checked')).toBe('false');
    expect(await dialog().getByText('Who receives it: Riverside Clinic and TextReminder Ltd. (sends the text messages)').isVisible()).toBe(true);
    await healthSwitch().click();
    await dialog().getByRole('button', { name: 'Save preferences' }).click();
    expect(await granted('health')).toBe(true);
    await expect.poll(records).toEqual(['accept_all', 'separate_grant']);
  });

  it('is withdrawn on its own, as a record of its own', async () => {
    await s.page.goto(s.server.origin + '/index.html');
    await s.page.getByRole('button', { name: 'Manage preferences' }).click();
    await healthSwitch().click();
    await dialog().getByRole('button', { name: 'Save preferences' }).click();
    await s.page.getByRole('link', { name: 'Cookie settings' }).click();
    await healthSwitch().click();
    await dialog().getByRole('button', { name: 'Save preferences' }).click();
    expect(await granted('health')).toBe(false);
    await expect.poll(records).toEqual(['save_custom', 'separate_grant', 'separate_withdraw']);
  });
});
