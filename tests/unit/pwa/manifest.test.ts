import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_COLOR,
  ICON_FILES,
  THEME_COLOR,
  normalizeBase,
  webManifest,
} from '~/pwa/manifest';

// The light value of a light-dark() colour token in src/styles/tokens.css.
function lightToken(name: string): string {
  const css = readFileSync(new URL('../../../src/styles/tokens.css', import.meta.url), 'utf8');
  const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]+),`, 'i').exec(css);
  if (!match?.[1]) throw new Error(`no token --${name}`);
  return match[1];
}

describe('webManifest', () => {
  it('describes an installable standalone app at the site root', () => {
    const manifest = webManifest('/');
    expect(manifest.name).toBe('Podnet — Kubernetes networking course');
    expect(manifest.short_name).toBe('Podnet');
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('/');
    expect(manifest.scope).toBe('/');
    expect(manifest.id).toBe('/');
    expect(manifest.description.length).toBeGreaterThan(20);
  });

  it('keeps start_url, scope and icons under a base path', () => {
    const manifest = webManifest('/podnet/');
    expect(manifest.start_url).toBe('/podnet/');
    expect(manifest.scope).toBe('/podnet/');
    for (const icon of manifest.icons) expect(icon.src.startsWith('/podnet/')).toBe(true);
  });

  it('lists the 192 and 512 icons and a 512 maskable one', () => {
    const icons = webManifest('/').icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'} ${i.src}`);
    expect(icons).toContain(`192x192 any /${ICON_FILES.any192}`);
    expect(icons).toContain(`512x512 any /${ICON_FILES.any512}`);
    expect(icons).toContain(`512x512 maskable /${ICON_FILES.maskable512}`);
  });

  it('points only at icon files that exist in public/', () => {
    for (const icon of webManifest('/').icons) {
      const file = new URL(`../../../public${icon.src}`, import.meta.url);
      expect(readFileSync(file).length, icon.src).toBeGreaterThan(0);
    }
    const apple = new URL(`../../../public/${ICON_FILES.appleTouch180}`, import.meta.url);
    expect(readFileSync(apple).length).toBeGreaterThan(0);
  });

  it("uses the light theme's accent and background from the design tokens", () => {
    expect(THEME_COLOR.toLowerCase()).toBe(lightToken('color-accent').toLowerCase());
    expect(BACKGROUND_COLOR.toLowerCase()).toBe(lightToken('color-bg').toLowerCase());
    const manifest = webManifest('/');
    expect(manifest.theme_color).toBe(THEME_COLOR);
    expect(manifest.background_color).toBe(BACKGROUND_COLOR);
  });
});

describe('normalizeBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/podnet', '/podnet/'],
    ['podnet/', '/podnet/'],
    ['/podnet/', '/podnet/'],
    ['/a/b/', '/a/b/'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});
