// Module-loader hook: ES modules under node_modules are loaded as they are, bypassing tsx.
// Why: tsx rewrites every `import()` in every ES module it loads and keeps a high-resolution source map
// of it; for pdfjs (pdf.mjs + pdf.worker.mjs, ~2 MB each) that costs ~370 MB of RSS per process
// (measured: a worker's host process 567 → 197 MB after its first page). Dependencies are plain
// JavaScript and need no transform. Registered after tsx, so this hook runs first.
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  if (context.format === 'module' && url.startsWith('file:') && url.includes('/node_modules/')) {
    return { format: 'module', source: await readFile(new URL(url)), shortCircuit: true };
  }
  return nextLoad(url, context);
}
