// An Astro integration that writes the service worker after the build: src/sw/sw.ts bundled with
// esbuild, then the list of every file of the build injected by workbox-build. It must run after
// the search index is written (list it after searchIndex() in astro.config.mjs).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { precacheGlobs, precacheReport } from '../pwa/precache';

const WORKER_SOURCE = fileURLToPath(new URL('../sw/sw.ts', import.meta.url));

/** The integration: writes sw.js into the build folder, logs the precache size, fails over budget. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'podnet:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { summary, problems } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(summary);
        if (problems.length > 0) {
          throw new Error(`Service worker: ${problems.join('; ')}`);
        }
      },
    },
  };
}

/** Writes `<outDir>/sw.js` precaching every file in outDir; usable on any built folder (tests do). */
export async function writeServiceWorker(
  outDir: string,
): Promise<ReturnType<typeof precacheReport>> {
  const work = await mkdtemp(join(tmpdir(), 'podnet-sw-'));
  try {
    const swSrc = join(work, 'sw.js');
    await build({
      entryPoints: [WORKER_SOURCE],
      outfile: swSrc,
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2022',
      legalComments: 'none',
      logLevel: 'warning',
      // Workbox prints its development logs only when this is not "production".
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const result = await injectManifest({
      swSrc,
      swDest: join(outDir, 'sw.js'),
      globDirectory: outDir,
      ...precacheGlobs(),
    });
    return precacheReport(result);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
