import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError, describeSubnet } from '~/sim/subnet';
import { analyzeOracle } from './oracle';

/** The message of the InputError a call throws. */
function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('describeSubnet', () => {
  it('describes a /21 given with a prefix or a dotted mask alike', () => {
    const expected = {
      network: '10.1.0.0',
      broadcast: '10.1.7.255',
      firstHost: '10.1.0.1',
      lastHost: '10.1.7.254',
      usableHosts: 2046,
      totalAddresses: 2048,
      prefix: 21,
      mask: '255.255.248.0',
      wildcard: '0.0.7.255',
    };
    expect(describeSubnet('10.1.2.3/21')).toEqual(expected);
    expect(describeSubnet('10.1.2.3 255.255.248.0')).toEqual(expected);
    expect(describeSubnet('  10.1.2.3   255.255.248.0 ')).toEqual(expected);
    expect(describeSubnet('10.1.2.3/255.255.248.0')).toEqual(expected);
    expect(describeSubnet('10.1.2.3 / 21')).toEqual(expected);
  });

  it('gives a /31 two usable hosts and no broadcast (RFC 3021)', () => {
    expect(describeSubnet('192.0.2.7/31')).toEqual({
      network: '192.0.2.6',
      broadcast: null,
      firstHost: '192.0.2.6',
      lastHost: '192.0.2.7',
      usableHosts: 2,
      totalAddresses: 2,
      prefix: 31,
      mask: '255.255.255.254',
      wildcard: '0.0.0.1',
    });
  });

  it('gives a /32 one host and no broadcast', () => {
    expect(describeSubnet('203.0.113.9 255.255.255.255')).toMatchObject({
      network: '203.0.113.9',
      broadcast: null,
      firstHost: '203.0.113.9',
      lastHost: '203.0.113.9',
      usableHosts: 1,
      totalAddresses: 1,
      wildcard: '0.0.0.0',
    });
  });

  it('handles /0 and /1 without sign trouble at the top bit', () => {
    expect(describeSubnet('200.1.2.3/0')).toMatchObject({
      network: '0.0.0.0',
      broadcast: '255.255.255.255',
      usableHosts: 4294967294,
      totalAddresses: 4294967296,
      mask: '0.0.0.0',
      wildcard: '255.255.255.255',
    });
    expect(describeSubnet('200.1.2.3/1')).toMatchObject({
      network: '128.0.0.0',
      broadcast: '255.255.255.255',
      lastHost: '255.255.255.254',
      mask: '128.0.0.0',
    });
    expect(describeSubnet('255.255.255.255/30').network).toBe('255.255.255.252');
  });

  it.each([
    ['10.0.0.256/24', 'the fourth number is 256'],
    ['10.0.0.0/33', 'prefix length /33'],
    ['10.0.0.0/-1', 'prefix length /-1'],
    ['10.0.0.0/', 'prefix length missing'],
    ['10.0.0.0', 'has no prefix length or mask'],
    [
      '10.0.0.0 255.0.255.0',
      'in binary it is 11111111.00000000.11111111.00000000, where a 0 is followed by a 1',
    ],
    ['10.0.0.0 255.0.255.0', 'the nearest one it starts with is 255.0.0.0 (/8)'],
    ['10.0.0.0 0.0.255.255', 'looks like a wildcard mask'],
    ['10.0.0.0/24/8', 'too many parts'],
    ['', 'this one is empty'],
  ])('refuses %j: %s', (input, message) => {
    expect(messageOf(() => describeSubnet(input))).toContain(message);
  });

  it('agrees with a bit-string oracle for random addresses and every prefix', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), (address, prefix) => {
        const result = describeSubnet(`${address}/${String(prefix)}`);
        const expected = analyzeOracle(address, prefix);
        expect({
          network: result.network,
          broadcast: result.broadcast ?? 'none',
          firstHost: result.firstHost,
          lastHost: result.lastHost,
          usableHosts: String(result.usableHosts),
        }).toEqual(expected);
        expect(result.totalAddresses).toBe(2 ** (32 - prefix));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps network ≤ first host ≤ address ≤ last host ≤ broadcast (as numbers)', () => {
    const value = (ip: string) => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), (address, prefix) => {
        const r = describeSubnet(`${address}/${String(prefix)}`);
        const last = value(r.network) + r.totalAddresses - 1;
        expect(value(r.network)).toBeLessThanOrEqual(value(r.firstHost));
        expect(value(r.firstHost)).toBeLessThanOrEqual(value(r.lastHost));
        expect(value(r.network)).toBeLessThanOrEqual(value(address));
        expect(value(address)).toBeLessThanOrEqual(last);
        expect(value(r.lastHost)).toBeLessThanOrEqual(last);
        if (r.broadcast !== null) expect(value(r.broadcast)).toBe(last);
      }),
      { numRuns: 3000 },
    );
  });
});
