import { describe, expect, it } from 'vitest';
import { explainDrill, generateDrill } from '~/sim/subnet';
import type { DrillQuestion, DrillSkill } from '~/sim/subnet';

/** A question of a skill with chosen givens (and its answer taken from a generated one's shape). */
function withGiven(
  skill: DrillSkill,
  given: DrillQuestion['given'],
  answer: Record<string, string> = {},
): DrillQuestion {
  return { ...generateDrill(skill, 1), given, answer };
}

describe('explainDrill', () => {
  it('analyze: walks the magic-number method', () => {
    const q = withGiven('analyze', [{ label: 'Address', value: '172.16.77.130 255.255.255.224' }]);
    expect(explainDrill(q)).toEqual([
      'The mask 255.255.255.224 has 27 one bits, so the prefix is /27.',
      'The interesting octet is the fourth: the network bits end there (mask octet 224).',
      'Block size (the magic number): 256 − 224 = 32, so subnets start at multiples of 32 in that octet.',
      'The address has 130 in that octet; the largest multiple of 32 at or below it is 128. Octets before it stay, octets after it become 0: the network is 172.16.77.128.',
      'The next subnet starts at 128 + 32 = 160 in that octet, so the broadcast is one address before it (octets after it all 255): 172.16.77.159.',
      'The hosts are the addresses in between: 172.16.77.129 (network + 1) to 172.16.77.158 (broadcast − 1).',
      '5 host bits give 2^5 − 2 = 30 usable hosts (the network and broadcast addresses are not hosts).',
    ]);
  });

  it('analyze: /31 and /32 say why there is no broadcast', () => {
    const p2p = explainDrill(withGiven('analyze', [{ label: 'Address', value: '10.0.0.7/31' }]));
    expect(p2p.at(-1)).toContain('RFC 3021');
    expect(p2p[1]).toBe(
      'A /31 holds two addresses, 10.0.0.6 and 10.0.0.7: round the last octet down to an even number for the first.',
    );
    const host = explainDrill(withGiven('analyze', [{ label: 'Address', value: '10.0.0.7/32' }]));
    expect(host[1]).toContain('A /32 is a single address, 10.0.0.7');
  });

  it('vlsm: places the requests largest first', () => {
    const q = withGiven('vlsm', [
      { label: 'Address block', value: '192.168.10.0/24' },
      { label: 'Hosts for Sales', value: '20' },
      { label: 'Hosts for Servers', value: '100' },
    ]);
    expect(explainDrill(q)).toEqual([
      'Sort the requests by block size, largest first (equal blocks keep the listed order): Servers 100, Sales 20. Start at 192.168.10.0.',
      'Servers: 100 hosts + 2 = 102 addresses fit in a block of 128 (/25, 126 usable), so 192.168.10.0/25; the next free address is 192.168.10.128.',
      'Sales: 20 hosts + 2 = 22 addresses fit in a block of 32 (/27, 30 usable), so 192.168.10.128/27; the next free address is 192.168.10.160.',
      'Largest first keeps every block aligned: each one starts on a multiple of its own size.',
    ]);
  });

  it('summarize: finds the shared bits', () => {
    const q = withGiven(
      'summarize',
      ['172.16.4.0/24', '172.16.5.0/24'].map((value, i) => ({
        label: `Network ${String(i + 1)}`,
        value,
      })),
      { summary: '172.16.4.0/23' },
    );
    expect(explainDrill(q).slice(1)).toEqual([
      'The first and last networks agree on their first 23 bits and differ after that, so the summary is a /23.',
      'Keep those 23 bits and set the rest to 0: 172.16.4.0/23.',
      'Check: a /23 holds 2^1 = 2 blocks of /24, and 2 networks are listed, so it covers exactly them.',
    ]);
  });

  it('ipv6: compression names the run, expansion counts the hidden groups, EUI-64 flips the bit', () => {
    const compress = withGiven(
      'ipv6-compress',
      [{ label: 'Full address', value: '2001:0db8:0000:0000:0001:0000:0000:0001' }],
      {
        compressed: '2001:db8::1:0:0:1',
      },
    );
    expect(explainDrill(compress)).toEqual([
      'Drop the leading zeros in every group (a group of zeros becomes 0): 2001:db8:0:0:1:0:0:1.',
      'The longest run of zero groups is groups 3–4 (2 groups; on a tie, the first run wins): replace it with "::".',
      'Use lower-case letters. Result: 2001:db8::1:0:0:1.',
    ]);
    const expand = withGiven('ipv6-expand', [{ label: 'Address', value: '2001:db8::1' }], {
      expanded: '2001:0db8:0000:0000:0000:0000:0000:0001',
    });
    expect(explainDrill(expand)[0]).toBe(
      '3 groups are written, so "::" stands for 8 − 3 = 5 groups of zeros.',
    );
    const eui = withGiven(
      'eui64',
      [
        { label: 'MAC address', value: '00:1a:2b:3c:4d:5e' },
        { label: 'Prefix', value: '2001:db8:1:2::/64' },
      ],
      { address: '2001:db8:1:2:21a:2bff:fe3c:4d5e' },
    );
    expect(explainDrill(eui).slice(1, 3)).toEqual([
      'Flip the 7th bit of the first octet (the universal/local bit, value 2): 00 = 00000000 becomes 00000010 = 02.',
      'The interface ID is 021a:2bff:fe3c:4d5e; it fills the last 64 bits after the prefix 2001:db8:1:2::/64.',
    ]);
  });
});
