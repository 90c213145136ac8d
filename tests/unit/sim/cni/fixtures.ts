import type { AttachmentArgs, NetworkConfigList } from '~/sim/cni';

/** A bridge + host-local + portmap chain on 10.22.0.0/16, as a node's conflist would be. */
export function chain(subnet = '10.22.0.0/16'): NetworkConfigList {
  return {
    cniVersion: '1.1.0',
    name: 'podnet',
    plugins: [
      {
        type: 'bridge',
        bridge: 'cni0',
        ipam: { type: 'host-local', ranges: [[{ subnet }]], routes: [{ dst: '0.0.0.0/0' }] },
      },
      { type: 'portmap', capabilities: { portMappings: true } },
    ],
  };
}

/** The attachment of a pod sandbox named `id`, interface eth0. */
export function pod(id: string): AttachmentArgs {
  return { containerId: id, netns: `/var/run/netns/${id}`, ifname: 'eth0' };
}
