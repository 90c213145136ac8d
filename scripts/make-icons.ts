// Renders the app icons (PNG) from public/favicon.svg with headless Chromium, once, when the logo
// changes: `npx node scripts/make-icons.ts`. The PNGs are committed to public/icons/; the web app
// manifest (src/pwa/manifest.ts) and Base.astro link them.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium.ts';

/** One icon to render: its file, its size in pixels, and how the logo sits on it. */
interface IconSpec {
  file: string;
  size: number;
  /** The logo's share of the icon's width (1 = edge to edge). */
  scale: number;
  /** A full-bleed background colour, or none for a transparent icon. */
  background?: string;
}

const ACCENT = '#1f5fbf';
const ICONS: IconSpec[] = [
  { file: 'icon-192.png', size: 192, scale: 1 },
  { file: 'icon-512.png', size: 512, scale: 1 },
  // Maskable: launchers crop to any shape that holds the central circle of 80% of the width. The
  // logo's square is the background's colour, so only its glyph (60% of the logo) must fit there.
  { file: 'icon-maskable-512.png', size: 512, scale: 0.8, background: ACCENT },
  // iOS fills transparency with black and rounds the corners itself: a solid square is wanted.
  { file: 'apple-touch-icon-180.png', size: 180, scale: 0.9, background: ACCENT },
];

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    await page.setContent(iconHtml(icon));
    await page.screenshot({
      path: new URL(`../public/icons/${icon.file}`, import.meta.url).pathname,
      omitBackground: icon.background === undefined,
    });
    await page.close();
    console.log(`public/icons/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}

// A page that shows only the logo, centred at the icon's scale, on its background.
function iconHtml(icon: IconSpec): string {
  const logo = Math.round(icon.size * icon.scale);
  const background = icon.background ?? 'transparent';
  return `<!doctype html><html><body style="margin:0;width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:${background}"><div style="width:${logo}px;height:${logo}px">${svg.replace('<svg ', `<svg width="${logo}" height="${logo}" `)}</div></body></html>`;
}
