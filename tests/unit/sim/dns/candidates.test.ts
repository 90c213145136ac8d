import { describe, expect, it } from 'vitest';
import { candidateNames, resolvConf } from '~/sim/dns';

// The glibc search order: trailing dot, ndots, search list then the name as given.

const shop = resolvConf('shop');

describe('candidateNames', () => {
  it('tries the three cluster search domains first for a short name, then the name as given', () => {
    expect(candidateNames('api.example.com', shop)).toEqual([
      'api.example.com.shop.svc.cluster.local.',
      'api.example.com.svc.cluster.local.',
      'api.example.com.cluster.local.',
      'api.example.com.',
    ]);
  });

  it('tries a name with at least ndots dots as given first, then the search list', () => {
    expect(candidateNames('a.b.c.d.e.f', shop)).toEqual([
      'a.b.c.d.e.f.',
      'a.b.c.d.e.f.shop.svc.cluster.local.',
      'a.b.c.d.e.f.svc.cluster.local.',
      'a.b.c.d.e.f.cluster.local.',
    ]);
    expect(candidateNames('web.shop.svc.cluster.local', shop)[0]).toBe(
      'web.shop.svc.cluster.local.shop.svc.cluster.local.',
    );
  });

  it('tries only the name itself when it ends with a dot', () => {
    expect(candidateNames('api.example.com.', shop)).toEqual(['api.example.com.']);
  });

  it('follows ndots: with ndots 1 a dotted name goes as given first', () => {
    const conf = resolvConf('shop', { ndots: 1 });
    expect(candidateNames('api.example.com', conf)[0]).toBe('api.example.com.');
    expect(candidateNames('web', conf)[0]).toBe('web.shop.svc.cluster.local.');
    expect(candidateNames('web', conf)).toHaveLength(4);
  });

  it('lower-cases names (DNS comparisons are case-insensitive)', () => {
    expect(candidateNames('WEB.', shop)).toEqual(['web.']);
  });

  it('refuses names a DNS server could never receive, in plain words', () => {
    expect(() => candidateNames('', shop)).toThrow('Type a name to look up');
    expect(() => candidateNames('web..shop', shop)).toThrow('two dots in a row');
    expect(() => candidateNames('my web', shop)).toThrow('has a space');
    expect(() => candidateNames('-web', shop)).toThrow('may hold only letters');
    expect(() => candidateNames(`${'a'.repeat(64)}.com`, shop)).toThrow('at most 63');
  });
});
