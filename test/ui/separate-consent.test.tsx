// @vitest-environment jsdom
// A separate health-data consent in the banner and dialog (issue #12, R-HEALTH).
import { act, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { CategoryConfig, ConsentProof } from '../../src';
import { clinicConfig } from '../helpers/configs';
import { mountUi } from './setup';

const health: CategoryConfig = {
  id: 'health',
  separate: true,
  title: 'Health data for reminders',
  description: 'Your appointment type and date, to send you reminders.',
  recipients: 'Our clinic and RemindMe Ltd.',
};
const mount = () => {
  const mounted = mountUi({ categories: [...clinicConfig().categories, health] });
  const records: ConsentProof[] = [];
  mounted.consent.on('record', (r) => records.push(r));
  return { ...mounted, records };
};
const dialog = () => within(screen.getByRole('dialog', { name: 'Manage your cookie preferences' }));
const openDialog = () => fireEvent.click(screen.getByRole('button', { name: 'Manage preferences' }));

describe('a separate consent in the UI', () => {
  it('is not among the purposes the banner names for "Accept all"', () => {
    mount();
    expect(screen.getByRole('region').textContent).not.toContain('Health data');
  });

  it('stays off after the banner\'s "Accept all"', () => {
    const { consent } = mount();
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(consent.isGranted('health')).toBe(false);
  });

  it('stays off after the dialog\'s "Accept all"', () => {
    const { consent } = mount();
    openDialog();
    fireEvent.click(dialog().getByRole('button', { name: 'Accept all' }));
    expect(consent.isGranted('health')).toBe(false);
  });

  it('has a section of its own, with its heading and the words saying it is apart and can be withdrawn', () => {
    mount();
    openDialog();
    const section = dialog().getByRole('region', { name: 'Consent for health data' });
    expect(section.getAttribute('aria-describedby') && document.getElementById(section.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /does not give it.*withdraw it/,
    );
    expect(within(section).getByRole('switch', { name: 'Health data for reminders' })).toBeTruthy();
  });

  it('names who receives the data in the description of its switch', () => {
    mount();
    openDialog();
    const described = dialog().getByRole('switch', { name: 'Health data for reminders' }).getAttribute('aria-describedby')!;
    expect(described.split(' ').map((id) => document.getElementById(id)!.textContent)).toContain('Who receives it: Our clinic and RemindMe Ltd.');
  });

  it('starts off, and its own switch and "Save preferences" give it, as a record of its own', async () => {
    const { consent, records } = mount();
    openDialog();
    const toggle = dialog().getByRole('switch', { name: 'Health data for reminders' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    fireEvent.click(dialog().getByRole('button', { name: 'Save preferences' }));
    expect(consent.isGranted('health')).toBe(true);
    // Records come once their text hash is computed.
    await expect.poll(() => records.map((r) => r.action)).toEqual(['save_custom', 'separate_grant']);
  });
});
