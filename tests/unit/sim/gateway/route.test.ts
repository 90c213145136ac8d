import { describe, expect, it } from 'vitest';
import { explainRequest, InputError, routeRequest } from '~/sim/gateway';
import { gateway, input, route, rule } from './fixtures';

// Matching and precedence as the HTTPRoute specification states them.

/** The backend name that answers, or the status when none does. */
function answer(
  routes: Parameters<typeof input>[0],
  request: Parameters<typeof routeRequest>[1],
): string {
  const result = routeRequest(input(routes), request);
  if (!result) return '404';
  return result.status === 500 ? '500' : (result.backends[0]?.name ?? '?');
}

describe('path matches', () => {
  const routes = [
    route('paths', [
      rule('exact', [{ path: { type: 'Exact', value: '/login' } }]),
      rule('prefix', [{ path: { type: 'PathPrefix', value: '/api' } }]),
      rule('regex', [{ path: { type: 'RegularExpression', value: '/v[0-9]+/.*' } }]),
    ]),
  ];

  it('Exact matches only the same path', () => {
    expect(answer(routes, { host: 'a.test', path: '/login' })).toBe('exact');
    expect(answer(routes, { host: 'a.test', path: '/login/' })).toBe('404');
  });

  it('PathPrefix matches whole path elements', () => {
    expect(answer(routes, { host: 'a.test', path: '/api' })).toBe('prefix');
    expect(answer(routes, { host: 'a.test', path: '/api/' })).toBe('prefix');
    expect(answer(routes, { host: 'a.test', path: '/api/orders' })).toBe('prefix');
    expect(answer(routes, { host: 'a.test', path: '/apis' })).toBe('404');
  });

  it('a trailing slash of a PathPrefix value is ignored', () => {
    const slash = [route('s', [rule('s', [{ path: { value: '/abc/' } }])])];
    expect(answer(slash, { host: 'a.test', path: '/abc' })).toBe('s');
    expect(answer(slash, { host: 'a.test', path: '/abcd' })).toBe('404');
  });

  it('RegularExpression matches the whole path', () => {
    expect(answer(routes, { host: 'a.test', path: '/v2/items' })).toBe('regex');
    expect(answer(routes, { host: 'a.test', path: '/x/v2/items' })).toBe('404');
  });

  it('no matches, or a match without a path, is PathPrefix "/"', () => {
    const all = [route('all', [rule('any')]), route('m', [rule('post', [{ method: 'POST' }])])];
    expect(answer(all, { host: 'a.test', path: '/anything/at/all' })).toBe('any');
    expect(answer(all, { host: 'a.test', path: '/x', method: 'post' })).toBe('post');
  });

  it('a route without rules matches everything and, having no backends, answers 500', () => {
    const bare = route('bare', []);
    expect(routeRequest(input([bare]), { host: 'a.test', path: '/' })).toMatchObject({
      route: 'infra/bare',
      rule: 0,
      match: 0,
      backends: [],
      status: 500,
    });
  });
});

describe('header, query parameter and method matches', () => {
  const routes = [
    route('h', [
      rule('header', [{ headers: [{ name: 'X-Env', value: 'canary' }] }]),
      rule('regex-header', [
        { headers: [{ name: 'user-agent', type: 'RegularExpression', value: '.*Mobile.*' }] },
      ]),
      rule('query', [{ queryParams: [{ name: 'debug', value: '1' }] }]),
      rule('fallback'),
    ]),
  ];

  it('header names are case-insensitive, values exact', () => {
    expect(answer(routes, { host: 'a', path: '/', headers: { 'x-env': 'canary' } })).toBe('header');
    expect(answer(routes, { host: 'a', path: '/', headers: { 'X-ENV': 'Canary' } })).toBe(
      'fallback',
    );
  });

  it('a RegularExpression header value', () => {
    expect(
      answer(routes, { host: 'a', path: '/', headers: { 'User-Agent': 'Foo Mobile Bar' } }),
    ).toBe('regex-header');
  });

  it('query parameters, also from the path', () => {
    expect(answer(routes, { host: 'a', path: '/', query: { debug: '1' } })).toBe('query');
    expect(answer(routes, { host: 'a', path: '/?debug=1' })).toBe('query');
    expect(answer(routes, { host: 'a', path: '/?Debug=1' })).toBe('fallback');
  });
});

