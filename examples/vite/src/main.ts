// consentry as an ES module with its UI, built by Vite: the JSON config is imported as it is.
import { createConsent } from 'consentry';
import { mountConsentUI } from 'consentry/ui';
import 'consentry/ui.css';
import config from './consent.json';

const consent = createConsent(config);
mountConsentUI(consent);
consent.whenGranted('analytics', () => {
  (window as unknown as { analyticsRan: boolean }).analyticsRan = true;
});
