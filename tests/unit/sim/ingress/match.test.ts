import { describe, expect, it } from 'vitest';
import { hostMatchOf, matchHost, matchPath, route } from '~/sim/ingress';
import type { PathType } from '~/sim/ingress';
import { p, single } from './fixtures';

// The rows of the "Examples" table in the Kubernetes Ingress documentation (Path types), one
// test each: the rule's path type and path(s), the request path, and whether (and which) matches.

type Row = [PathType | 'Mixed', string[], string, string | null];
const TABLE: Row[] = [
  ['Prefix', ['/'], '/anything/at/all', '/'],
  ['Exact', ['/foo'], '/foo', '/foo'],
  ['Exact', ['/foo'], '/bar', null],
  ['Exact', ['/foo'], '/foo/', null],
  ['Exact', ['/foo/'], '/foo', null],
  ['Prefix', ['/foo'], '/foo', '/foo'],
  ['Prefix', ['/foo'], '/foo/', '/foo'],
  ['Prefix', ['/foo/'], '/foo', '/foo/'],
  ['Prefix', ['/foo/'], '/foo/', '/foo/'],
  ['Prefix', ['/aaa/bb'], '/aaa/bbb', null],
  ['Prefix', ['/aaa/bbb'], '/aaa/bbb', '/aaa/bbb'],
  ['Prefix', ['/aaa/bbb/'], '/aaa/bbb', '/aaa/bbb/'],
  ['Prefix', ['/aaa/bbb'], '/aaa/bbb/', '/aaa/bbb'],
  ['Prefix', ['/aaa/bbb'], '/aaa/bbb/ccc', '/aaa/bbb'],
  ['Prefix', ['/aaa/bbb'], '/aaa/bbbxyz', null],
  ['Prefix', ['/', '/aaa'], '/aaa/ccc', '/aaa'],
  ['Prefix', ['/', '/aaa', '/aaa/bbb'], '/aaa/bbb', '/aaa/bbb'],
  ['Prefix', ['/', '/aaa', '/aaa/bbb'], '/ccc', '/'],
  ['Prefix', ['/aaa'], '/ccc', null],
];

describe('the Kubernetes docs path-type examples', () => {
  for (const [kind, paths, request, winner] of TABLE) {
    it(`${kind} ${paths.join(', ')} with request ${request} → ${winner ?? 'no match'}`, () => {
      const ingress = single(
        't',
        undefined,
        paths.map((path, i) => p(path, kind as PathType, `svc${String(i)}`)),
      );
      const result = route([ingress], { host: 'x.example', path: request });
      expect(result === null ? null : paths[result.path]).toBe(winner);
    });
  }

  it('Mixed /foo (Prefix) and /foo (Exact) with request /foo prefers Exact', () => {
    const ingress = single('t', undefined, [
      p('/foo', 'Prefix', 'prefix'),
      p('/foo', 'Exact', 'exact'),
    ]);
    expect(route([ingress], { host: 'a', path: '/foo' })?.backend.service?.name).toBe('exact');
    expect(route([ingress], { host: 'a', path: '/foo/x' })?.backend.service?.name).toBe('prefix');
  });
});

describe('matchPath', () => {
  it('compares Exact case-sensitively and in full', () => {
    expect(matchPath({ path: '/Foo', pathType: 'Exact' }, '/Foo')).toBe(true);
    expect(matchPath({ path: '/Foo', pathType: 'Exact' }, '/foo')).toBe(false);
    expect(matchPath({ path: '/foo', pathType: 'Exact' }, '/foo?x=1')).toBe(true);
  });

  it('compares Prefix element by element, case-sensitively', () => {
    expect(matchPath({ path: '/foo', pathType: 'Prefix' }, '/foo/bar')).toBe(true);
    expect(matchPath({ path: '/foo', pathType: 'Prefix' }, '/foobar')).toBe(false);
    expect(matchPath({ path: '/foo', pathType: 'Prefix' }, '/FOO/bar')).toBe(false);
    expect(matchPath({ path: '/foo/bar', pathType: 'Prefix' }, '/foo/bar/baz')).toBe(true);
    expect(matchPath({ path: '/foo/bar', pathType: 'Prefix' }, '/foo/barbaz')).toBe(false);
  });

  it('treats ImplementationSpecific as Prefix, and a missing path as /', () => {
    expect(matchPath({ path: '/api', pathType: 'ImplementationSpecific' }, '/api/v1')).toBe(true);
    expect(matchPath({ path: '/api', pathType: 'ImplementationSpecific' }, '/apiv1')).toBe(false);
    expect(matchPath({ pathType: 'ImplementationSpecific' }, '/x')).toBe(true);
  });

  it('refuses a request path that does not start with /', () => {
    expect(() => matchPath({ path: '/', pathType: 'Prefix' }, 'foo')).toThrow(
      "must start with '/'",
    );
  });
});

describe('matchHost', () => {
  it('matches a precise host exactly, ignoring case and a port', () => {
    expect(matchHost('foo.bar.com', 'foo.bar.com')).toBe(true);
    expect(matchHost('foo.bar.com', 'FOO.bar.com:8443')).toBe(true);
    expect(matchHost('foo.bar.com', 'bar.com')).toBe(false);
  });

  it('lets a wildcard stand for exactly one label (docs: Hostname wildcards)', () => {
    expect(matchHost('*.foo.com', 'bar.foo.com')).toBe(true);
    expect(matchHost('*.foo.com', 'baz.bar.foo.com')).toBe(false);
    expect(matchHost('*.foo.com', 'foo.com')).toBe(false);
    expect(hostMatchOf('*.foo.com', 'bar.foo.com')).toBe('wildcard');
  });

  it('matches every host when the rule has none', () => {
    expect(matchHost(undefined, 'anything.example')).toBe(true);
    expect(hostMatchOf(undefined, '')).toBe('any');
  });
});