describe('precedence across rules and routes', () => {
  it('Exact beats a longer PathPrefix', () => {
    const routes = [
      route('long', [
        rule('prefix', [{ path: { type: 'PathPrefix', value: '/shop/cart/items' } }]),
      ]),
      route('short', [rule('exact', [{ path: { type: 'Exact', value: '/shop/cart/items/1' } }])]),
    ];
    const explained = explainRequest(input(routes), { host: 'a', path: '/shop/cart/items/1' });
    expect(explained.result?.route).toBe('infra/short');
    expect(explained.reasons).toContain(
      'HTTPRoute infra/long rule 0 match 0 (PathPrefix /shop/cart/items) also matches but loses: an Exact path match outranks a PathPrefix one.',
    );
  });

  it('the longest PathPrefix wins', () => {
    const routes = [
      route('r', [
        rule('root', [{ path: { value: '/' } }]),
        rule('api', [{ path: { value: '/api' } }]),
      ]),
    ];
    expect(answer(routes, { host: 'a', path: '/api/x' })).toBe('api');
  });

  it('a method match outranks any number of header matches', () => {
    const routes = [
      route('headers', [
        rule('two-headers', [
          {
            headers: [
              { name: 'a', value: '1' },
              { name: 'b', value: '2' },
            ],
          },
        ]),
      ]),
      route('method', [rule('get', [{ method: 'GET' }])]),
    ];
    const explained = explainRequest(input(routes), {
      host: 'a',
      path: '/',
      headers: { a: '1', b: '2' },
    });
    expect(explained.result?.route).toBe('infra/method');
    expect(explained.reasons[2]).toBe(
      'HTTPRoute infra/headers rule 0 match 0 (PathPrefix /, 2 header matches) also matches but loses: it matches on the method, which outranks any number of header matches.',
    );
  });

  it('more header matches, then more query matches, win', () => {
    const routes = [
      route('r', [
        rule('one', [{ headers: [{ name: 'a', value: '1' }] }]),
        rule('two', [
          {
            headers: [
              { name: 'a', value: '1' },
              { name: 'b', value: '2' },
            ],
          },
        ]),
        rule('q', [
          {
            headers: [
              { name: 'a', value: '1' },
              { name: 'b', value: '2' },
            ],
            queryParams: [{ name: 'x', value: 'y' }],
          },
        ]),
      ]),
    ];
    expect(answer(routes, { host: 'a', path: '/', headers: { a: '1', b: '2' } })).toBe('two');
    expect(answer(routes, { host: 'a', path: '/?x=y', headers: { a: '1', b: '2' } })).toBe('q');
  });

  it('ties go to the oldest route by creationTimestamp', () => {
    const routes = [
      route('a-new', [rule('new')], { created: '2026-05-01T00:00:00Z' }),
      route('z-old', [rule('old')], { created: '2025-01-01T00:00:00Z' }),
    ];
    const explained = explainRequest(input(routes), { host: 'a', path: '/' });
    expect(explained.result?.route).toBe('infra/z-old');
    expect(explained.reasons[2]).toBe(
      'HTTPRoute infra/a-new rule 0 match 0 (PathPrefix /) also matches but loses: everything else ties, and its route is older (created 2025-01-01T00:00:00Z, against 2026-05-01T00:00:00Z).',
    );
  });

  it('then to namespace/name order', () => {
    const routes = [route('b/app', [rule('b')]), route('a/zeta', [rule('a')])];
    const gw = gateway([
      { name: 'http', port: 80, protocol: 'HTTP', allowedRoutes: { namespaces: { from: 'All' } } },
    ]);
    const explained = explainRequest(input(routes, gw), { host: 'a', path: '/' });
    expect(explained.result?.route).toBe('a/zeta');
    expect(explained.reasons[2]).toContain(
      'everything else ties, and a/zeta comes before b/app in namespace/name order',
    );
  });

  it('then to the first rule within the route', () => {
    const routes = [
      route('r', [
        rule('first', [{ path: { value: '/x' } }]),
        rule('second', [{ path: { value: '/x' } }]),
      ]),
    ];
    expect(routeRequest(input(routes), { host: 'a', path: '/x' })).toMatchObject({
      rule: 0,
      match: 0,
    });
  });

  it('a route without creationTimestamp counts as newer than one with it', () => {
    const routes = [
      route('a', [rule('a')]),
      route('b', [rule('b')], { created: '2026-01-01T00:00:00Z' }),
    ];
    expect(answer(routes, { host: 'x', path: '/' })).toBe('b');
  });
});

describe('request checks', () => {
  it('refuses a path without a leading slash and an empty host', () => {
    expect(() => routeRequest(input([]), { host: 'a', path: 'api' })).toThrow(InputError);
    expect(() => routeRequest(input([]), { host: 'a', path: 'api' })).toThrow(
      'The path "api" must start with "/" (for example /api/orders).',
    );
    expect(() => routeRequest(input([]), { host: ' ', path: '/' })).toThrow(
      'Type the host the request is sent to, e.g. shop.example.com.',
    );
  });

  it('refuses an unknown listener name', () => {
    expect(() => routeRequest(input([]), { host: 'a', path: '/' }, 'https')).toThrow(
      'The Gateway has no listener "https"; its listeners are "http".',
    );
  });

  it('a 404 explains that nothing matched', () => {
    const explained = explainRequest(
      input([route('r', [rule('x', [{ path: { type: 'Exact', value: '/x' } }])])]),
      {
        host: 'a',
        path: '/y',
      },
    );
    expect(explained).toEqual({
      status: 404,
      result: null,
      reasons: [
        'GET a/y is taken by listener "http" (any host).',
        'No rule of any attached HTTPRoute matches the request, so it gets a 404.',
        'HTTPRoute infra/r rule 0 match 0 (Exact /x) does not match: path /y is not exactly /x.',
      ],
    });
  });
});

describe('two matches of one rule', () => {
  it('the first matching match wins and the second says why it lost', () => {
    const routes = [
      route('r', [rule('x', [{ path: { value: '/a' } }, { path: { value: '/a' } }])]),
    ];
    const explained = explainRequest(input(routes), { host: 'h', path: '/a/b' });
    expect(explained.result).toMatchObject({ rule: 0, match: 0 });
    expect(explained.reasons[2]).toBe(
      'HTTPRoute infra/r rule 0 match 1 (PathPrefix /a) also matches but loses: everything else ties within the rule, and match 0 comes before match 1.',
    );
  });
});
