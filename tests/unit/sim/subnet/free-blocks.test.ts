import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError, freeBlocks } from '~/sim/subnet';
import { addressOfBits, bitsOf } from './oracle';

/** A block as its first address and size, read through bit strings. */
function span(cidr: string): { start: number; size: number } {
  const [address = '', prefix = '32'] = cidr.split('/');
  return { start: Number.parseInt(bitsOf(address), 2), size: 2 ** (32 - Number(prefix)) };
}

/** "a.b.c.d/p" for a start address and a size, written through bit strings. */
function cidrOf(start: number, size: number): string {
  return `${addressOfBits(start.toString(2).padStart(32, '0'))}/${String(32 - Math.log2(size))}`;
}

/** Which addresses of the base are free, one flag per address, by marking every used address. */
function freeFlags(base: { start: number; size: number }, used: string[]): boolean[] {
  const free = Array.from({ length: base.size }, () => true);
  for (const cidr of used) {
    const { start, size } = span(cidr);
    for (let address = start; address < start + size; address++) {
      const offset = address - base.start;
      if (offset >= 0 && offset < base.size) free[offset] = false;
    }
  }
  return free;
}

/** The error an InputError-throwing call gives, or a failure when it does not throw one. */
function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('freeBlocks', () => {
  it.each([
    [
      '192.168.1.0/24',
      [
        '192.168.1.0/25',
        '192.168.1.128/26',
        '192.168.1.192/27',
        '192.168.1.224/30',
        '192.168.1.228/30',
      ],
      ['192.168.1.232/29', '192.168.1.240/28'],
    ],
    ['10.0.0.0/24', [], ['10.0.0.0/24']],
    ['10.0.0.0/24', ['10.0.0.0/16'], []],
    ['10.0.0.0/24', ['10.0.1.0/24', '9.255.255.0/24'], ['10.0.0.0/24']],
    ['10.0.0.0/24', ['10.0.0.64/26', '10.0.0.0/25', '10.0.0.64/27'], ['10.0.0.128/25']],
    [
      '10.0.0.0/24',
      ['10.0.0.4/30'],
      [
        '10.0.0.0/30',
        '10.0.0.8/29',
        '10.0.0.16/28',
        '10.0.0.32/27',
        '10.0.0.64/26',
        '10.0.0.128/25',
      ],
    ],
    ['255.255.255.0/24', ['255.255.255.0/25'], ['255.255.255.128/25']],
    ['10.0.0.7/32', [], ['10.0.0.7/32']],
    [
      '0.0.0.0/0',
      ['10.0.0.0/8'],
      [
        '0.0.0.0/5',
        '8.0.0.0/7',
        '11.0.0.0/8',
        '12.0.0.0/6',
        '16.0.0.0/4',
        '32.0.0.0/3',
        '64.0.0.0/2',
        '128.0.0.0/1',
      ],
    ],
  ])('%s without %j → %j', (base, used, expected) => {
    expect(freeBlocks(base, used)).toEqual(expected);
  });

  it('names the block that is wrong', () => {
    const base = errorOf(() => freeBlocks('10.0.0.1/24', []));
    expect([base.field, base.message]).toEqual(['base', expect.stringContaining('host bits set')]);
    const used = errorOf(() => freeBlocks('10.0.0.0/24', ['10.0.0.0/25', '10.0.0.128']));
    expect([used.field, used.message]).toEqual([
      'used[1]',
      expect.stringContaining('has no prefix length'),
    ]);
  });

  it('covers exactly the unused addresses with maximal aligned blocks, in address order', () => {
    const block = fc.record({
      prefix: fc.integer({ min: 20, max: 32 }),
      offset: fc.double({ min: -1, max: 2, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 22, max: 32 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.array(block, { maxLength: 6 }),
        (prefix, seed, blocks) => {
          const base = { start: 0, size: 2 ** (32 - prefix) };
          base.start = Math.floor(seed / base.size) * base.size;
          const used = blocks.map(({ prefix: usedPrefix, offset }) => {
            const size = 2 ** (32 - usedPrefix);
            const wanted = base.start + Math.floor(offset * base.size);
            const start = Math.min(Math.max(wanted, 0), 2 ** 32 - size);
            return cidrOf(Math.floor(start / size) * size, size);
          });
          const free = freeFlags(base, used);
          const result = freeBlocks(cidrOf(base.start, base.size), used).map(span);
          const covered = Array.from({ length: base.size }, () => false);
          let previousEnd = base.start;
          for (const { start, size } of result) {
            expect(start % size).toBe(0);
            expect(start).toBeGreaterThanOrEqual(previousEnd);
            expect(start + size).toBeLessThanOrEqual(base.start + base.size);
            previousEnd = start + size;
            for (let offset = start - base.start; offset < start - base.start + size; offset++) {
              expect(free[offset]).toBe(true);
              covered[offset] = true;
            }
            // Maximal: the aligned block twice the size holding this one is not entirely free.
            if (size < base.size) {
              const parent = Math.floor(start / (2 * size)) * 2 * size - base.start;
              expect(free.slice(parent, parent + 2 * size).every(Boolean)).toBe(false);
            }
          }
          expect(covered).toEqual(free);
        },
      ),
      { numRuns: 800 },
    );
  });
});
