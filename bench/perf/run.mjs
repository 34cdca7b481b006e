#!/usr/bin/env node
// `npm run bench`: consentry's script-tag files against vanilla-cookieconsent 3 on the same clinic page, in
// headless Chromium at CPU 1x and 4x (CDP throttling), files gzipped from 127.0.0.1, runs interleaved. Prints
// a table of medians, min–max and consentry ÷ vanilla; a full run also writes bench/results.json and the
// table in the README. A benchmark, not a test: nothing fails on a slow figure.
//
//   npm run bench                  7 runs of each library at each CPU rate (builds dist/ first)
//   npm run bench -- --runs 11     more runs
//   npm run bench -- --quick       3 runs, no warm-up, prints only (writes nothing)
//   npm run bench -- --no-stamp    consentry's page without data-config-stamp (first visits fetch the
//                                  validator); prints only
//
// Each run, per library and rate, in a fresh browser profile: a first visit (the banner), Accept all, then a
// returning visit (the gated analytics script); and, in another fresh profile, a first visit to the page with
// 200 gated inline scripts, Accept all, until all have run.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../test/tools/chromium.mjs';
import { LIBRARIES, clinicPage } from './pages.mjs';
import { probe } from './probe.mjs';
import { startServer } from './server.mjs';
import { markdownTable, ratio, summarize } from './stats.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const RATES = [1, 4];
const INLINE_SCRIPTS = 200;
// After the banner shows, how long the page may go on shifting and running long tasks before we read them.
const SETTLE_MS = 500;
const TIMEOUT_MS = 30_000;

let args;
try {
  ({ values: args } = parseArgs({ options: { runs: { type: 'string' }, quick: { type: 'boolean', default: false }, 'no-stamp': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } }));
} catch (e) {
  fail(`${e.message}. Usage: npm run bench [-- --runs N] [-- --quick] [-- --no-stamp]`);
}
if (args.help) {
  console.log(
    'Usage: npm run bench [-- --runs N] [-- --quick] [-- --no-stamp]\n  --runs N     runs of each library at each CPU rate (default 7)\n  --quick      3 runs, no warm-up, print only\n  --no-stamp   consentry\'s page without data-config-stamp, print only',
  );
  process.exit(0);
}
const runs = args.runs === undefined ? (args.quick ? 3 : 7) : Number(args.runs);
// Only the README's set-up (with the stamp) goes into README.md and results.json.
const printOnly = args.quick || args['no-stamp'];
const stamp = !args['no-stamp'];
if (!Number.isInteger(runs) || runs < 1) fail(`--runs: expected a whole number of at least 1, got "${args.runs}"`);

// Where a full run writes its table; checked before the runs, not after minutes of them.
const README_BLOCK = /<!-- bench:start -->[\s\S]*?<!-- bench:end -->/;
const readme = readFileSync(root + 'README.md', 'utf8');
if (!printOnly && !README_BLOCK.test(readme)) fail('README.md has no <!-- bench:start --> … <!-- bench:end --> block to write the table into');

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function distFiles() {
  const dist = root + 'dist/';
  let names;
  try {
    names = readdirSync(dist).filter((f) => /\.global\.js$|^(ui|banner)\.css$/.test(f));
  } catch {
    names = [];
  }
  if (!names.includes('consentry.global.js')) fail('dist/consentry.global.js is missing: run `npm run build` first (`npm run bench` does)');
  return Object.fromEntries(names.map((f) => [LIBRARIES.consentry.files + f, readFileSync(dist + f, 'utf8')]));
}

function siteFiles() {
  const vanilla = root + 'node_modules/vanilla-cookieconsent/dist/';
  const files = {
    ...distFiles(),
    [LIBRARIES.vanilla.files + 'cookieconsent.umd.js']: readFileSync(vanilla + 'cookieconsent.umd.js', 'utf8'),
    [LIBRARIES.vanilla.files + 'cookieconsent.css']: readFileSync(vanilla + 'cookieconsent.css', 'utf8'),
    '/site.css': readFileSync(root + 'examples/clinic/site.css', 'utf8'),
  };
  for (const path of ['/t/analytics.js', '/t/marketing.js']) files[path] = `(window.__runs = window.__runs || []).push(${JSON.stringify(path)});`;
  for (const lib of Object.keys(LIBRARIES)) {
    files[`/${lib}/clinic.html`] = clinicPage(lib, { stamp });
    if (LIBRARIES[lib].acceptAll) files[`/${lib}/scripts.html`] = clinicPage(lib, { inlineScripts: INLINE_SCRIPTS, stamp });
  }
  return files;
}

