import { describe, expect, it } from 'vitest';
import { parsePolicies } from '~/sim/netpol';
import { problems, withSpec } from './helpers';

// Errors in a rule's ports. The port entry's first field is on line 10 ("        - field: v",
// value at column 21 for protocol, 17 for port); further fields follow on lines 11 and 12.

/** The errors of one port entry written as block lines (the first starting with "- "). */
function portErrors(...fields: string[]): string[] {
  const [first = '', ...rest] = fields;
  const lines = [`        - ${first}`, ...rest.map((field) => `          ${field}`)];
  return problems(withSpec(`  podSelector: {}\n  ingress:\n    - ports:\n${lines.join('\n')}\n`));
}

describe('ports', () => {
  it('wants protocols in capitals', () => {
    expect(portErrors('protocol: tcp')).toEqual([
      "1:10:21 spec.ingress[0].ports[0].protocol | spec.ingress[0].ports[0].protocol is 'tcp': protocols are written in capitals (TCP).",
    ]);
  });

  it('supports only TCP, UDP and SCTP', () => {
    expect(portErrors('protocol: ICMP')).toEqual([
      "1:10:21 spec.ingress[0].ports[0].protocol | spec.ingress[0].ports[0].protocol is 'ICMP': NetworkPolicy supports TCP, UDP and SCTP.",
    ]);
  });

  it.each([
    ['port: 0', 'spec.ingress[0].ports[0].port is 0: a port number is from 1 to 65535.'],
    ['port: 65536', 'spec.ingress[0].ports[0].port is 65536: a port number is from 1 to 65535.'],
    ['port: 80.5', 'spec.ingress[0].ports[0].port should be a whole number, not the number 80.5.'],
    [
      'port: true',
      'spec.ingress[0].ports[0].port should be a port number or a port name, not the boolean true.',
    ],
  ])('refuses %s', (field, message) => {
    expect(portErrors(field)).toEqual([`1:10:17 spec.ingress[0].ports[0].port | ${message}`]);
  });

  it('explains a quoted number', () => {
    expect(portErrors('port: "80"')).toEqual([
      "1:10:17 spec.ingress[0].ports[0].port | spec.ingress[0].ports[0].port: port '80' is a string because it is quoted: write the number without quotes (port: 80).",
    ]);
  });

  it.each([
    ['HTTP', "port name 'HTTP' may contain only lower-case letters, digits and '-'."],
    ['http-metrics-port', "port name 'http-metrics-port' is longer than 15 characters."],
    ['web--ui', "port name 'web--ui' may not contain '--'."],
    ['-web', "port name '-web' may not start or end with '-'."],
    ['8-0', "port name '8-0' must contain at least one letter."],
  ])('checks the named port %j (IANA_SVC_NAME)', (name, message) => {
    expect(portErrors(`port: "${name}"`)).toEqual([
      `1:10:17 spec.ingress[0].ports[0].port | spec.ingress[0].ports[0].port: ${message}`,
    ]);
  });

  it('needs a port for endPort', () => {
    expect(portErrors('endPort: 90')).toEqual([
      '1:10:20 spec.ingress[0].ports[0].endPort | spec.ingress[0].ports[0].endPort needs a port: the range runs from port to endPort.',
    ]);
  });

  it('refuses endPort with a named port', () => {
    expect(portErrors('port: http', 'endPort: 90')).toEqual([
      "1:11:20 spec.ingress[0].ports[0].endPort | spec.ingress[0].ports[0].endPort cannot be used with a named port ('http'): a range needs a numeric port.",
    ]);
  });

  it('refuses endPort below port, and above 65535', () => {
    expect(portErrors('port: 8080', 'endPort: 80')).toEqual([
      '1:11:20 spec.ingress[0].ports[0].endPort | spec.ingress[0].ports[0].endPort is 80, lower than port 8080: the range runs from port to endPort, so endPort must be at least 8080.',
    ]);
    expect(portErrors('port: 8080', 'endPort: 70000')).toEqual([
      '1:11:20 spec.ingress[0].ports[0].endPort | spec.ingress[0].ports[0].endPort is 70000: a port number is from 1 to 65535.',
    ]);
  });

  it('explains targetPort, a Service field', () => {
    expect(portErrors('targetPort: 8080')).toEqual([
      "1:10:11 spec.ingress[0].ports[0].targetPort | unknown field 'targetPort' in spec.ingress[0].ports[0]: NetworkPolicy ports have no targetPort (that is a Service field): use port, the port on the destination pod.",
    ]);
  });

  it('reads valid ports as written: protocol left out stays out, ranges and names kept', () => {
    const { policies, errors } = parsePolicies(
      withSpec(
        '  podSelector: {}\n  egress:\n    - ports: [{ port: 53, protocol: UDP }, { port: 32000, endPort: 32768 }, { port: http }, { protocol: SCTP }]\n',
      ),
    );
    expect(errors).toEqual([]);
    expect(policies[0]?.spec.egress?.[0]?.ports).toEqual([
      { port: 53, protocol: 'UDP' },
      { port: 32000, endPort: 32768 },
      { port: 'http' },
      { protocol: 'SCTP' },
    ]);
  });
});
