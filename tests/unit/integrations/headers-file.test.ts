import { describe, expect, it } from 'vitest';
import { cspFromHtml, headersFile } from '~/integrations/headers-file';

const csp = "default-src 'self'; script-src 'self' 'sha256-abc='; style-src-attr 'unsafe-inline';";

describe('headersFile', () => {
  it('gives every path the security headers and each page its own CSP plus frame-ancestors', () => {
    const text = headersFile(
      [
        { path: '/podnet/lessons/a/', csp },
        { path: '/podnet/404.html', csp },
      ],
      '/podnet/',
    );
    const blocks = text.trim().split('\n\n');
    expect(blocks[0]).toMatch(/^\/podnet\/\*\n {2}X-Content-Type-Options: nosniff\n/);
    expect(blocks[0]).toContain('Referrer-Policy: no-referrer');
    expect(text).toContain(
      '/podnet/_astro/*\n  Cache-Control: public, max-age=31536000, immutable',
    );
    expect(text).toContain('/podnet/sw.js\n  Cache-Control: no-cache');
    const expected = `  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='; style-src-attr 'unsafe-inline'; frame-ancestors 'none'`;
    for (const path of ['/podnet/lessons/a/', '/podnet/lessons/a/index.html', '/podnet/404.html']) {
      expect(text).toContain(`${path}\n${expected}\n  Cache-Control: no-cache`);
    }
  });
});

describe('cspFromHtml', () => {
  it("reads the policy from a page's meta tag, unescaping entities", () => {
    const html = `<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"></head>`;
    expect(cspFromHtml(html)).toBe("script-src 'self'");
    expect(cspFromHtml('<head></head>')).toBeNull();
  });
});