/** A new page with the probe, CPU throttling and CDP performance metrics on; `signal(name)` waits for the probe. */
async function openPage(context, rate, options) {
  const page = await context.newPage();
  const waiting = new Map();
  const deferred = (name) => {
    if (!waiting.has(name)) {
      let resolve;
      waiting.set(name, { promise: new Promise((r) => (resolve = r)), resolve: () => resolve() });
    }
    return waiting.get(name);
  };
  await page.exposeFunction('__benchSignal', (name) => deferred(name).resolve());
  await page.addInitScript(probe, { banner: null, inlineScripts: 0, ...options });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const signal = (name) => {
    let timer;
    const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no "${name}" within ${TIMEOUT_MS} ms on ${page.url()}`)), TIMEOUT_MS)));
    return Promise.race([deferred(name).promise, timeout]).finally(() => clearTimeout(timer));
  };
  // Seconds of main-thread work since Performance.enable, in milliseconds.
  const mainThread = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value * 1000]));
    return { script: m.ScriptDuration, layout: m.LayoutDuration + m.RecalcStyleDuration, task: m.TaskDuration };
  };
  return { page, signal, mainThread };
}

// Tenths of a millisecond are more than the noise allows; more digits would only crowd results.json.
const ms = (n) => Math.round(n * 10) / 10;

/** Gzipped body bytes of the library's own files this page downloaded (Resource Timing, headers left out). */
const libraryBytes = (page, lib) =>
  page.evaluate(
    (prefix) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.startsWith(prefix))
        .reduce((n, e) => n + e.encodedBodySize, 0),
    LIBRARIES[lib].files,
  );

async function measure(browser, origin, lib, rate) {
  const { banner, acceptAll } = LIBRARIES[lib];
  const result = { library: lib, rate };

  const visitor = await browser.newContext();
  try {
    const first = await openPage(visitor, rate, { banner });
    await first.page.goto(`${origin}/${lib}/clinic.html`);
    await first.signal('banner');
    const work = await first.mainThread();
    await first.page.waitForTimeout(SETTLE_MS);
    const seen = await first.page.evaluate(() => window.__bench);
    Object.assign(result, {
      firstBytes: await libraryBytes(first.page, lib),
      bannerMs: ms(seen.bannerAt),
      firstScriptMs: ms(work.script),
      firstLayoutMs: ms(work.layout),
      firstTaskMs: ms(work.task),
      longTasks: seen.longTasks.length,
      longTaskMs: ms(seen.longTasks.reduce((a, b) => a + b, 0)),
      cls: Math.round(seen.cls * 1e4) / 1e4,
    });
    if (acceptAll) await first.page.click(acceptAll);
    await first.signal('analytics');
    await first.page.close();

    const back = await openPage(visitor, rate, {});
    await back.page.goto(`${origin}/${lib}/clinic.html`);
    await back.signal('analytics');
    const backWork = await back.mainThread();
    const gated = await back.page.evaluate(() => {
      const [e] = performance.getEntriesByName(new URL('/t/analytics.js', location.href).href);
      return e.requestStart || e.startTime;
    });
    Object.assign(result, {
      returnBytes: await libraryBytes(back.page, lib),
      returnScriptMs: ms(backWork.script),
      returnLayoutMs: ms(backWork.layout),
      returnTaskMs: ms(backWork.task),
      gatedRequestMs: ms(gated),
    });
  } finally {
    await visitor.close();
  }

  if (!acceptAll) return result;
  const clicker = await browser.newContext();
  try {
    const page = await openPage(clicker, rate, { banner, inlineScripts: INLINE_SCRIPTS });
    await page.page.goto(`${origin}/${lib}/scripts.html`);
    await page.signal('banner');
    await page.page.click(acceptAll);
    await page.signal('all-ran');
    const { clickAt, allRanAt } = await page.page.evaluate(() => window.__bench);
    result.inlineScriptsMs = ms(allRanAt - clickAt);
  } finally {
    await clicker.close();
  }
  return result;
}

// What the table shows, in its order. Bytes do not depend on the CPU, so they are shown once.
const FIGURES = [
  { key: 'firstBytes', label: 'first visit, library bytes (gzip)', unit: 'B', rates: [1] },
  { key: 'bannerMs', label: 'time to banner visible', unit: 'ms' },
  { key: 'firstScriptMs', label: 'first visit, main-thread script until banner', unit: 'ms' },
  { key: 'firstLayoutMs', label: 'first visit, layout and style until banner', unit: 'ms' },
  { key: 'firstTaskMs', label: 'first visit, main-thread tasks until banner', unit: 'ms' },
  { key: 'longTasks', label: 'first visit, long tasks', unit: 'count' },
  { key: 'longTaskMs', label: 'first visit, long tasks, total', unit: 'ms' },
  { key: 'cls', label: 'first visit, CLS', unit: 'cls' },
  { key: 'returnBytes', label: 'returning visit, library bytes (gzip)', unit: 'B', rates: [1] },
  { key: 'returnScriptMs', label: 'returning visit, main-thread script', unit: 'ms' },
  { key: 'returnLayoutMs', label: 'returning visit, layout and style', unit: 'ms' },
  { key: 'returnTaskMs', label: 'returning visit, main-thread tasks', unit: 'ms' },
  { key: 'gatedRequestMs', label: 'returning visit, gated analytics request starts', unit: 'ms' },
  { key: 'inlineScriptsMs', label: `${INLINE_SCRIPTS} gated inline scripts, Accept all to all ran`, unit: 'ms' },
];

function figures(results) {
  const out = [];
  for (const f of FIGURES)
    for (const rate of f.rates ?? RATES) {
      const of = (lib) => {
        const values = results.filter((r) => r.library == lib && r.rate == rate && r[f.key] !== undefined).map((r) => r[f.key]);
        return values.length ? summarize(values) : null;
      };
      const [base, ours, theirs] = [of('none'), of('consentry'), of('vanilla')];
      out.push({ key: f.key, label: f.label, unit: f.unit, rate, base, ours, theirs, ratio: ratio(ours.median, theirs.median) });
    }
  return out;
}

const NAMES = { base: LIBRARIES.none.name, ours: LIBRARIES.consentry.name, theirs: LIBRARIES.vanilla.name };
const loadavg = () => os.loadavg().map((n) => Math.round(n * 100) / 100);

const started = Date.now();
const loadBefore = loadavg();
const server = await startServer(siteFiles());
const executablePath = await findChromium().catch((e) => fail(e.message));
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
const results = [];
try {
  // One unmeasured round first: the first pages of a fresh browser are slower (its caches, code warming up).
  if (!args.quick) for (const lib of Object.keys(LIBRARIES)) await measure(browser, server.origin, lib, 1);
  for (let run = 0; run < runs; run++)
    for (const rate of RATES) {
      // Rotating which page goes first spreads any drift in the machine's load over all of them.
      const libs = Object.keys(LIBRARIES);
      const order = [...libs.slice(run % libs.length), ...libs.slice(0, run % libs.length)];
      for (const lib of order) {
        process.stderr.write(`run ${run + 1}/${runs}, CPU ${rate}x, ${LIBRARIES[lib].name}\n`);
        results.push({ run: run + 1, ...(await measure(browser, server.origin, lib, rate)) });
      }
    }
} finally {
  await browser.close();
  await server.close();
}

const summary = figures(results);
const table = markdownTable(summary, NAMES);
const cpus = os.cpus();
const commit = (() => {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
})();
const report = {
  date: new Date().toISOString(),
  durationSeconds: Math.round((Date.now() - started) / 1000),
  runs,
  rates: RATES,
  machine: {
    cores: cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: { before: loadBefore, after: loadavg() },
    os: `${os.type()} ${os.release()}`,
    chromium: chromiumVersion,
    node: process.version,
  },
  libraries: {
    consentry: { commit, files: 'dist/consentry.global.js with data-config-stamp, then consentry-banner.en.global.js and banner.css when the banner is needed' },
    vanilla: {
      version: JSON.parse(readFileSync(root + 'node_modules/vanilla-cookieconsent/package.json', 'utf8')).version,
      files: 'dist/cookieconsent.umd.js and dist/cookieconsent.css',
    },
  },
  // Named by library here, for readers of the file; `ratio` is consentry ÷ vanilla-cookieconsent.
  figures: summary.map(({ base, ours, theirs, ratio, ...figure }) => ({ ...figure, none: base, consentry: ours, vanilla: theirs, ratio: ratio && Math.round(ratio * 1000) / 1000 })),
};
const machine = `${report.machine.cores} cores (${report.machine.cpu}), load average ${loadBefore[0]} before and ${report.machine.loadAverage.after[0]} after, Chromium ${chromiumVersion}, Node ${process.version}`;
const heading = `${report.date.slice(0, 10)}, ${runs} interleaved run${runs == 1 ? "" : "s"} of each, consentry ${commit}${stamp ? '' : ' without data-config-stamp'} against vanilla-cookieconsent ${report.libraries.vanilla.version}; ${machine}.`;

console.log(`\n${heading}\n\n${table}\n`);
if (printOnly) {
  console.log(`(${args.quick ? '--quick' : '--no-stamp'}: nothing written)`);
} else {
  // Each figure's runs on one line: the file stays short enough to read.
  const json = JSON.stringify(report, null, 2).replace(/\[\s+([-\d.,\s]+?)\s+\]/g, (_, list) => `[${list.split(/,\s+/).join(', ')}]`);
  writeFileSync(root + 'bench/results.json', json + '\n');
  writeFileSync(root + 'README.md', readme.replace(README_BLOCK, () => `<!-- bench:start -->\nLatest run: ${heading}\n\n${table}\n<!-- bench:end -->`));
  console.log(`Wrote bench/results.json and the table in README.md (${report.durationSeconds} s).`);
}
