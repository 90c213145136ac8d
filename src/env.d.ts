/// <reference types="astro/client" />

/** The app's version from package.json, set at build time (astro.config.mjs). */
declare const __PODNET_VERSION__: string;
