import { describe, expect, it } from 'vitest';
import { certificateFor, effectiveClass, hostsWithoutTls, ingressesOfClass } from '~/sim/ingress';
import type { IngressClass } from '~/sim/ingress';
import { ing, p } from './fixtures';

const rules = [{ host: 'shop.example.com', http: { paths: [p('/', 'Prefix', 'web')] } }];
const shop = ing('shop', {
  tls: [
    { hosts: ['shop.example.com'], secretName: 'shop-tls' },
    { hosts: ['*.example.com'], secretName: 'wild-tls' },
  ],
  rules,
});

describe('certificateFor (SNI)', () => {
  it('serves a precise host with its own Secret before a wildcard one', () => {
    expect(certificateFor([shop], 'shop.example.com')).toEqual({
      ingress: 'default/shop',
      tls: 0,
      secretName: 'shop-tls',
      hostMatch: 'exact',
    });
    expect(certificateFor([shop], 'api.example.com')?.secretName).toBe('wild-tls');
  });

  it('returns null when no entry covers the name (the controller presents its default certificate)', () => {
    expect(certificateFor([shop], 'a.b.example.com')).toBeNull();
    expect(certificateFor([shop], 'other.test')).toBeNull();
  });

  it('lets an entry without hosts cover every name, below precise and wildcard entries', () => {
    const any = ing('any', { tls: [{ secretName: 'default-tls' }], rules });
    expect(certificateFor([any, shop], 'other.test')?.secretName).toBe('default-tls');
    expect(certificateFor([any, shop], 'shop.example.com')?.secretName).toBe('shop-tls');
  });

  it('lists rule hosts that no TLS entry covers', () => {
    const partial = ing('p', {
      tls: [{ hosts: ['a.test'], secretName: 's' }],
      rules: [{ host: 'a.test' }, { host: 'b.test' }],
    });
    expect(hostsWithoutTls(partial)).toEqual(['b.test']);
    expect(hostsWithoutTls(ing('q', { rules: [{ host: 'b.test' }] }))).toEqual([]);
  });
});

describe('IngressClass', () => {
  const def = (name: string): IngressClass => ({
    metadata: { name, annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } },
    spec: { controller: `example.com/${name}` },
  });
  const plain = ing('plain', { rules });

  it('takes spec.ingressClassName first, then the legacy annotation, then the one default class', () => {
    expect(
      effectiveClass(
        ing('a', { ingressClassName: 'x', rules }, { 'kubernetes.io/ingress.class': 'y' }),
        [def('z')],
      ).className,
    ).toBe('x');
    expect(
      effectiveClass(ing('a', { rules }, { 'kubernetes.io/ingress.class': 'y' }), [def('z')]),
    ).toMatchObject({ className: 'y', source: 'annotation' });
    expect(effectiveClass(plain, [def('z')])).toMatchObject({ className: 'z', source: 'default' });
  });

  it('assigns no class without a default; with two defaults the newest, then the first by name (v1.25+)', () => {
    expect(effectiveClass(plain, []).className).toBeNull();
    const at = (name: string, creationTimestamp: string): IngressClass => {
      const base = def(name);
      return { ...base, metadata: { ...base.metadata, creationTimestamp } };
    };
    const two = effectiveClass(plain, [
      at('public', '2026-03-01T10:00:00Z'),
      at('internal', '2025-06-01T10:00:00Z'),
    ]);
    expect(two).toMatchObject({ className: 'public', source: 'default' });
    expect(two.reason).toBe(
      'no class is named and 2 IngressClasses are marked default, so the admission plugin picks the newest (then the first by name): public.',
    );
    const sameTime = [at('zeta', '2026-01-01T00:00:00Z'), at('alpha', '2026-01-01T00:00:00Z')];
    expect(effectiveClass(plain, sameTime).className).toBe('alpha');
    expect(effectiveClass(plain, [def('b'), at('a', '2020-01-01T00:00:00Z')]).className).toBe('a');
  });

  it('filters Ingresses by class', () => {
    const named = ing('n', { ingressClassName: 'z', rules });
    expect(ingressesOfClass([plain, named], 'z', [def('z')]).map((i) => i.metadata.name)).toEqual([
      'plain',
      'n',
    ]);
    expect(ingressesOfClass([plain, named], 'z', []).map((i) => i.metadata.name)).toEqual(['n']);
  });
});
