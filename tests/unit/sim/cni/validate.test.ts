import { describe, expect, it } from 'vitest';
import { validateConfigList } from '~/sim/cni';
import { chain } from './fixtures';

/** The problems for a chain whose first range is `range`. */
function rangeProblems(range: Record<string, string>): string[] {
  const config = chain();
  const bridge = config.plugins[0];
  if (bridge?.ipam) bridge.ipam.ranges = [[{ subnet: '10.22.0.0/24', ...range }]];
  return validateConfigList(config).problems;
}

const where = 'plugins[0], range set 0, range 0';

describe('validateConfigList', () => {
  it('accepts the bridge + host-local + portmap chain, as text or object', () => {
    expect(validateConfigList(JSON.stringify(chain()))).toEqual({ config: chain(), problems: [] });
    expect(validateConfigList(chain()).problems).toEqual([]);
  });

  it('reports malformed JSON with its line and column, without throwing', () => {
    expect(validateConfigList('{\n  "name": "x",\n  }').problems).toEqual([
      'The configuration is not valid JSON: the JSON is not valid here (line 3, column 3). Check for a missing comma, quote or closing brace.',
    ]);
    expect(validateConfigList('{"name"').problems[0]).toContain('the text ends too early');
  });

  it('reports missing cniVersion, name and plugins', () => {
    expect(validateConfigList({}).problems).toEqual([
      '"cniVersion" is missing; add the spec version the list follows, e.g. "1.1.0".',
      '"name" is missing; give the network a name, e.g. "podnet".',
      '"plugins" is missing; list at least one plugin, e.g. [{"type": "bridge"}].',
    ]);
  });

  it('lists the accepted versions when cniVersion is unsupported', () => {
    expect(validateConfigList({ ...chain(), cniVersion: '0.2.0' }).problems).toEqual([
      'cniVersion "0.2.0" is not supported: a configuration list must use one of 0.3.0, 0.3.1, 0.4.0, 1.0.0 and 1.1.0 (lists arrived with 0.3.0; 1.1.0 is current).',
    ]);
  });

  it('applies the spec name rule', () => {
    expect(validateConfigList({ ...chain(), name: '-pods' }).problems).toEqual([
      'name "-pods" is not allowed: it must start with a letter or digit, followed only by letters, digits, "_", "." or "-".',
    ]);
    expect(validateConfigList({ ...chain(), name: 'k8s-pod.network_1' }).problems).toEqual([]);
  });

  it('reports an empty plugins list and a plugin without type', () => {
    expect(validateConfigList({ ...chain(), plugins: [] }).problems).toEqual([
      '"plugins" is empty; a network needs at least one plugin.',
    ]);
    expect(validateConfigList({ ...chain(), plugins: [{ bridge: 'cni0' }] }).problems).toEqual([
      'plugins[0] has no "type"; it names the plugin executable, e.g. "bridge".',
    ]);
  });

  it('reports a bad subnet with the shared CIDR message', () => {
    expect(rangeProblems({ subnet: '10.22.0.1/24' })).toEqual([
      `${where}: subnet is not valid: '10.22.0.1/24' has host bits set: the network of a /24 is 10.22.0.0, so write 10.22.0.0/24.`,
    ]);
    expect(rangeProblems({ subnet: '10.22.0.0/31' })).toEqual([
      `${where}: subnet 10.22.0.0/31 is too small to allocate from; host-local needs at least a /30.`,
    ]);
  });

  it('reports a gateway, rangeStart or rangeEnd outside the subnet', () => {
    expect(
      rangeProblems({ gateway: '10.23.0.1', rangeStart: '10.22.1.10', rangeEnd: '10.21.0.9' }),
    ).toEqual([
      `${where}: gateway 10.23.0.1 is outside subnet 10.22.0.0/24; pick an address inside it.`,
      `${where}: rangeStart 10.22.1.10 is outside subnet 10.22.0.0/24; pick an address inside it.`,
      `${where}: rangeEnd 10.21.0.9 is outside subnet 10.22.0.0/24; pick an address inside it.`,
    ]);
  });

  it('reports a reversed range', () => {
    expect(rangeProblems({ rangeStart: '10.22.0.200', rangeEnd: '10.22.0.100' })).toEqual([
      `${where}: rangeStart 10.22.0.200 comes after rangeEnd 10.22.0.100; swap them.`,
    ]);
  });

  it('reports an ipam section without type and a route without dst', () => {
    const config = chain();
    config.plugins[0] = {
      type: 'bridge',
      ipam: { type: '', routes: [{ gw: '10.22.0.1' } as never] },
    };
    expect(validateConfigList(config).problems).toEqual([
      'plugins[0]: "ipam" has no "type"; name the IPAM plugin, e.g. "host-local".',
      'plugins[0]: route 0 has no "dst" CIDR.',
    ]);
  });
});
