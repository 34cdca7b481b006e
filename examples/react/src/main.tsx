// A React app: the core's state through useSyncExternalStore, and consentry's Preact UI mounted beside React.
// Under StrictMode React mounts, unmounts and mounts again: the effect's cleanup unmounts the UI, so the second
// mount is the only one (a second mountConsentUI while one is mounted throws).
import { StrictMode, useEffect, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { createConsent } from 'consentry';
import { mountConsentUI } from 'consentry/ui';
import 'consentry/ui.css';
import config from './consent.json';

const consent = createConsent(config);
const subscribe = (onChange: () => void) => consent.subscribe(onChange);

function useConsent() {
  return useSyncExternalStore(subscribe, consent.getState);
}

function App() {
  const state = useConsent();
  useEffect(() => {
    const ui = mountConsentUI(consent);
    return () => ui.unmount();
  }, []);
  return (
    <main>
      <h1>Riverside Clinic</h1>
      <p id="analytics">{state.categories.analytics ? 'Analytics on' : 'Analytics off'}</p>
      <button type="button" onClick={() => consent.reset()}>
        Forget my choice
      </button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
