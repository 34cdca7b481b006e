// What runs in each benchmarked page before any of the page's own scripts (playwright's addInitScript). It is
// the same for both libraries, so its small cost is in both columns. Its findings are in `window.__bench`;
// the moments the runner waits for are announced through the `__benchSignal` binding, so the runner never
// polls the page (polling would add main-thread work to the figures it reads).

/**
 * `banner`: the library's banner selector (none on a returning visit); `inlineScripts`: how many gated inline
 * scripts push to `window.__ran` on this page.
 */
export function probe({ banner, inlineScripts }) {
  const bench = (window.__bench = { bannerAt: 0, clickAt: 0, allRanAt: 0, longTasks: [], cls: 0 });
  const signal = (name) => window.__benchSignal?.(name);
  const observe = (type, each) => new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true });
  observe('longtask', (e) => bench.longTasks.push(e.duration));
  // The sum of every shift without recent input: a page this short has one session window.
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) bench.cls += e.value;
  });
  // Capture on window runs before any handler of the library's.
  addEventListener('click', () => (bench.clickAt ||= performance.now()), true);

  // The fake gated trackers and the gated inline scripts push to these arrays.
  const runs = (window.__runs = []);
  runs.push = (path) => (Array.prototype.push.call(runs, path), path == '/t/analytics.js' && signal('analytics'));
  const ran = (window.__ran = []);
  ran.push = (i) => {
    Array.prototype.push.call(ran, i);
    if (ran.length == inlineScripts) {
      bench.allRanAt = performance.now();
      signal('all-ran');
    }
  };

  if (!banner) return;
  // In the viewport, with an area, not hidden and not fully transparent (its own or an ancestor's opacity).
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) return false;
    if (getComputedStyle(el).visibility != 'visible') return false;
    for (let e = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.display == 'none' || Number(style.opacity) == 0) return false;
    }
    return true;
  };
  // rAF callbacks run before the frame is painted, and `t` is that frame's time since navigation start: the
  // first frame whose callback finds the banner shown is the first frame that paints it.
  const frame = (t) => {
    const el = document.querySelector(banner);
    if (el && shown(el)) {
      bench.bannerAt = t;
      signal('banner');
    } else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
