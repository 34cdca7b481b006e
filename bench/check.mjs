#!/usr/bin/env node
// How long `consentry check` takes on a typical site: examples/consent.json and 20 pages of about 50 KB each (the
// demo clinic's page with a long article, third-party embeds and gated tags). A benchmark figure, not a test;
// the issue asks for under a second. Run after `npm run build`: `npm run bench:check`. Times the whole command,
// Node's start-up included, as a site owner runs it: the median and maximum of 5 runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'consentry-bench-'));
const page = readFileSync(join(root, 'examples/clinic/index.html'), 'utf8');
const article = `
  <section>
    <h2>Treatments</h2>
    <p>Our clinic offers general practice, vaccinations, physiotherapy and travel medicine. Book online or call us.</p>
    <iframe data-category="media" data-src="https://www.youtube-nocookie.com/embed/abc" title="Video tour"></iframe>
    <img src="/img/team.jpg" alt="Our team" width="600" height="400">
    <script type="text/plain" data-category="analytics" src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
  </section>`;
const pages = Array.from({ length: 20 }, (_, i) => {
  const file = join(dir, `page-${i}.html`);
  writeFileSync(file, page.replace('</main>', article.repeat(100) + '</main>'));
  return file;
});
const size = pages.reduce((n, f) => n + readFileSync(f).length, 0);

const times = [];
try {
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    try {
      execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'check', join(root, 'examples/consent.json'), '--html', ...pages], { stdio: 'pipe' });
    } catch (e) {
      // Warnings or errors in the sample are not the point; a failure to run is.
      if (e.status !== 1 && e.status !== 2) throw e;
    }
    times.push(performance.now() - start);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
times.sort((a, b) => a - b);
const ms = (n) => `${Math.round(n)} ms`;
console.log(`consentry check, examples/consent.json and 20 pages (${(size / 1024).toFixed(0)} KB): median ${ms(times[2])}, max ${ms(times[4])} (target: under 1 s)`);
