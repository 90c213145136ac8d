// The web app manifest, written at build time for the configured base path.
import type { APIRoute } from 'astro';
import { webManifest } from '~/pwa/manifest';

/** Serves the manifest as JSON with its own media type. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(import.meta.env.BASE_URL), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
