import type { Random } from '../random';
import { randomIndex, shuffled } from '../random';

// The seeded router of the route-next-hop questions: R1 with three directly connected neighbours, a
// /16, a /24 and a longer prefix inside it (sometimes a sibling of that prefix and a default route),
// printed as `show ip route`, and a destination that falls in the longest prefix, between the
// prefixes, outside them, or outside everything.

/** A directly connected neighbour of R1: its address and the interface R1 reaches it on. */
interface Neighbour {
  address: string;
  iface: string;
}

/** Where the destination falls: in the longest prefix, in the /24 only, in the /16 only, or outside. */
export type Scenario = 'long' | 'mid' | 'short' | 'outside';

/** The route sources the generator draws, with their AD and a metric range. */
const PROTOCOLS = [
  { code: 'S', distance: 1, metric: () => 0 },
  { code: 'O', distance: 110, metric: (r: Random) => 2 + randomIndex(r, 60) },
  { code: 'O IA', distance: 110, metric: (r: Random) => 3 + randomIndex(r, 80) },
  { code: 'D', distance: 90, metric: (r: Random) => 28160 + 256 * randomIndex(r, 200) },
  { code: 'D EX', distance: 170, metric: (r: Random) => 30720 + 256 * randomIndex(r, 200) },
  { code: 'R', distance: 120, metric: (r: Random) => 1 + randomIndex(r, 5) },
] as const;

/** A quad from four numbers. */
const quad = (a: number, b: number, c: number, d: number) =>
  `${String(a)}.${String(b)}.${String(c)}.${String(d)}`;

/** One route line as IOS prints it under a "variably subnetted" header. */
function routeLine(prefix: string, hop: Neighbour, random: Random): string {
  const protocol = PROTOCOLS[randomIndex(random, PROTOCOLS.length)] ?? PROTOCOLS[0];
  const metric = protocol.metric(random);
  const head = `${protocol.code.padEnd(9)}${prefix} [${String(protocol.distance)}/${String(metric)}] via ${hop.address}`;
  if (protocol.code === 'S') return head;
  const age = `00:${String(randomIndex(random, 60)).padStart(2, '0')}:${String(randomIndex(random, 60)).padStart(2, '0')}`;
  return `${head}, ${age}, ${hop.iface}`;
}

/** The table's text, the destination and the scenario for a seed. */
export function routeTableScenario(random: Random): {
  text: string;
  destination: string;
  scenario: Scenario;
} {
  const b = 1 + randomIndex(random, 99);
  const neighbours: Neighbour[] = [0, 1, 2].map((i) => ({
    address: quad(10, 0, b, 4 * i + 2),
    iface: `GigabitEthernet0/${String(i)}`,
  }));
  const links = [0, 1, 2].flatMap((i) => [
    `C        ${quad(10, 0, b, 4 * i)}/30 is directly connected, GigabitEthernet0/${String(i)}`,
    `L        ${quad(10, 0, b, 4 * i + 1)}/32 is directly connected, GigabitEthernet0/${String(i)}`,
  ]);
  const a = 20 + randomIndex(random, 200);
  const c = randomIndex(random, 256);
  const length = 26 + randomIndex(random, 3);
  const size = 2 ** (32 - length);
  const blocks = 256 / size;
  const longIndex = randomIndex(random, blocks);
  const siblingIndex = (longIndex + 1 + randomIndex(random, blocks - 1)) % blocks;
  const hops = shuffled(neighbours, random) as [Neighbour, Neighbour, Neighbour];
  const sibling = random() < 0.5;
  const routes = [
    routeLine(`${quad(10, a, 0, 0)}/16`, hops[2], random),
    routeLine(`${quad(10, a, c, 0)}/24`, hops[1], random),
    routeLine(`${quad(10, a, c, longIndex * size)}/${String(length)}`, hops[0], random),
  ];
  if (sibling)
    routes.push(
      routeLine(
        `${quad(10, a, c, siblingIndex * size)}/${String(length)}`,
        hops[1 + randomIndex(random, 2)] ?? hops[1],
        random,
      ),
    );
  const scenario = pickScenario(random);
  const destination = destinationFor(scenario, random, {
    a,
    c,
    size,
    taken: [longIndex, siblingIndex],
    blocks,
  });
  const fallback = random() < 0.7 ? neighbours[randomIndex(random, 3)] : undefined;
  return { text: tableText(links, routes.sort(byNetwork), fallback), destination, scenario };
}

/** Draws a scenario: the longest prefix most often. */
function pickScenario(random: Random): Scenario {
  const roll = random();
  return roll < 0.4 ? 'long' : roll < 0.65 ? 'mid' : roll < 0.8 ? 'short' : 'outside';
}

/** A destination address for the scenario. */
function destinationFor(
  scenario: Scenario,
  random: Random,
  at: { a: number; c: number; size: number; taken: number[]; blocks: number },
): string {
  const host = (block: number) => block * at.size + 1 + randomIndex(random, at.size - 2);
  if (scenario === 'long') return quad(10, at.a, at.c, host(at.taken[0] ?? 0));
  if (scenario === 'mid') {
    const free = Array.from({ length: at.blocks }, (_, i) => i).filter(
      (i) => !at.taken.includes(i),
    );
    return quad(10, at.a, at.c, host(free[randomIndex(random, free.length)] ?? 0));
  }
  if (scenario === 'short')
    return quad(
      10,
      at.a,
      (at.c + 1 + randomIndex(random, 255)) % 256,
      1 + randomIndex(random, 254),
    );
  return quad(
    172,
    16 + randomIndex(random, 16),
    randomIndex(random, 256),
    1 + randomIndex(random, 254),
  );
}

/** Orders route lines as IOS does: by network address, then by length. */
function byNetwork(x: string, y: string): number {
  const key = (line: string) => {
    const [address = '', length = '0'] = (/\d+\.\d+\.\d+\.\d+\/\d+/.exec(line)?.[0] ?? '').split(
      '/',
    );
    return (
      address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0) * 64 + Number(length)
    );
  };
  return key(x) - key(y);
}

/** The whole `show ip route` text: gateway line, default route, header with its counts, routes. */
function tableText(links: string[], routes: string[], fallback: Neighbour | undefined): string {
  const lines = [...links, ...routes].sort(byNetwork);
  const lengths = new Set(lines.map((line) => /\/(\d+)/.exec(line)?.[1]));
  const header = `      10.0.0.0/8 is variably subnetted, ${String(lines.length)} subnets, ${String(lengths.size)} masks`;
  const gateway = fallback
    ? `Gateway of last resort is ${fallback.address} to network 0.0.0.0`
    : 'Gateway of last resort is not set';
  const defaultRoute = fallback ? [`S*    0.0.0.0/0 [1/0] via ${fallback.address}`] : [];
  return ['R1#show ip route', gateway, '', ...defaultRoute, header, ...lines].join('\n');
}
