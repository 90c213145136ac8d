import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, listGenerators } from '~/quiz';
import {
  DROP_OPTION,
  ROUTE_TABLE_GENERATORS,
  ROUTE_TABLE_TAGS,
  registerRouteTableGenerators,
} from '~/quiz/generators/route-table';
import { lookupRoute, parseRouteTable } from '~/sim/route-table';
import { expectSoundSingles, rightText, singleMaker, spreadSeeds } from './harness';

const SEEDS = spreadSeeds(300, 7);
const make = singleMaker(ROUTE_TABLE_GENERATORS[0]);

/** The table text and destination a question's prompt shows. */
function promptParts(prompt: string): { table: string; destination: string } {
  const table = /```text\n([\s\S]*?)\n```/.exec(prompt)?.[1] ?? '';
  const destination = /a packet to (\S+)\?$/.exec(prompt)?.[1] ?? '';
  return { table, destination };
}

/** An independent oracle: the longest prefix containing the address, by plain string work. */
function oracleNextHop(table: string, destination: string): string {
  const toNumber = (ip: string) => ip.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
  const target = toNumber(destination);
  let best: { length: number; hop: string } | null = null;
  for (const line of table.split('\n')) {
    const route = /^\S.*?(\d+\.\d+\.\d+\.\d+)\/(\d+) .*via (\d+\.\d+\.\d+\.\d+)/.exec(line);
    if (!route) continue;
    const length = Number(route[2]);
    const size = 2 ** (32 - length);
    const network = toNumber(route[1] ?? '');
    if (target >= network && target < network + size && (!best || length > best.length)) {
      best = { length, hop: route[3] ?? '' };
    }
  }
  return best?.hop ?? DROP_OPTION;
}

describe('route-next-hop generator', () => {
  it('makes sound questions: the same for the same seed, four distinct options, these tags', () => {
    expectSoundSingles(make, SEEDS.slice(0, 80), ROUTE_TABLE_TAGS);
    expect(ROUTE_TABLE_TAGS).toEqual(['ccna-200-301-v2:3.1', 'ccna-200-301:3.2']);
  });

  it('keys the answer lookupRoute decides, and an independent oracle agrees, over 300 seeds', () => {
    for (const seed of SEEDS) {
      const question = make(seed);
      const { table, destination } = promptParts(question.prompt);
      const decision = lookupRoute(parseRouteTable(table), destination).decision;
      const engine = decision.action === 'forward' ? decision.paths[0]?.nextHop : DROP_OPTION;
      expect({ seed, key: rightText(question) }).toEqual({ seed, key: engine });
      expect({ seed, key: rightText(question) }).toEqual({
        seed,
        key: oracleNextHop(table, destination),
      });
    }
  });

  it('covers every case: the longest prefix, the /24, the /16, the default route and a drop', () => {
    const lengths = new Set<number>();
    let drops = 0;
    for (const seed of SEEDS) {
      const { table, destination } = promptParts(make(seed).prompt);
      const result = lookupRoute(parseRouteTable(table), destination);
      const winner = result.winners[0];
      if (winner) lengths.add(winner.length);
      else drops++;
    }
    expect([...lengths].sort((a, b) => a - b)).toEqual([0, 16, 24, 26, 27, 28]);
    expect(drops).toBeGreaterThan(5);
  });

  it('explains every option, the right one first with "Right."', () => {
    for (const seed of SEEDS.slice(0, 100)) {
      for (const option of make(seed).options) {
        expect(option.explanation.startsWith(option.correct ? 'Right. ' : 'No. ')).toBe(true);
        expect(option.explanation.length).toBeGreaterThan(40);
      }
    }
  });

  it('prints a table the lesson links to, for a fixed seed', () => {
    const question = make(42);
    expect(question.lesson).toBe('ccna/ip-routing#longest-prefix-match');
    const lesson = readFileSync('content/lessons/ccna/ip-routing.mdx', 'utf8');
    expect(lesson).toContain('\n### Longest prefix match\n');
    expect(question.prompt.startsWith("R1's routing table:\n\n```text\nR1#show ip route\n")).toBe(
      true,
    );
    expect(question.prompt).toMatch(/10\.0\.0\.0\/8 is variably subnetted, \d+ subnets, \d masks/);
  });

  it('registers only when asked, and harmlessly twice', () => {
    registerRouteTableGenerators();
    registerRouteTableGenerators();
    expect(listGenerators().filter((g) => g.id === 'route-next-hop')).toHaveLength(1);
    expect(generate('route-next-hop', 3)).toEqual(make(3));
  });
});
