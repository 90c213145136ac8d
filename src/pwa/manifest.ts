// The web app manifest, computed from the base path: the pure part of src/pages/manifest.webmanifest.ts.

/** The colours a launcher and the splash screen use: the light theme's accent and background. */
export const THEME_COLOR = '#1f5fbf';
export const BACKGROUND_COLOR = '#ffffff';

/** One icon entry of the manifest. */
export interface ManifestIcon {
  src: string;
  sizes: string;
  type: 'image/png' | 'image/svg+xml';
  purpose?: 'any' | 'maskable';
}

/** The fields of the web app manifest Podnet ships. */
export interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  display: 'standalone';
  theme_color: string;
  background_color: string;
  categories: string[];
  icons: ManifestIcon[];
}

/** The PNG icons in public/icons/ (made by scripts/make-icons.ts), by file name. */
export const ICON_FILES = {
  any192: 'icons/icon-192.png',
  any512: 'icons/icon-512.png',
  maskable512: 'icons/icon-maskable-512.png',
  appleTouch180: 'icons/apple-touch-icon-180.png',
} as const;

/** Builds the manifest for a site served under `base` ("/" or "/podnet/"). */
export function webManifest(base: string): WebManifest {
  const root = normalizeBase(base);
  return {
    id: root,
    name: 'Podnet — Kubernetes networking course',
    short_name: 'Podnet',
    description:
      'Learn Kubernetes networking with short lessons, live simulators and quizzes. Works offline once installed; your progress stays on this device.',
    lang: 'en',
    dir: 'ltr',
    start_url: root,
    scope: root,
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    categories: ['education'],
    icons: [
      { src: root + ICON_FILES.any192, sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: root + ICON_FILES.any512, sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: root + ICON_FILES.maskable512,
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
      { src: root + 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}

/** Turns a configured base ("/podnet", "podnet/", "/") into the "/podnet/" form URLs start with. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
