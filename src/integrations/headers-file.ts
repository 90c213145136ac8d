// The `_headers` file that static hosts such as Netlify and Cloudflare Pages read: security
// headers for every path, each page's Content-Security-Policy (the same one as in its <meta>,
// plus what a <meta> cannot carry), and cache rules (pure: the integration supplies the pages).

/** A built page: its URL path (under the base path) and the CSP from its <meta> tag. */
export interface PageCsp {
  path: string;
  csp: string;
}

/** Headers every response gets. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

// Directives that only work in a header, added to each page's policy.
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** The text of `_headers` for a site served under `base` (e.g. "/" or "/podnet/"). */
export function headersFile(pages: readonly PageCsp[], base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const blocks: string[] = [
    block(`${root}*`, SECURITY_HEADERS),
    // Hashed build assets never change under the same name.
    block(`${root}_astro/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    // The service worker and the search index must be revalidated, or updates are missed.
    block(`${root}sw.js`, { 'Cache-Control': 'no-cache' }),
    block(`${root}pagefind/*`, { 'Cache-Control': 'no-cache' }),
  ];
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    const csp = [page.csp.replace(/;\s*$/, ''), ...HEADER_ONLY_DIRECTIVES].join('; ');
    const headers = { 'Content-Security-Policy': csp, 'Cache-Control': 'no-cache' };
    for (const path of pathsOf(page.path)) blocks.push(block(path, headers));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** Reads the CSP from a page's <meta http-equiv="content-security-policy">, if it has one. */
export function cspFromHtml(html: string): string | null {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return (
    meta?.[1]
      ?.replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&') ?? null
  );
}

// The URLs a page answers to: `/a/` also as `/a/index.html`; `/404.html` as itself.
function pathsOf(path: string): string[] {
  return path.endsWith('/') ? [path, `${path}index.html`] : [path];
}

// One rule: a path pattern and its indented headers.
function block(path: string, headers: Readonly<Record<string, string>>): string {
  return [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join(
    '\n',
  );
}
