import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspFromHtml, headersFile, type PageCsp } from './headers-file';

/** Writes `_headers` into the build: security headers, each page's CSP, and cache rules. */
export function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'podnet:static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages: PageCsp[] = [];
        for (const file of await htmlFiles(outDir)) {
          const csp = cspFromHtml(await readFile(file, 'utf8'));
          const path = relative(outDir, file).replace(/(^|\/)index\.html$/, '$1');
          if (csp) pages.push({ path: `${base.replace(/\/?$/, '/')}${path}`, csp });
        }
        await writeFile(join(outDir, '_headers'), headersFile(pages, base));
        logger.info(`_headers written with the CSP of ${pages.length} pages`);
      },
    },
  };
}

// Every .html file under a folder.
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}
