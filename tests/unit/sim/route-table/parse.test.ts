import { describe, expect, it } from 'vitest';
import { InputError, MAX_LINES, parseRouteTable } from '~/sim/route-table';
import { LPM_TABLE } from './fixtures';

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

describe('parseRouteTable', () => {
  it('reads every route of real output, skipping the prompt, legend and headers', () => {
    const table = parseRouteTable(LPM_TABLE);
    expect(
      table.routes.map((r) => [
        r.line,
        r.code,
        r.prefix,
        r.distance,
        r.metric,
        r.nextHop,
        r.exitInterface,
      ]),
    ).toEqual([
      [9, 'S*', '0.0.0.0/0', 1, 0, '203.0.113.1', null],
      [11, 'C', '10.0.0.0/30', 0, 0, null, 'GigabitEthernet0/0'],
      [12, 'L', '10.0.0.1/32', 0, 0, null, 'GigabitEthernet0/0'],
      [13, 'O', '10.1.2.0/24', 110, 2, '10.0.0.2', 'GigabitEthernet0/0'],
      [14, 'S', '10.1.2.64/27', 1, 0, '10.0.0.2', null],
      [15, 'D', '10.1.0.0/16', 90, 3072, '10.0.0.2', 'GigabitEthernet0/0'],
      [17, 'O IA', '172.16.1.0/24', 110, 3, '10.0.0.2', 'GigabitEthernet0/0'],
      [18, 'C', '172.16.2.0/24', 0, 0, null, 'GigabitEthernet0/1'],
      [20, 'C', '203.0.113.0/30', 0, 0, null, 'Serial0/1/0'],
      [21, 'L', '203.0.113.2/32', 0, 0, null, 'Serial0/1/0'],
    ]);
    expect(table.routes[0]).toMatchObject({
      source: 'static',
      candidateDefault: true,
      network: 0,
      length: 0,
    });
    expect(table.routes[6]?.source).toBe('ospf');
    expect(table.gatewayOfLastResort).toEqual({ nextHop: '203.0.113.1', network: '0.0.0.0' });
  });

  it('reads the codes with subtypes and the candidate-default star', () => {
    const table = parseRouteTable(
      [
        'O*E2  0.0.0.0/0 [110/1] via 10.0.0.2, 00:10:00, Gi0/0',
        'D EX  192.168.50.0/24 [170/2560] via 10.0.0.6, 00:00:12, Gi0/1',
        'B     198.51.100.0/24 [20/0] via 192.0.2.9, 1d02h',
        'R     192.168.60.0/24 [120/2] via 10.0.0.6, 00:00:21, Gi0/1',
        'i L2  192.168.70.0/24 [115/20] via 10.0.0.6, Gi0/1',
        'D     10.0.0.0/8 is a summary, 00:01:00, Null0',
        'Gateway of last resort is not set',
      ].join('\n'),
    );
    expect(table.routes.map((r) => [r.code, r.source, r.distance])).toEqual([
      ['O*E2', 'ospf', 110],
      ['D EX', 'eigrp-external', 170],
      ['B', 'bgp', 20],
      ['R', 'rip', 120],
      ['i L2', 'isis', 115],
      ['D', 'eigrp-summary', 5],
    ]);
    expect(table.gatewayOfLastResort).toBeNull();
  });

  it('turns an equal-cost continuation line into a second path of the route above', () => {
    const table = parseRouteTable(
      'O     10.5.0.0/16 [110/3] via 10.0.0.2, 00:00:12, Gi0/0\n                  [110/3] via 10.0.0.6, 00:00:12, Gi0/1',
    );
    expect(table.routes.map((r) => [r.line, r.prefix, r.nextHop, r.exitInterface])).toEqual([
      [1, '10.5.0.0/16', '10.0.0.2', 'Gi0/0'],
      [2, '10.5.0.0/16', '10.0.0.6', 'Gi0/1'],
    ]);
  });

  it('takes the length from an "is subnetted" header only for lines inside its classful network', () => {
    const table = parseRouteTable(
      '      10.0.0.0/24 is subnetted, 2 subnets\nC        10.9.1.0 is directly connected, Gi0/0\nS        10.9.2.0 [1/0] via 10.9.1.2',
    );
    expect(table.routes.map((r) => r.prefix)).toEqual(['10.9.1.0/24', '10.9.2.0/24']);
    expect(
      messageOf(() =>
        parseRouteTable(
          '      10.0.0.0/24 is subnetted, 1 subnets\nS        172.16.2.0 [1/0] via 10.9.1.2',
        ),
      ),
    ).toBe(
      "Line 2: 172.16.2.0 has no prefix length. Write 172.16.2.0/24 (for example), or put the line under a header such as '172.16.2.0/24 is subnetted, 1 subnets' as IOS does.",
    );
  });

  it('wants a length on every line under a "variably subnetted" header', () => {
    expect(
      messageOf(() =>
        parseRouteTable(
          '      10.0.0.0/8 is variably subnetted, 2 subnets, 2 masks\nC        10.9.1.0 is directly connected, Gi0/0',
        ),
      ),
    ).toBe(
      "Line 2: 10.9.1.0 has no prefix length. Under a 'variably subnetted' header each line gives its own (write 10.9.1.0/24, for example).",
    );
  });

  it('refuses malformed lines, naming the line and what is wrong', () => {
    const cases: [string, string][] = [
      [
        'X 10.0.0.0/8 [1/0] via 10.0.0.2',
        "Line 1: 'X' is not a route code this simulator knows. Codes are case-sensitive: C, L, S, R, B, D, D EX, O, O IA, O E1, O E2, O N1, O N2, i, i L1, i L2, o, each optionally followed by * for a candidate default.",
      ],
      [
        '\n10.1.0.0/16 [1/0] via 10.0.0.2',
        "Line 2: '10.1.0.0/16 [1/0] via 10.0.0.2' has no route code before the network. Start it with one, such as S (static), O (OSPF) or C (connected).",
      ],
      [
        'S 10.1.0.0/16 [1/0] via 10.0.0.300',
        "Line 1: '10.0.0.300': the fourth number is 300, but each number in an IPv4 address is at most 255.",
      ],
      [
        'S 10.1.0.0/33 [1/0] via 10.0.0.2',
        "Line 1: '10.1.0.0/33' has a bad prefix length; after the slash write a whole number from 0 to 32.",
      ],
      [
        'S 10.1.0.5/16 [1/0] via 10.0.0.2',
        'Line 1: 10.1.0.5/16 has host bits set; the network of that /16 is 10.1.0.0/16.',
      ],
      [
        'S 10.1.0.0/16 [256/0] via 10.0.0.2',
        'Line 1: administrative distance 256 is out of range; an AD is from 0 to 255.',
      ],
      [
        'S 10.1.0.0/16 to 10.0.0.2',
        "Line 1: after the network, write where the route goes: '[AD/metric] via next-hop' (e.g. [1/0] via 10.0.0.2) or 'is directly connected, interface'. Found 'to 10.0.0.2'.",
      ],
      [
        'C 10.1.0.0/16 is directly connected',
        "Line 1: a directly connected route names its interface after a comma, e.g. 'is directly connected, GigabitEthernet0/1'.",
      ],
      [
        'C 10.1.0.0/16 [0/0] via 10.0.0.2',
        "Line 1: a connected (C) route has no next hop; write it as 'is directly connected, interface'.",
      ],
      [
        'L 10.1.0.0/16 is directly connected, Gi0/0',
        "Line 1: a local (L) route is the router's own address, always a /32; this one is a /16.",
      ],
      [
        'B 10.1.0.0/16 via 192.0.2.1',
        "Line 1: a BGP route prints its distance, [20/0] for eBGP or [200/0] for iBGP; add it before 'via'.",
      ],
      [
        '   [110/2] via 10.0.0.2, Gi0/0',
        "Line 1: a line starting with '[' adds another path to the route above it ('[110/2] via 10.0.0.6, GigabitEthernet0/1'), but there is no route above it.",
      ],
      [
        'S 10.1.0.0/16 [1/0] via 10.0.0.2, Gi0/0, Gi0/1',
        "Line 1: 'Gi0/0, Gi0/1' names more than one interface; a path leaves through one.",
      ],
      [
        'hello world',
        "Line 1: 'hello world' has no destination network. A route line reads like 'O 10.1.2.0/24 [110/2] via 10.0.0.2, GigabitEthernet0/0'.",
      ],
    ];
    for (const [text, message] of cases)
      expect(messageOf(() => parseRouteTable(text))).toBe(message);
  });

  it('reads a route whose path IOS wrapped onto the next line', () => {
    const table = parseRouteTable(
      'O E2     192.168.100.0/24 \n           [110/20] via 10.0.0.2, 00:00:10, GigabitEthernet0/0\nC        10.0.0.0/30 is directly connected, GigabitEthernet0/0',
    );
    expect(table.routes.map((r) => [r.line, r.code, r.prefix, r.distance, r.nextHop])).toEqual([
      [1, 'O E2', '192.168.100.0/24', 110, '10.0.0.2'],
      [3, 'C', '10.0.0.0/30', 0, null],
    ]);
    expect(
      messageOf(() =>
        parseRouteTable('O E2     192.168.100.0/24\nC 10.0.0.0/30 is directly connected, Gi0/0'),
      ),
    ).toBe(
      "Line 1: the route has nothing after its network. Write where it goes on the same line, or on the next one as IOS does when a line is long ('[110/2] via 10.0.0.2, GigabitEthernet0/0').",
    );
    expect(() => parseRouteTable('O E2     192.168.100.0/24')).toThrow(
      'Line 1: the route has nothing after its network.',
    );
  });

  it('accepts a table without routes (every lookup then drops)', () => {
    expect(parseRouteTable('\n\nGateway of last resort is not set\n').routes).toEqual([]);
  });

  it('refuses hostile or huge input before parsing it', () => {
    const many = Array.from(
      { length: MAX_LINES + 1 },
      () => 'S 10.0.0.0/8 [1/0] via 10.0.0.2',
    ).join('\n');
    expect(messageOf(() => parseRouteTable(many))).toBe(
      "The table has 501 lines; paste at most 500 (one router's show ip route).",
    );
    expect(messageOf(() => parseRouteTable('x'.repeat(60_000)))).toBe(
      "The table is 60,000 characters long; paste at most 50,000 (one router's show ip route).",
    );
    expect(
      messageOf(() => parseRouteTable(`S 10.0.0.0/8 [1/0] via 10.0.0.2\n${'a'.repeat(400)}`)),
    ).toBe('Line 2 is 400 characters long; a route line is at most 300.');
  });
});
