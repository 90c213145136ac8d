import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError, eui64, ipv6Compress, ipv6Expand, ipv6Type } from '~/sim/subnet';
import { compressOracle, expandOracle } from './oracle';

describe('ipv6Compress (RFC 5952)', () => {
  it.each([
    ['2001:0DB8:0000:0000:0000:FF00:0042:8329', '2001:db8::ff00:42:8329'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['fe80:0:0:0:0:0:0:0', 'fe80::'],
    ['::ffff:192.0.2.1', '::ffff:c000:201'],
    ['2001:db8::/32', '2001:db8::/32'],
    ['2001:DB8:0:0:0:0:0:1/64', '2001:db8::1/64'],
  ])('%s → %s', (input, expected) => {
    expect(ipv6Compress(input)).toBe(expected);
  });

  it.each([
    ['fe80:::1', 'group missing'],
    ['', 'this one is empty'],
    ['2001:db8::1::2', "uses '::' twice"],
    ['2001:db8:g::1', "'g' is not a group"],
    ['1:2:3:4:5:6:7', 'has 7 groups'],
    ['2001:db8::/129', 'prefix /129'],
  ])('refuses %j: %s', (input, message) => {
    expect(() => ipv6Compress(input)).toThrow(InputError);
    expect(() => ipv6Compress(input)).toThrow(message);
  });

  it('agrees with a string-based compression for random addresses', () => {
    const group = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
    fc.assert(
      fc.property(fc.array(group, { minLength: 8, maxLength: 8 }), (groups) => {
        const full = groups.map((g) => g.toString(16).padStart(4, '0')).join(':');
        expect(ipv6Compress(full)).toBe(compressOracle(full));
        expect(ipv6Expand(ipv6Compress(full))).toBe(full);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('ipv6Expand', () => {
  it.each([
    ['2001:db8::1', '2001:0db8:0000:0000:0000:0000:0000:0001'],
    ['::', '0000:0000:0000:0000:0000:0000:0000:0000'],
    ['FE80::A:B', 'fe80:0000:0000:0000:0000:0000:000a:000b'],
    ['1:2:3:4:5:6:7::', '0001:0002:0003:0004:0005:0006:0007:0000'],
  ])('%s → %s', (input, expected) => {
    expect(ipv6Expand(input)).toBe(expected);
    expect(expandOracle(input)).toBe(expected);
  });
});

describe('eui64', () => {
  it('inserts ff:fe and flips the universal/local bit (RFC 4291 appendix A)', () => {
    expect(eui64('00:1a:2b:3c:4d:5e', '2001:db8:1:2::/64')).toBe('2001:db8:1:2:21a:2bff:fe3c:4d5e');
    expect(eui64('00-1A-2B-3C-4D-5E', 'fe80::/64')).toBe('fe80::21a:2bff:fe3c:4d5e');
    expect(eui64('021a.2b3c.4d5e', 'fe80::')).toBe('fe80::1a:2bff:fe3c:4d5e');
    expect(eui64('ffffffffffff', '2001:db8::/64')).toBe('2001:db8::fdff:ffff:feff:ffff');
  });

  it.each([
    ['00:1a:2b:3c:4d', '2001:db8::/64', 'has 10 hex digits; a MAC address has 12'],
    ['00:1a:2b:3c:4d:zz', '2001:db8::/64', 'is not a MAC address'],
    ['00:1a-2b:3c:4d:5e', '2001:db8::/64', 'one kind of separator'],
    ['00:1a:2b:3c:4d:5e', '2001:db8::/48', 'the prefix must be a /64'],
    ['00:1a:2b:3c:4d:5e', '2001:db8::1/64', 'host bits set'],
  ])('refuses %j with %j: %s', (mac, prefix, message) => {
    expect(() => eui64(mac, prefix)).toThrow(message);
  });
});

describe('ipv6Type', () => {
  it.each([
    ['2606:4700::1111', 'global-unicast'],
    ['4000::1', 'global-unicast'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fc00::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['fec0::1', 'global-unicast'],
    ['ff02::1', 'multicast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['::ffff:192.0.2.1', 'ipv4-mapped'],
    ['::ffff:c000:201', 'ipv4-mapped'],
    ['2001:db8:85a3::8a2e:370:7334', 'documentation'],
    ['2001:db9::1', 'global-unicast'],
  ])('%s is %s', (address, type) => {
    expect(ipv6Type(address)).toBe(type);
  });

  it('refuses a dotted part that is not at the end', () => {
    expect(() => ipv6Type('::1.2.3.4:1')).toThrow(InputError);
  });
});
