/** Signals between the site's open tabs that the stored decision changed. */
export interface TabSync {
  /** Tells the other tabs to read the stored decision again. */
  notify(): void;
  stop(): void;
}

/**
 * Calls `onSignal` when another tab may have changed the stored decision: a BroadcastChannel message first;
 * the `storage` event where the decision lives in localStorage; and, as a last resort for browsers without
 * BroadcastChannel, a tab coming back into view (R-CK-8).
 */
export function syncTabs(key: string, inLocalStorage: boolean, onSignal: () => void): TabSync {
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel('consentry:' + key);
    channel.onmessage = onSignal;
  } catch {
    // Missing, or refused in an opaque-origin sandbox: the fallbacks below still work.
  }
  const onStorage = (e: StorageEvent) => e.key == key && onSignal();
  const onVisible = () => document.visibilityState == 'visible' && onSignal();
  // Only localStorage fires it, and listening costs: Chromium opens the site's storage area for it, in the
  // task that gates the page's scripts.
  if (inLocalStorage) addEventListener('storage', onStorage);
  document.addEventListener('visibilitychange', onVisible);
  return {
    notify: () => channel?.postMessage(0),
    stop() {
      channel?.close();
      removeEventListener('storage', onStorage);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}
