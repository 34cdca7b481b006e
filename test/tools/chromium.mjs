// Finds a Chromium binary for the end-to-end tests, installing Debian's package when we may.
// Never skips: without a browser the e2e suite cannot prove anything, so we fail loudly instead.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Quiet, deterministic Chromium for every tool that drives it (e2e tests, screenshots, the benchmark): no
// sandbox (containers, root), no GPU, and no background traffic that would show up in request logs or timings.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const HOW = 'No Chromium found: set CHROMIUM_PATH=/path/to/chromium, or run `apt-get install -y chromium` as root, or `npx playwright-core install chromium`.';

function candidates() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
}

// playwright-core knows where its own `install chromium` puts the binary for this version.
async function playwrightOwn() {
  try {
    const { chromium } = await import('playwright-core');
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

function hasAptAsRoot() {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Resolves to the path of a runnable Chromium, or throws an Error whose message is one line saying how to get one. */
export async function findChromium({ install = true } = {}) {
  const found = candidates().find((p) => existsSync(p)) ?? (await playwrightOwn());
  if (found) return found;
  if (install && hasAptAsRoot()) {
    // stdout goes to stderr so a caller capturing our output only sees the path.
    execFileSync('sh', ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'], {
      stdio: ['ignore', 2, 2],
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(HOW);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  findChromium().then(
    (p) => console.log(p),
    (e) => {
      console.error(e.message.split('\n')[0]);
      process.exit(1);
    },
  );
}
