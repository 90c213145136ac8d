// Measures what one built page makes the browser download, gzipped, by kind: the pure part of the
// budget check (no file system here: files are read through the `read` function it is given).
import { gzipSync } from 'node:zlib';

/** What a page weighs, in gzipped bytes, and which assets make up each figure. */
export interface PageWeight {
  jsInitial: number;
  /** JS with every island hydrated: jsInitial plus the islands' own code (static imports). */
  jsTotal: number;
  /**
   * JS that loads only on a learner's action: every dynamic import(), from a page script (the
   * search dialog) or an island (an editor, a parser), and what those chunks import. Outside jsTotal.
   */
  jsOnDemand: number;
  /** Everything the page can ever load: jsTotal + jsOnDemand. */
  jsAll: number;
  css: number;
  html: number;
  images: number;
  assets: { kind: Kind; url: string; bytes: number }[];
}

export type Kind = 'jsInitial' | 'jsLazy' | 'jsOnDemand' | 'css' | 'image' | 'inline';

/** Reads a site file by its URL path (e.g. "/_astro/x.js"); undefined when it is not in the build. */
export type ReadAsset = (urlPath: string) => Buffer | undefined;

const EAGER_ISLANDS = new Set(['load', 'idle']);

/** Gzipped size at level 9, the figure budgets use. */
export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Weighs a page from its HTML and the assets it pulls in, following JS imports. */
export function weighPage(html: string, pageUrl: string, read: ReadAsset): PageWeight {
  const resolve = (ref: string): string =>
    new URL(decodeEntities(ref), `http://site${pageUrl}`).pathname;
  const assets: PageWeight['assets'] = [];
  const seen = new Set<string>();
  // Dynamic imports wait until every static graph is walked: a chunk that an island imports
  // statically counts with the island even when something else also loads it on demand.
  const pending: string[] = [];
  const add = (kind: Kind, url: string): void => {
    if (seen.has(url)) return;
    const data = read(url);
    if (!data) return;
    seen.add(url);
    assets.push({ kind, url, bytes: gzipSize(data) });
    if (kind === 'jsInitial' || kind === 'jsLazy' || kind === 'jsOnDemand') {
      const code = data.toString('utf8');
      for (const dep of staticImports(code)) add(kind, resolveFrom(url, dep));
      for (const dep of dynamicImports(code)) pending.push(resolveFrom(url, dep));
    }
  };

  // Eager roots first, so a file that both kinds need (React's renderer) counts as eager.
  const islandList = islands(html);
  const isEager = (island: { client: string }): boolean => EAGER_ISLANDS.has(island.client);
  const islandFiles = (list: typeof islandList): string[] =>
    list.flatMap((i) => [i.renderer, i.component]).filter((u): u is string => Boolean(u));
  for (const src of attrValues(html, /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g))
    add('jsInitial', resolve(src));
  for (const url of islandFiles(islandList.filter(isEager))) add('jsInitial', resolve(url));
  for (const url of islandFiles(islandList.filter((i) => !isEager(i)))) add('jsLazy', resolve(url));
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    add('jsOnDemand', next);
  }
  for (const href of attrValues(html, /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g))
    add('css', resolve(href));
  for (const src of attrValues(html, /<img\b[^>]*\bsrc="([^"]+)"/g)) add('image', resolve(src));

  const inlineJs = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? '')
    .filter((code) => code.trim() !== '' && !code.trimStart().startsWith('{'));
  const inlineBytes = inlineJs.length > 0 ? gzipSize(inlineJs.join('\n')) : 0;
  if (inlineBytes > 0) assets.push({ kind: 'inline', url: '(inline scripts)', bytes: inlineBytes });

  const sum = (kinds: Kind[]): number =>
    assets.filter((a) => kinds.includes(a.kind)).reduce((total, a) => total + a.bytes, 0);
  return {
    jsInitial: sum(['jsInitial', 'inline']),
    jsTotal: sum(['jsInitial', 'jsLazy', 'inline']),
    jsOnDemand: sum(['jsOnDemand']),
    jsAll: sum(['jsInitial', 'jsLazy', 'inline', 'jsOnDemand']),
    css: sum(['css']),
    html: gzipSize(html),
    images: sum(['image']),
    assets,
  };
}

// The islands on a page: how each hydrates and which files it loads.
function islands(html: string): { client: string; component?: string; renderer?: string }[] {
  return [...html.matchAll(/<astro-island\b([^>]*)>/g)].map((m) => {
    const attrs = m[1] ?? '';
    const get = (name: string): string | undefined =>
      new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
    const island: { client: string; component?: string; renderer?: string } = {
      client: get('client') ?? 'load',
    };
    const component = get('component-url');
    const renderer = get('renderer-url');
    if (component) island.component = component;
    if (renderer) island.renderer = renderer;
    return island;
  });
}

// The first capture group of every match.
function attrValues(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => m[1] ?? '').filter(Boolean);
}

// Specifiers of `import … from "x"`, `import "x"` and re-exports `export {…} from "x"` in bundled
// ES modules (an island's entry chunk is often only a re-export of the chunk holding its code).
function staticImports(code: string): string[] {
  return [
    ...code.matchAll(
      /\b(?:import\s*(?:[\w*{}\s,$]+from\s*)?|export\s*[\w*{}\s,$]+from\s*)["']([^"']+)["']/g,
    ),
  ].map((m) => m[1] ?? '');
}

// Specifiers of `import("x")` with a literal argument; bundlers also write it as a template literal
// without substitutions (import(`./x.js`)).
function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*(["'`])([^"'`$]+)\1\s*\)/g)].map((m) => m[2] ?? '');
}

// Resolves an import specifier against the importing file's URL path.
function resolveFrom(fromUrl: string, specifier: string): string {
  return new URL(specifier, `http://site${fromUrl}`).pathname;
}

// Undoes the HTML entities Astro writes into attribute values.
function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
}
