import { describe, expect, it } from 'vitest';
import { parsePolicies } from '~/sim/netpol';
import { problems, withSpec } from './helpers';

// Errors in from/to peers and ipBlock. The peer starts on line 10 ("        - field: …").

/** The errors of one peer written as block lines (the first starting with "- "). */
function peerErrors(...fields: string[]): string[] {
  const [first = '', ...rest] = fields;
  const lines = [`        - ${first}`, ...rest.map((field) => `          ${field}`)];
  return problems(withSpec(`  podSelector: {}\n  ingress:\n    - from:\n${lines.join('\n')}\n`));
}

describe('peers', () => {
  it('must set at least one field', () => {
    expect(peerErrors('{}')).toEqual([
      '1:10:11 spec.ingress[0].from[0] | spec.ingress[0].from[0] must set podSelector, namespaceSelector or ipBlock.',
    ]);
  });

  it('explains that a selector with no value is not set', () => {
    expect(peerErrors('namespaceSelector:')).toEqual([
      '1:10:11 spec.ingress[0].from[0] | spec.ingress[0].from[0] must set podSelector, namespaceSelector or ipBlock (namespaceSelector: with no value counts as not set; write namespaceSelector: {} to match everything).',
    ]);
  });

  it('refuses ipBlock together with a selector', () => {
    expect(peerErrors('ipBlock: { cidr: 10.0.0.0/8 }', 'podSelector: {}')).toEqual([
      "1:10:11 spec.ingress[0].from[0] | spec.ingress[0].from[0] combines ipBlock with a selector, which is not allowed: make them two peers (two '-' entries).",
    ]);
  });

  it('explains ports written inside a peer', () => {
    expect(peerErrors('podSelector: {}', 'ports: [{ port: 80 }]')).toEqual([
      "1:11:11 spec.ingress[0].from[0].ports | unknown field 'ports' in spec.ingress[0].from[0]: ports belongs to the rule, beside from/to, not inside a peer: check its indentation.",
    ]);
  });
});

describe('ipBlock', () => {
  it('requires cidr', () => {
    expect(peerErrors('ipBlock: { except: [10.1.0.0/16] }')).toEqual([
      '1:10:20 spec.ingress[0].from[0].ipBlock.cidr | spec.ingress[0].from[0].ipBlock.cidr is required, e.g. cidr: 203.0.113.0/24.',
    ]);
  });

  it('reports a mistyped cidr once', () => {
    expect(peerErrors('ipBlock: { cdir: 10.0.0.0/8 }')).toEqual([
      "1:10:22 spec.ingress[0].from[0].ipBlock.cdir | unknown field 'cdir' in spec.ingress[0].from[0].ipBlock: did you mean 'cidr'?",
    ]);
  });

  it.each([
    [
      '10.0.0.1/8',
      "'10.0.0.1/8' has host bits set: the network of a /8 is 10.0.0.0, so write 10.0.0.0/8.",
    ],
    [
      '10.0.0.0/33',
      "'10.0.0.0/33' has prefix /33: an IPv4 prefix length is a whole number from 0 to 32.",
    ],
    [
      '10.0.0.010/32',
      "'10.0.0.010': the fourth number, '010', has a leading zero. Some tools read that as octal",
    ],
    ['10.0.0.0', "'10.0.0.0' has no prefix length"],
    [
      'fd00::1/64',
      "'fd00::1/64' has host bits set: the network of a /64 is fd00::, so write fd00::/64.",
    ],
  ])('checks the CIDR %j', (cidr, message) => {
    const [error, ...others] = peerErrors(`ipBlock: { cidr: "${cidr}" }`);
    expect(others).toEqual([]);
    expect(error).toContain(
      '1:10:28 spec.ingress[0].from[0].ipBlock.cidr | spec.ingress[0].from[0].ipBlock.cidr: ',
    );
    expect(error).toContain(message);
  });

  it.each([
    ['10.1.0.0/16', '192.168.0.0/24'],
    ['10.1.0.0/16', '10.1.0.0/16'],
    ['10.1.0.0/16', '10.0.0.0/8'],
    ['10.1.0.0/16', 'fd00::/64'],
  ])('refuses in cidr %s the except %s (not strictly inside)', (cidr, except) => {
    expect(peerErrors('ipBlock:', `  cidr: ${cidr}`, `  except: ["${except}"]`)).toEqual([
      `1:12:22 spec.ingress[0].from[0].ipBlock.except[0] | spec.ingress[0].from[0].ipBlock.except[0] ${except} must be inside cidr ${cidr} and smaller than it: except removes part of the cidr range.`,
    ]);
  });

  it('accepts IPv4 and IPv6 blocks with excepts strictly inside', () => {
    const { policies, errors } = parsePolicies(
      withSpec(
        '  podSelector: {}\n  ingress:\n    - from:\n        - ipBlock: { cidr: 10.0.0.0/8, except: [10.1.0.0/16, 10.2.3.4/32] }\n        - ipBlock: { cidr: "fd00::/16", except: ["fd00:1::/32"] }\n',
      ),
    );
    expect(errors).toEqual([]);
    expect(policies[0]?.spec.ingress?.[0]?.from).toEqual([
      { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16', '10.2.3.4/32'] } },
      { ipBlock: { cidr: 'fd00::/16', except: ['fd00:1::/32'] } },
    ]);
  });
});
