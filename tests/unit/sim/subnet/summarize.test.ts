import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError, summarize } from '~/sim/subnet';
import { addressOfBits, bitsOf } from './oracle';

/** A block as its first address and size, read through bit strings. */
function span(cidr: string): { start: number; size: number } {
  const [address = '', prefix = '32'] = cidr.split('/');
  return { start: Number.parseInt(bitsOf(address), 2), size: 2 ** (32 - Number(prefix)) };
}

/** The set of covered addresses as sorted, merged [start, end) intervals. */
function union(blocks: { start: number; size: number }[]): [number, number][] {
  const sorted = [...blocks].sort((a, b) => a.start - b.start);
  const merged: [number, number][] = [];
  for (const { start, size } of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], start + size);
    else merged.push([start, start + size]);
  }
  return merged;
}

/** Whether an interval lies entirely inside the union. */
function inside(intervals: [number, number][], start: number, end: number): boolean {
  return intervals.some(([a, b]) => a <= start && end <= b);
}

describe('summarize', () => {
  it.each([
    [['10.1.0.0/24', '10.1.1.0/24', '10.1.2.0/24', '10.1.3.0/24'], ['10.1.0.0/22']],
    [
      ['172.16.0.0/24', '172.16.1.0/24', '172.16.2.0/24'],
      ['172.16.0.0/23', '172.16.2.0/24'],
    ],
    [['192.168.1.0/24', '192.168.1.128/25'], ['192.168.1.0/24']],
    [['10.0.0.1', '10.0.0.0', '10.0.0.2', '10.0.0.3'], ['10.0.0.0/30']],
    [
      ['10.0.1.0/24', '10.0.2.0/24'],
      ['10.0.1.0/24', '10.0.2.0/24'],
    ],
    [['0.0.0.0/1', '128.0.0.0/1'], ['0.0.0.0/0']],
    [['255.255.255.254/31', '255.255.255.255'], ['255.255.255.254/31']],
    [[], []],
  ])('%j → %j', (input, expected) => {
    expect(summarize(input)).toEqual(expected);
  });

  it('names the entry that is wrong', () => {
    try {
      summarize(['10.0.0.0/24', '10.0.1.5/24']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).field).toBe('cidrs[1]');
      expect((error as InputError).message).toContain('host bits set');
    }
    expect(() => summarize(['2001:db8::/32'])).toThrow('IPv6 block');
  });

  it('covers exactly the union, with disjoint blocks that could not be merged (interval oracle)', () => {
    const block = fc
      .record({
        offset: fc.integer({ min: 0, max: 4095 }),
        prefix: fc.integer({ min: 22, max: 32 }),
      })
      .map(({ offset, prefix }) => {
        const size = 2 ** (32 - prefix);
        const start = 0x0a000000 + Math.floor(offset / size) * size;
        return `${addressOfBits(start.toString(2).padStart(32, '0'))}/${String(prefix)}`;
      });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (cidrs) => {
        const result = summarize(cidrs).map(span);
        const want = union(cidrs.map(span));
        expect(union(result)).toEqual(want);
        const total = result.reduce((sum, b) => sum + b.size, 0);
        expect(total).toBe(want.reduce((sum, [a, b]) => sum + b - a, 0));
        for (const { start, size } of result) {
          expect(start % size).toBe(0);
          if (size < 2 ** 32) {
            const parent = Math.floor(start / (size * 2)) * size * 2;
            expect(inside(want, parent, parent + size * 2)).toBe(false);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
