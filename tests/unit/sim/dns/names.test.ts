import { describe, expect, it } from 'vitest';
import { dotsIn, fqdn, inZone, reverseName } from '~/sim/dns';
import { addressFromDashed, addressFromReverse } from '~/sim/dns/names';

// Name helpers: dots, zones, reverse names and dashed pod labels.

describe('name helpers', () => {
  it('counts inner dots only', () => {
    expect(dotsIn('api.example.com')).toBe(2);
    expect(dotsIn('api.example.com.')).toBe(2);
    expect(dotsIn('web')).toBe(0);
  });

  it('tells zone membership by whole labels', () => {
    expect(inZone('web.shop.svc.cluster.local.', 'cluster.local')).toBe(true);
    expect(inZone('cluster.local', 'cluster.local.')).toBe(true);
    expect(inZone('mycluster.local.', 'cluster.local')).toBe(false);
    expect(fqdn('Web.Shop')).toBe('web.shop.');
  });

  it('writes and reads reverse names for IPv4 and IPv6', () => {
    expect(reverseName('10.96.0.1')).toBe('1.0.96.10.in-addr.arpa.');
    expect(addressFromReverse('1.0.96.10.in-addr.arpa.')).toBe('10.96.0.1');
    expect(addressFromReverse('1.0.96.in-addr.arpa.')).toBeNull();
    expect(addressFromReverse(reverseName('2001:db8::1'))).toBe('2001:db8::1');
    expect(() => reverseName('10.96.0')).toThrow();
  });

  it('reads dashed pod labels', () => {
    expect(addressFromDashed('10-244-1-5')).toBe('10.244.1.5');
    expect(addressFromDashed('fd00--1')).toBe('fd00::1');
    expect(addressFromDashed('10-244-1-256')).toBeNull();
    expect(addressFromDashed('web')).toBeNull();
  });
});
