// @ts-check
import { defineConfig } from 'astro/config';
import expressiveCode from 'astro-expressive-code';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index';
import { serviceWorker } from './src/integrations/service-worker';

// The base path lets the site live under a sub-folder, e.g. a project page at /podnet/.
// Set PODNET_BASE=/podnet/ at build time; the default serves from the root.
const base = process.env.PODNET_BASE ?? '/';
const site = process.env.PODNET_SITE ?? 'https://podnet.example.org';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  outDir: process.env.PODNET_OUT_DIR ?? './dist',
  integrations: [
    // Expressive Code must come before MDX so that MDX code blocks get it.
    expressiveCode({
      themes: ['github-light', 'github-dark'],
      themeCssSelector: (theme) =>
        theme.type === 'dark' ? "[data-theme='dark']" : "[data-theme='light']",
      useDarkModeMediaQuery: true,
      styleOverrides: { codeFontFamily: 'var(--font-mono)', borderRadius: '6px' },
    }),
    mdx(),
    react(),
    // The offline page is only for the service worker; it is noindex and has no place in a sitemap.
    sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/offline/') }),
    // Both run when the build is done, in this order: the worker must precache the search index.
    searchIndex(),
    serviceWorker(),
  ],
});
