// @ts-check
import { defineConfig } from 'astro/config';
import expressiveCode from 'astro-expressive-code';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import pkg from './package.json' with { type: 'json' };
import { staticHeaders } from './src/integrations/static-headers.ts';
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
  // Stylesheets are always files: Astro's CSP does not track the hashes of component styles that
  // it inlines into MDX content pages, and a file is allowed by style-src 'self' anyway.
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.PODNET_OUT_DIR ?? './dist',
  // A Content Security Policy in every page's <meta>: Astro hashes the scripts and styles it
  // emits; nothing may load from another origin. Pagefind's search runs WebAssembly, hence
  // 'wasm-unsafe-eval'; inline style attributes (Expressive Code's token colours, React's style
  // props in server-rendered islands) are allowed, style elements must match a hash. Headers a
  // <meta> cannot carry (frame-ancestors, …) are in public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: {
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
  // The app version goes into exported progress files.
  vite: {
    define: { __PODNET_VERSION__: JSON.stringify(pkg.version) },
    build: {
      rollupOptions: {
        output: {
          // InputError travels with the IPv4 helpers that nearly every engine loads anyway: left to
          // itself, the bundler gives it a chunk of its own (a request and ~150 bytes more on
          // pages that sit at DESIGN's 150 KB limit) as soon as one engine uses it alone.
          manualChunks: (id) =>
            /\/src\/sim\/ip\/(input-error|ipv4)\.ts$/.test(id) ? 'ipv4' : undefined,
        },
      },
    },
  },
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
    staticHeaders(),
  ],
});
