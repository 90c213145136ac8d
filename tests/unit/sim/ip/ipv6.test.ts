import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  InputError,
  cidr6Contains,
  formatCidr6,
  formatIpv6,
  parseCidr6,
  parseIpv6,
} from '~/sim/ip';

/** The message of the InputError a call throws. */
function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

describe('parseIpv6 and formatIpv6', () => {
  it.each([
    ['::', 0n, '::'],
    ['::1', 1n, '::1'],
    ['2001:db8::1', 0x20010db8000000000000000000000001n, '2001:db8::1'],
    ['2001:0DB8:0000:0000:0000:0000:0000:0001', 0x20010db8000000000000000000000001n, '2001:db8::1'],
    ['fd00:10:244:1::7', 0xfd000010024400010000000000000007n, 'fd00:10:244:1::7'],
    ['1:0:0:2:0:0:0:3', 0x00010000000000020000000000000003n, '1:0:0:2::3'],
    ['1:0:0:2:0:0:3:4', 0x00010000000000020000000000030004n, '1::2:0:0:3:4'],
    ['1:2:3:4:5:6:7::', 0x00010002000300040005000600070000n, '1:2:3:4:5:6:7:0'],
  ])('reads %s and writes it back as %s (RFC 5952)', (text, value, canonical) => {
    expect(parseIpv6(text)).toBe(value);
    expect(formatIpv6(value)).toBe(canonical);
  });

  it.each([
    ['', 'this one is empty'],
    ['1::2::3', "uses '::' twice"],
    ['1:2:3:4:5:6:7', 'has 7 groups'],
    ['1:2:3:4:5:6:7:8:9', 'has 9 groups'],
    ['1::2:3:4:5:6:7:8', 'has 8 groups'],
    ['12345::', "'12345' is not a group of one to four hex digits"],
    ['g::1', "'g' is not a group"],
    [':1::', 'has a group missing'],
    ['fe80::1%eth0', 'zone index'],
    ['::ffff:10.0.0.1', 'dotted IPv4 part'],
    ['2001:db8:: 1', 'contains a space'],
    ['1'.repeat(80), 'characters long'],
  ])('refuses %j with a message that says why', (text, expected) => {
    expect(messageOf(() => parseIpv6(text, 'cidr'))).toContain(expected);
  });

  it('round-trips every 128-bit value through the canonical text', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), (value) => {
        expect(parseIpv6(formatIpv6(value))).toBe(value);
      }),
    );
  });

  it('refuses to format a value outside 128 bits (a caller bug)', () => {
    expect(() => formatIpv6(-1n)).toThrow(RangeError);
    expect(() => formatIpv6(1n << 128n)).toThrow(RangeError);
  });
});

describe('parseCidr6 and cidr6Contains', () => {
  it('reads a block and tells which addresses are inside', () => {
    const block = parseCidr6('fd00:10:244::/48');
    expect(formatCidr6(block)).toBe('fd00:10:244::/48');
    expect(cidr6Contains(block, parseIpv6('fd00:10:244:ffff::1'))).toBe(true);
    expect(cidr6Contains(block, parseIpv6('fd00:10:245::1'))).toBe(false);
    expect(cidr6Contains(parseCidr6('::/0'), parseIpv6('2001:db8::1'))).toBe(true);
    expect(cidr6Contains(parseCidr6('2001:db8::1/128'), parseIpv6('2001:db8::1'))).toBe(true);
    expect(cidr6Contains(parseCidr6('2001:db8::1/128'), parseIpv6('2001:db8::2'))).toBe(false);
  });

  it.each([
    ['fd00::1/64', 'has host bits set: the network of a /64 is fd00::, so write fd00::/64'],
    ['fd00::', 'has no prefix length'],
    ['fd00::/64/1', 'more than one slash'],
    ['fd00::/129', 'has prefix /129'],
    ['fd00::/064', 'has prefix /064'],
    ['', 'this one is empty'],
  ])('refuses %j: %s', (text, expected) => {
    expect(messageOf(() => parseCidr6(text))).toContain(expected);
  });

  it('masks host bits off when asked to', () => {
    expect(formatCidr6(parseCidr6('fd00::1/64', { allowHostBits: true }))).toBe('fd00::/64');
  });
});
