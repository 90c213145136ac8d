import { describe, expect, it } from 'vitest';
import { looseConfig, rangeUsage, unknownPlugins } from '~/components/sims/cni/runner-checks';
import { emptyCniState, type NetworkConfigList } from '~/sim/cni';

/** A one-plugin list with this ipam section. */
function list(ipam: NetworkConfigList['plugins'][number]['ipam']): NetworkConfigList {
  const plugin = ipam === undefined ? { type: 'bridge' } : { type: 'bridge', ipam };
  return { cniVersion: '1.1.0', name: 'n', plugins: [plugin] };
}

describe('runner checks', () => {
  it('counts usable addresses of the older single-subnet form, gateway and ends skipped', () => {
    expect(
      rangeUsage(list({ type: 'host-local', subnet: '10.9.0.0/28' }), emptyCniState()),
    ).toEqual({
      range: '10.9.0.1-10.9.0.14',
      allocated: 0,
      free: 13,
      total: 13,
      leaked: 0,
    });
  });

  it('does not count a gateway outside rangeStart-rangeEnd against the range', () => {
    const usage = rangeUsage(
      list({
        type: 'host-local',
        ranges: [[{ subnet: '10.9.0.0/24', rangeStart: '10.9.0.10', rangeEnd: '10.9.0.19' }]],
      }),
      emptyCniState(),
    );
    expect([usage?.range, usage?.total]).toEqual(['10.9.0.10-10.9.0.19', 10]);
  });

  it('has no counter without host-local', () => {
    expect(rangeUsage(list(undefined), emptyCniState())).toBeNull();
  });

  it('names unknown main and IPAM plugin types, and reads types from text that does not validate', () => {
    expect(unknownPlugins(list({ type: 'whereabouts' }))).toEqual([
      'plugins[0].ipam: this node has no "whereabouts" executable in /opt/cni/bin (it has bridge, host-local, portmap), so ADD will fail with: failed to find plugin "whereabouts" in path [/opt/cni/bin].',
    ]);
    expect(looseConfig('{"plugins": [{"type": "macvlan"}, 3, {"no": "type"}]}')?.plugins).toEqual([
      { type: 'macvlan' },
    ]);
    expect(looseConfig('{"plugins": {}}')).toBeNull();
    expect(looseConfig('not json')).toBeNull();
  });
});
