import { describe, expect, it } from 'vitest';
import { CNI_PRESET_IDS, CNI_PRESETS, presetText } from '~/components/sims/cni/presets';
import { firstRunner } from '~/components/sims/cni/runner-model';
import { validateConfigList } from '~/sim/cni';

describe('CNI runner presets', () => {
  it('has the four presets the lessons use', () => {
    expect([...CNI_PRESET_IDS]).toEqual([
      'bridge-host-local',
      'bridge-portmap',
      'tiny-range',
      'broken',
    ]);
  });

  it.each(['bridge-host-local', 'bridge-portmap', 'tiny-range'] as const)(
    '%s validates cleanly and names only simulated plugins',
    (id) => {
      expect(validateConfigList(presetText(id)).problems).toEqual([]);
      expect(firstRunner(presetText(id)).view.warnings).toEqual([]);
      expect(CNI_PRESETS[id].description.length).toBeGreaterThan(40);
    },
  );

  it('broken shows its three mistakes: no cniVersion, a /33 subnet, an unknown plugin', () => {
    const { view, state } = firstRunner(presetText('broken'));
    expect(view.problems).toEqual([
      '"cniVersion" is missing; add the spec version the list follows, e.g. "1.1.0".',
      "plugins[0], range set 0, range 0: subnet is not valid: '10.1.0.0/33' has prefix /33: an IPv4 prefix length is a whole number from 0 to 32.",
    ]);
    expect(view.warnings).toEqual([
      'plugins[1]: this node has no "flanel" executable in /opt/cni/bin (it has bridge, host-local, portmap), so ADD will fail with: failed to find plugin "flanel" in path [/opt/cni/bin].',
    ]);
    expect(state.log).toEqual([]);
    expect(view.usage).toBeNull();
  });

  it('tiny-range offers exactly three addresses', () => {
    expect(firstRunner(presetText('tiny-range')).view.usage).toEqual({
      range: '10.22.0.2-10.22.0.4',
      allocated: 1,
      free: 2,
      total: 3,
      leaked: 0,
    });
  });

  it('shows each preset as two-space JSON the editor can round-trip', () => {
    for (const id of CNI_PRESET_IDS) {
      expect(JSON.parse(presetText(id))).toEqual(CNI_PRESETS[id].config);
      expect(presetText(id)).toContain('\n  "plugins": [');
    }
  });
});
