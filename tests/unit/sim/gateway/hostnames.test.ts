import { describe, expect, it } from 'vitest';
import {
  explainRequest,
  hostMatches,
  hostnamesIntersect,
  normalizeHost,
  routeRequest,
} from '~/sim/gateway';
import { gateway, input, route, rule } from './fixtures';

// Gateway API hostnames: a leading `*.` stands for one OR MORE labels (Ingress: exactly one).

describe('hostMatches', () => {
  it('a wildcard matches one or more labels, never the bare domain', () => {
    expect(hostMatches('*.example.com', 'foo.example.com')).toBe(true);
    expect(hostMatches('*.example.com', 'foo.bar.example.com')).toBe(true);
    expect(hostMatches('*.example.com', 'example.com')).toBe(false);
    expect(hostMatches('*.example.com', 'fooexample.com')).toBe(false);
  });

  it('a precise name matches itself, ignoring case', () => {
    expect(hostMatches('Shop.Example.com', 'shop.example.com')).toBe(true);
    expect(hostMatches('shop.example.com', 'www.shop.example.com')).toBe(false);
  });

  it('the request host loses its port, case and trailing dot', () => {
    expect(normalizeHost('Shop.Example.COM:8080')).toBe('shop.example.com');
    expect(normalizeHost('shop.example.com.')).toBe('shop.example.com');
  });
});

describe('hostnamesIntersect (listener and route)', () => {
  it('follows the specification examples', () => {
    expect(hostnamesIntersect('test.example.com', '*.example.com')).toBe(true);
    expect(hostnamesIntersect('test.example.com', 'test.example.com')).toBe(true);
    expect(hostnamesIntersect('*.example.com', 'foo.test.example.com')).toBe(true);
    expect(hostnamesIntersect('*.example.com', '*.test.example.com')).toBe(true);
    expect(hostnamesIntersect('*.example.com', 'test.example.net')).toBe(false);
    expect(hostnamesIntersect('*.example.com', 'example.com')).toBe(false);
  });
});

describe('hostnames in routing', () => {
  const listeners = gateway([
    { name: 'http', port: 80, protocol: 'HTTP', hostname: '*.example.com' },
  ]);

  it('a route without hostnames inherits the listener hostname', () => {
    const routes = [route('any', [rule('any')])];
    expect(
      routeRequest(input(routes, listeners), { host: 'a.b.example.com', path: '/' })?.route,
    ).toBe('infra/any');
    expect(explainRequest(input(routes, listeners), { host: 'example.org', path: '/' })).toEqual({
      status: 404,
      result: null,
      reasons: ['No listener of Gateway web accepts host example.org, so the request gets a 404.'],
    });
  });

  it('route hostnames outside the listener hostname are ignored', () => {
    const routes = [
      route('r', [rule('r')], { hostnames: ['test.example.com', 'test.example.net'] }),
    ];
    expect(
      routeRequest(input(routes, listeners), { host: 'test.example.com', path: '/' })?.route,
    ).toBe('infra/r');
    expect(routeRequest(input(routes), { host: 'test.example.net', path: '/' })?.route).toBe(
      'infra/r',
    );
  });

  it('a route whose hostnames all miss the listener is not attached', () => {
    const routes = [route('r', [rule('r')], { hostnames: ['shop.example.net'] })];
    const explained = explainRequest(input(routes, listeners), {
      host: 'shop.example.com',
      path: '/',
    });
    expect(explained.status).toBe(404);
    expect(explained.reasons).toContain(
      'HTTPRoute infra/r is not attached to listener "http": none of its hostnames (shop.example.net) intersects the listener\'s *.example.com.',
    );
  });

  it('the route with the longest matching precise hostname wins over a longer path', () => {
    const routes = [
      route('wild', [rule('wild', [{ path: { type: 'Exact', value: '/cart' } }])], {
        hostnames: ['*.example.com'],
      }),
      route('precise', [rule('precise')], { hostnames: ['shop.example.com'] }),
    ];
    const explained = explainRequest(input(routes), { host: 'shop.example.com', path: '/cart' });
    expect(explained.result?.route).toBe('infra/precise');
    expect(explained.reasons).toContain(
      'HTTPRoute infra/wild rule 0 match 0 (Exact /cart) also matches but loses: its precise hostname shop.example.com beats the wildcard *.example.com (more characters of a matching non-wildcard hostname win).',
    );
  });

  it('among wildcards the longer one wins', () => {
    const routes = [
      route('short', [rule('short')], { hostnames: ['*.example.com'] }),
      route('long', [rule('long')], { hostnames: ['*.shop.example.com'] }),
    ];
    expect(routeRequest(input(routes), { host: 'eu.shop.example.com', path: '/' })?.route).toBe(
      'infra/long',
    );
    expect(routeRequest(input(routes), { host: 'eu.blog.example.com', path: '/' })?.route).toBe(
      'infra/short',
    );
    expect(
      explainRequest(input(routes), { host: 'eu.shop.example.com', path: '/' }).reasons[2],
    ).toBe(
      'HTTPRoute infra/short rule 0 match 0 (PathPrefix /) also matches but loses: its hostname *.shop.example.com is longer than *.example.com (more characters of a matching hostname win).',
    );
  });

  it('the most specific listener takes the request', () => {
    const gw = gateway([
      { name: 'any', port: 80, protocol: 'HTTP' },
      { name: 'wild', port: 80, protocol: 'HTTP', hostname: '*.example.com' },
      { name: 'shop', port: 80, protocol: 'HTTP', hostname: 'shop.example.com' },
    ]);
    const routes = [
      route('to-any', [rule('a')], { sectionName: 'any' }),
      route('to-wild', [rule('w')], { sectionName: 'wild' }),
      route('to-shop', [rule('s')], { sectionName: 'shop' }),
    ];
    expect(routeRequest(input(routes, gw), { host: 'shop.example.com', path: '/' })).toMatchObject({
      route: 'infra/to-shop',
      listener: 'shop',
    });
    expect(routeRequest(input(routes, gw), { host: 'blog.example.com', path: '/' })?.route).toBe(
      'infra/to-wild',
    );
    expect(routeRequest(input(routes, gw), { host: 'example.org', path: '/' })?.route).toBe(
      'infra/to-any',
    );
    expect(
      routeRequest(input(routes, gw), { host: 'shop.example.com', path: '/' }, 'any')?.route,
    ).toBe('infra/to-any');
  });
});
