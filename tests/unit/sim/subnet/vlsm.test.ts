import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError, blockSizeForHosts, hostCountsFromText, vlsm } from '~/sim/subnet';
import { bitsOf, blockFor } from './oracle';

/** A block as its first address and size, read through bit strings. */
function span(cidr: string): { start: number; size: number } {
  const [address = '', prefix = '32'] = cidr.split('/');
  return { start: Number.parseInt(bitsOf(address), 2), size: 2 ** (32 - Number(prefix)) };
}

describe('vlsm', () => {
  it('allocates largest first and answers in input order', () => {
    expect(vlsm('192.168.10.0/24', [20, 100, 2, 50])).toEqual([
      { cidr: '192.168.10.192/27', hosts: 20 },
      { cidr: '192.168.10.0/25', hosts: 100 },
      { cidr: '192.168.10.224/30', hosts: 2 },
      { cidr: '192.168.10.128/26', hosts: 50 },
    ]);
  });

  it('keeps the input order for equal blocks', () => {
    expect(vlsm('10.0.0.0/26', [5, 6, 3]).map((a) => a.cidr)).toEqual([
      '10.0.0.0/29',
      '10.0.0.8/29',
      '10.0.0.16/29',
    ]);
  });

  it('sizes blocks for hosts + network + broadcast, at least a /30', () => {
    expect([1, 2, 3, 6, 7, 14, 62, 63, 126, 254, 255].map(blockSizeForHosts)).toEqual([
      4, 4, 8, 8, 16, 16, 64, 128, 128, 256, 512,
    ]);
    expect(vlsm('0.0.0.0/0', [2 ** 32 - 2])).toEqual([{ cidr: '0.0.0.0/0', hosts: 2 ** 32 - 2 }]);
  });

  it('says how many addresses were needed and how many there are', () => {
    expect(() => vlsm('192.168.1.0/24', [200, 100])).toThrow(
      'These subnets need 384 addresses in all (blocks of 256 + 128), but 192.168.1.0/24 has only 256',
    );
    expect(() => vlsm('192.168.1.0/24', [0])).toThrow(InputError);
    expect(() => vlsm('192.168.1.0/24', [2.5])).toThrow('Subnet 1 asks for 2.5 hosts');
    expect(() => vlsm('192.168.1.7/24', [2])).toThrow('host bits set');
  });

  it('says a host count that is not a number is not a whole number, naming its row', () => {
    expect(() => vlsm('192.168.1.0/24', [10, Number.NaN])).toThrow(
      "Subnet 2's host count is not a whole number (got NaN): each request is a whole number of hosts from 1 to 4,294,967,294.",
    );
    try {
      vlsm('192.168.1.0/24', [10, 20, Number.POSITIVE_INFINITY]);
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).field).toBe('hostsNeeded[2]');
    }
  });

  it('returns aligned, disjoint blocks inside the base that fit, or refuses when the sizes do not add up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 30 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 8 }),
        (prefix, seed, hosts) => {
          const size = 2 ** (32 - prefix);
          const start = Math.floor(seed / size) * size;
          const base = `${[24, 16, 8, 0].map((s) => String(Math.floor(start / 2 ** s) % 256)).join('.')}/${String(prefix)}`;
          const needed = hosts.reduce((sum, h) => sum + blockFor(h), 0);
          if (needed > size) {
            expect(() => vlsm(base, hosts)).toThrow(InputError);
            return;
          }
          const result = vlsm(base, hosts);
          expect(result.map((r) => r.hosts)).toEqual(hosts);
          const spans = result.map((r) => span(r.cidr));
          spans.forEach((b, i) => {
            expect(b.start % b.size).toBe(0);
            expect(b.size - 2).toBeGreaterThanOrEqual(hosts[i] ?? 0);
            expect(b.size).toBe(blockFor(hosts[i] ?? 0));
            expect(b.start).toBeGreaterThanOrEqual(start);
            expect(b.start + b.size).toBeLessThanOrEqual(start + size);
            spans.slice(i + 1).forEach((c) => {
              expect(b.start + b.size <= c.start || c.start + c.size <= b.start).toBe(true);
            });
          });
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('hostCountsFromText', () => {
  it('reads whole numbers, with thousands separators and spaces around them', () => {
    expect(hostCountsFromText(['100', ' 50 ', '1,000', '2 000', "10'000", '0', '-3'])).toEqual([
      100, 50, 1000, 2000, 10_000, 0, -3,
    ]);
    expect(hostCountsFromText([])).toEqual([]);
  });

  it.each([
    [
      '',
      "Subnet 2's host count is empty: type how many hosts it needs, a whole number from 1 to 4,294,967,294.",
    ],
    [
      '   ',
      "Subnet 2's host count is empty: type how many hosts it needs, a whole number from 1 to 4,294,967,294.",
    ],
    [
      'abc',
      "Subnet 2's host count is not a whole number (got 'abc'): type how many hosts it needs, e.g. 50.",
    ],
    [
      '2.5',
      "Subnet 2's host count is not a whole number (got '2.5'): type how many hosts it needs, e.g. 50.",
    ],
    [
      '1e3',
      "Subnet 2's host count is not a whole number (got '1e3'): type how many hosts it needs, e.g. 50.",
    ],
    [
      '12 hosts',
      "Subnet 2's host count is not a whole number (got '12 hosts'): type how many hosts it needs, e.g. 50.",
    ],
    [
      'a'.repeat(30),
      `Subnet 2's host count is not a whole number (got '${'a'.repeat(20)}…'): type how many hosts it needs, e.g. 50.`,
    ],
  ])('refuses %j in the second row, naming it', (text, message) => {
    try {
      hostCountsFromText(['10', text, 'also wrong']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect([(error as InputError).field, (error as InputError).message]).toEqual([
        'hostsNeeded[1]',
        message,
      ]);
    }
  });
});
