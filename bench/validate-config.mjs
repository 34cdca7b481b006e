#!/usr/bin/env node
// How long validateConfig takes on hostile 10 MB inputs (issue #8): a benchmark figure, not a test. Run after
// `npm run build`: `npm run bench:validate`. Prints one line per input: its size, the issues found, and the
// median and maximum of 5 runs in milliseconds (parsing the JSON is not counted).
import { validateConfig } from '../dist/index.js';

const MB = 1024 * 1024;
const TARGET = 10 * MB;
const base = { links: { cookiePolicy: '/c', privacyPolicy: '/p' } };
const required = { id: 'essential', required: true, title: 'Essential', description: '' };
const text = 'x'.repeat(400);

const inputs = {
  'many categories with long texts': () => {
    const n = Math.floor(TARGET / (text.length + 60));
    return { ...base, categories: [required, ...Array.from({ length: n }, (_, i) => ({ id: 'c' + i, title: 'T', description: text }))] };
  },
  'unknown keys at the top': () => {
    const o = { ...base, categories: [required] };
    for (let i = 0; o && i < TARGET / 20; i++) o['unknown_key_' + i] = i;
    return o;
  },
  'texts with 200,000 keys': () => ({ ...base, categories: [required], texts: { en: Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => ['key' + i, text.slice(0, 40)])) } }),
  'lists nested 5,000,000 deep (10 MB of JSON)': () => JSON.parse(`{"categories":[],"ui":${'['.repeat(TARGET / 2)}${']'.repeat(TARGET / 2)}}`),
  // 400 MB once written out as JSON, which validateConfig never does.
  'one object shared 2^24 ways': () => {
    let shared = { name: '_ga' };
    for (let i = 0; i < 24; i++) shared = { a: shared, b: shared };
    return { ...base, categories: [required], integrations: { shared } };
  },
};

for (const [name, make] of Object.entries(inputs)) {
  const input = make();
  let size = 'as JSON: too deep or too large to write out';
  try {
    if (!name.includes('shared')) size = (JSON.stringify(input).length / MB).toFixed(1) + ' MB';
  } catch {}
  const times = [];
  let issues = 0;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const result = validateConfig(input);
    times.push(performance.now() - start);
    issues = result.ok ? 0 : result.issues.length;
  }
  times.sort((a, b) => a - b);
  console.log(`${name} (${size}): ${issues} issues, median ${times[2].toFixed(0)} ms, max ${times[4].toFixed(0)} ms`);
}
