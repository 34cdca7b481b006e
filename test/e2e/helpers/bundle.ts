import { build } from 'esbuild';

/** Bundles `entry` (a browser test entry) into one IIFE script, in memory. */
export async function bundle(entry: string): Promise<string> {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'iife', target: 'es2020', write: false, logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}
