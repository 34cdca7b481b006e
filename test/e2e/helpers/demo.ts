import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { scriptTagFiles } from './dist';
import { startServer, type TestServer } from './server';

const root = resolve(__dirname, '../../..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

/** examples/clinic-consent.json: the demo clinic's config, a fresh copy each call. */
export const demoConfig = (): Record<string, any> => JSON.parse(read('examples/clinic-consent.json'));

/** The demo config with six optional categories, the most a clinic is likely to have. */
export function sixCategoryConfig(): Record<string, any> {
  const config = demoConfig();
  const optional = (id: string, title: string, description: string) => ({ id, title, description });
  config.categories = [
    config.categories[0],
    optional('functional', 'Functional', 'Remember settings such as text size.'),
    ...config.categories.slice(1),
    optional('personalisation', 'Personalisation', 'Show content that suits your visits.'),
    optional('social', 'Social media', 'Share buttons of social networks.'),
  ];
  return config;
}

/**
 * Serves the demo clinic pages (examples/clinic) once per config, as examples/serve.mjs would, at the given
 * paths (e.g. `{ '/index.html': demoConfig() }`), with the built script-tag files under /dist/. A path naming a
 * page of the demo (`/cookie-policy.html`) serves that page, any other the article page.
 */
export function startDemo(pages: Record<string, unknown>): Promise<TestServer> {
  const files: Record<string, string> = { '/clinic/site.css': read('examples/clinic/site.css'), ...scriptTagFiles() };
  for (const [path, config] of Object.entries(pages)) {
    const html = read('examples/clinic' + (existsSync(resolve(root, 'examples/clinic' + path)) ? path : '/index.html'));
    files[path] = html.replace('__CONSENTRY_CONFIG__', JSON.stringify(config).replace(/</g, '\\u003c'));
  }
  return startServer({ root: resolve(root, 'examples/clinic'), files });
}

/**
 * Resolves once the page's running animations (the banner's and the dialog's entrance) have finished, or were
 * cancelled (an element hidden or removed mid-way).
 */
export const animationsDone = (page: Page) =>
  page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {})))).then(() => {});
