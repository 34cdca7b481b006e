/** What to do about a page changing its address without loading a new document. */
export interface NavigationHooks {
  /** Whether going to `url` must load a new document rather than stay in this one. */
  leaves(url: URL): boolean;
  /** Loads `url` as a new document (or whatever the site asked for instead). */
  leave(url: URL): void;
  /** This document now shows `url`. */
  moved(url: URL): void;
}

type NavigateEvent = Event & { destination: { url: string }; hashChange: boolean };
type Navigation = EventTarget;

/**
 * Watches the in-place navigations of a single-page app: `history.pushState` and `replaceState` (asked before
 * they happen), back and forward (`popstate`), link clicks a router would take over, and the Navigation API
 * where the browser has it. A navigation that `leaves` never happens in place: routers and vendor scripts
 * listening after this do not hear of it, and `leave` loads the page instead.
 * @returns a function that stops watching
 */
export function watchNavigation(win: Window, hooks: NavigationHooks): () => void {
  const { history } = win;
  const here = () => new URL(win.location.href);
  // Back and forward fire both `currententrychange` and `popstate`: one navigation, left once.
  let leaving: string | undefined;
  const leave = (url: URL) => {
    if (leaving == url.href) return;
    leaving = url.href;
    win.setTimeout(() => (leaving = undefined));
    hooks.leave(url);
  };
  const check = (url: URL) => (hooks.leaves(url) ? (leave(url), true) : (hooks.moved(url), false));

  const wrap = (name: 'pushState' | 'replaceState') => {
    const original = history[name];
    const wrapped = function (this: History, data: unknown, unused: string, url?: string | URL | null) {
      const target = url == null ? undefined : new URL(url, win.location.href);
      if (target && hooks.leaves(target)) return leave(target);
      original.call(this, data, unused, url);
      hooks.moved(here());
    };
    history[name] = wrapped;
    // Another script may have wrapped it since: taking ours out from under it would drop its wrapper too.
    return () => void (history[name] == wrapped && (history[name] = original));
  };
  const unwrap = [wrap('pushState'), wrap('replaceState')];

  // Back or forward has already changed the address: a vendor listening after this must not see it.
  const onPop = (e: Event) => check(here()) && e.stopImmediatePropagation();

  // A router takes over a link click in its own listener; stopping the click first leaves the browser's own
  // navigation, a full page load.
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const { HTMLAnchorElement } = win as Window & typeof globalThis;
    const link = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && !!n.href);
    if (!link || (link.target && link.target != '_self') || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    if (url.origin == win.location.origin && hooks.leaves(url)) e.stopImmediatePropagation();
  };

  // The Navigation API: a router that intercepts navigations must not hear of one that leaves; one that
  // happened in place anyway (a router listening first) is caught once it has.
  const navigation = (win as Window & { navigation?: Navigation }).navigation;
  const onNavigate = (e: Event) => {
    const { destination, hashChange } = e as NavigateEvent;
    if (!hashChange && hooks.leaves(new URL(destination.url))) e.stopImmediatePropagation();
  };
  const onEntry = () => check(here());

  win.addEventListener('popstate', onPop);
  win.addEventListener('click', onClick, true);
  navigation?.addEventListener('navigate', onNavigate);
  navigation?.addEventListener('currententrychange', onEntry);
  return () => {
    unwrap.forEach((undo) => undo());
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('click', onClick, true);
    navigation?.removeEventListener('navigate', onNavigate);
    navigation?.removeEventListener('currententrychange', onEntry);
  };
}
