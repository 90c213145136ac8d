import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  InputError,
  binaryFromIpv4,
  formatIpv6Expanded,
  parseIpv6,
  parseMask,
  prefixFromMask,
} from '~/sim/ip';

/** The mask of a prefix, built as a string of bits (independent of maskFromPrefix). */
function maskOf(prefix: number): number {
  return Number.parseInt('1'.repeat(prefix).padEnd(32, '0'), 2);
}

describe('prefixFromMask', () => {
  it('reads all 33 contiguous masks', () => {
    for (let prefix = 0; prefix <= 32; prefix++)
      expect(prefixFromMask(maskOf(prefix))).toBe(prefix);
  });

  it('refuses masks with a 0 before a 1', () => {
    expect(prefixFromMask(0xff00ff00)).toBeNull();
    expect(prefixFromMask(0x000000ff)).toBeNull();
    expect(prefixFromMask(0xfffffffd)).toBeNull();
  });
});

describe('parseMask', () => {
  it.each([
    ['255.255.248.0', 21],
    [' 255.255.255.252 ', 30],
    ['0.0.0.0', 0],
    ['255.255.255.255', 32],
    ['128.0.0.0', 1],
  ])('%j is /%i', (text, prefix) => {
    expect(parseMask(text)).toBe(prefix);
  });

  it.each([
    [
      '255.0.255.0',
      "'255.0.255.0' is not a subnet mask: in binary it is 11111111.00000000.11111111.00000000, where a 0 is followed by a 1. A mask is a run of 1s followed only by 0s; the nearest one it starts with is 255.0.0.0 (/8).",
    ],
    [
      '0.0.0.255',
      "'0.0.0.255' looks like a wildcard mask (0s first, then 1s), the inverse of a subnet mask: the subnet mask would be 255.255.255.0 (/24).",
    ],
    [
      '255.255.256.0',
      "'255.255.256.0': the third number is 256, but each number in an IPv4 address is at most 255.",
    ],
    ['', 'Enter a subnet mask (e.g. 255.255.255.0); this one is empty.'],
  ])('refuses %j', (text, message) => {
    try {
      parseMask(text, 'mask');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toBe(message);
      expect((error as InputError).field).toBe('mask');
    }
  });

  it('accepts exactly the contiguous masks among random numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (value) => {
        const bits = value.toString(2).padStart(32, '0');
        const contiguous = /^1*0*$/.test(bits);
        expect(prefixFromMask(value)).toBe(
          contiguous ? (bits.indexOf('0') === -1 ? 32 : bits.indexOf('0')) : null,
        );
      }),
    );
  });
});

describe('binaryFromIpv4 and formatIpv6Expanded', () => {
  it('writes bits and full IPv6 groups', () => {
    expect(binaryFromIpv4(0xc0a80101)).toBe('11000000.10101000.00000001.00000001');
    expect(formatIpv6Expanded(parseIpv6('2001:db8::1'))).toBe(
      '2001:0db8:0000:0000:0000:0000:0000:0001',
    );
    expect(formatIpv6Expanded(0n)).toBe('0000:0000:0000:0000:0000:0000:0000:0000');
    expect(() => formatIpv6Expanded(-1n)).toThrow(RangeError);
  });
});
