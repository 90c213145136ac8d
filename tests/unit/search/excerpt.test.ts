import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '~/search/excerpt';

describe('excerptParts', () => {
  it('splits an excerpt into plain and highlighted runs', () => {
    expect(excerptParts('every <mark>pod</mark> gets its own <mark>IP</mark> address')).toEqual([
      { text: 'every ', marked: false },
      { text: 'pod', marked: true },
      { text: ' gets its own ', marked: false },
      { text: 'IP', marked: true },
      { text: ' address', marked: false },
    ]);
  });

  it('decodes escaped text, so markup in a lesson reads as text and never as HTML', () => {
    expect(excerptParts('use &lt;script&gt; &amp; <mark>&quot;ports&quot;</mark>')).toEqual([
      { text: 'use <script> & ', marked: false },
      { text: '"ports"', marked: true },
    ]);
  });

  it('drops any other tag and keeps its text', () => {
    expect(excerptParts('a <b>bold</b> <img src=x onerror=alert(1)>claim')).toEqual([
      { text: 'a bold claim', marked: false },
    ]);
  });

  it('merges adjacent runs and skips empty ones', () => {
    expect(excerptParts('<mark>kube</mark><mark>-proxy</mark>')).toEqual([
      { text: 'kube-proxy', marked: true },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('&lt;a&gt; &#39;b&#x27; &apos;c&apos; &nbsp;')).toBe(
      "<a> 'b' 'c' \u00a0",
    );
  });

  it('leaves unknown or invalid references as they are', () => {
    expect(decodeEntities('&bogus; &#0; &#x110000; & alone')).toBe(
      '&bogus; &#0; &#x110000; & alone',
    );
  });
});
