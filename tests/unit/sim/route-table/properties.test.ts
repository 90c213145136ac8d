import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIpv4 } from '~/sim/ip';
import { isInputError, lookupRoute, parseRouteTable } from '~/sim/route-table';
import { LPM_TABLE } from './fixtures';

// Properties over random input: a learner's text can only ever earn an InputError (never a crash),
// and on a valid table the winner is always the longest prefix that contains the destination.

/** Runs a call, letting only InputErrors (the learner's mistakes) through as a result. */
function onlyInputErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!isInputError(error)) throw error;
  }
}

/** Random route-ish lines: pieces of real syntax glued in random order. */
const piece = fc.constantFrom(
  'S',
  'O',
  'O IA',
  'C',
  'L',
  'D EX',
  'S*',
  'X',
  '10.1.2.0/24',
  '10.1.2.0',
  '0.0.0.0/0',
  '[1/0]',
  '[110/20]',
  'via',
  '10.0.0.2',
  ',',
  'is directly connected',
  'is variably subnetted',
  'is subnetted',
  'Gi0/0',
  '00:01:10',
  '/33',
  '[',
  ']',
  '  ',
);
const routeishLine = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(' '));

describe('route-table properties', () => {
  it('turns any text, random or route-like, into routes or an InputError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) =>
        onlyInputErrors(() => parseRouteTable(text)),
      ),
    );
    fc.assert(
      fc.property(
        fc.array(routeishLine, { maxLength: 12 }),
        fc.string({ maxLength: 20 }),
        (lines, destination) =>
          onlyInputErrors(() => lookupRoute(parseRouteTable(lines.join('\n')), destination)),
      ),
    );
  });

  it('always picks the longest matching prefix of the table', () => {
    const table = parseRouteTable(LPM_TABLE);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (address) => {
        const destination = formatIpv4(address);
        const result = lookupRoute(table, destination);
        const lengths = result.matches.map((m) => m.route.length);
        expect(result.winners[0]?.length).toBe(Math.max(...lengths));
        for (const m of result.matches) {
          const mask = m.route.length === 0 ? 0 : (0xffffffff << (32 - m.route.length)) >>> 0;
          expect((address & mask) >>> 0).toBe(m.route.network);
        }
      }),
    );
  });
});
