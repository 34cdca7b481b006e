import { createConsent, memoryStorage } from '../../src';
import type { CategoryConfig, Consent, ConsentChoices } from '../../src/core/types';

type CategoryInput = Partial<CategoryConfig> & { id: string };

/** A real consent instance that gates nothing by itself, so DOM tests attach their own gate. */
export interface TestConsent extends Consent {
  /** Saves a choice, as the visitor's dialog would. */
  set(choices: ConsentChoices): void;
}

const DEFAULT_CATEGORIES: CategoryInput[] = [
  { id: 'essential', required: true },
  { id: 'analytics', title: 'Analytics' },
  { id: 'marketing', title: 'Marketing', services: [{ id: 'youtube', title: 'YouTube' }, { id: 'meta-pixel', title: 'Meta Pixel' }] },
];

/** The real core over `categories` on memory storage, with `granted` already saved when given. */
export function fakeConsent(categories: CategoryInput[] = DEFAULT_CATEGORIES, granted: ConsentChoices = {}): TestConsent {
  const consent = createConsent(
    {
      links: { cookiePolicy: '/cookies', privacyPolicy: '/privacy' },
      categories: categories.map((c) => ({ title: c.id, description: '', ...c })),
    },
    { storage: memoryStorage(), gate: false },
  );
  if (Object.keys(granted).length) consent.save(granted);
  return Object.assign(consent, { set: consent.save });
}
