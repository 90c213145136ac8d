import type { NetworkConfigList } from '~/sim/cni';

// The CNI runner's starting configurations: a spec-style bridge + host-local list, the same with
// portmap chained, a range of three addresses to exhaust, and a list with three mistakes. Plain
// data; the runner shows each as JSON text the learner can edit.

/** The ids a lesson can pass as <CniRunner preset="…" />. */
export const CNI_PRESET_IDS = [
  'bridge-host-local',
  'bridge-portmap',
  'tiny-range',
  'broken',
] as const;

/** A preset id. */
export type CniPresetId = (typeof CNI_PRESET_IDS)[number];

/** A preset: its title, what it shows, and the configuration (an object, or raw text when broken). */
export interface CniPreset {
  id: CniPresetId;
  title: string;
  description: string;
  config: NetworkConfigList | Record<string, unknown>;
}

const BRIDGE_HOST_LOCAL: NetworkConfigList = {
  cniVersion: '1.1.0',
  name: 'dbnet',
  plugins: [
    {
      type: 'bridge',
      bridge: 'cni0',
      ipam: {
        type: 'host-local',
        ranges: [[{ subnet: '10.1.0.0/24', gateway: '10.1.0.1' }]],
        routes: [{ dst: '0.0.0.0/0' }],
      },
      dns: { nameservers: ['10.1.0.1'] },
    },
  ],
};

const BRIDGE_PORTMAP: NetworkConfigList = {
  ...BRIDGE_HOST_LOCAL,
  plugins: [
    ...BRIDGE_HOST_LOCAL.plugins,
    { type: 'portmap', capabilities: { portMappings: true } },
  ],
};

const TINY_RANGE: NetworkConfigList = {
  cniVersion: '1.1.0',
  name: 'tiny',
  plugins: [
    {
      type: 'bridge',
      bridge: 'cni0',
      ipam: {
        type: 'host-local',
        ranges: [
          [
            {
              subnet: '10.22.0.0/29',
              rangeStart: '10.22.0.2',
              rangeEnd: '10.22.0.4',
              gateway: '10.22.0.1',
            },
          ],
        ],
        routes: [{ dst: '0.0.0.0/0' }],
      },
    },
  ],
};

const BROKEN = {
  name: 'broken',
  plugins: [
    {
      type: 'bridge',
      bridge: 'cni0',
      ipam: { type: 'host-local', ranges: [[{ subnet: '10.1.0.0/33' }]] },
    },
    { type: 'flanel' },
  ],
};

/** Every preset, by id. */
export const CNI_PRESETS: Readonly<Record<CniPresetId, CniPreset>> = {
  'bridge-host-local': {
    id: 'bridge-host-local',
    title: 'CNI runner: bridge with host-local IPAM',
    description:
      'A configuration list like the CNI specification’s example: the bridge plugin connects each pod to cni0 through a veth pair and asks host-local for an address from 10.1.0.0/24.',
    config: BRIDGE_HOST_LOCAL,
  },
  'bridge-portmap': {
    id: 'bridge-portmap',
    title: 'CNI runner: bridge, host-local and portmap chained',
    description:
      'The same network with portmap chained after bridge. portmap declares the portMappings capability, so the runtime hands it each pod’s host port in runtimeConfig, and it reads the pod’s address from prevResult.',
    config: BRIDGE_PORTMAP,
  },
  'tiny-range': {
    id: 'tiny-range',
    title: 'CNI runner: a range of three addresses',
    description:
      'host-local may hand out only 10.22.0.2 to 10.22.0.4. Start pods until the range runs out and read the error the kubelet would log.',
    config: TINY_RANGE,
  },
  broken: {
    id: 'broken',
    title: 'CNI runner: a configuration with mistakes',
    description:
      'This list has three mistakes. Read what the validator says, fix the JSON, and start a pod once it is clean.',
    config: BROKEN,
  },
};

/** A preset's configuration as the editor shows it: two-space indented JSON. */
export function presetText(id: CniPresetId): string {
  return JSON.stringify(CNI_PRESETS[id].config, null, 2);
}
