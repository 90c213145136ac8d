import { runIpam } from './ipam-call';
import { type PluginContext, type PluginOutcome, macFor, shortHash } from './plugin-context';
import type { CniInterface, CniResult } from './types';

/** The bridge plugin's default bridge name. */
export const DEFAULT_BRIDGE = 'cni0';

/** Runs the bridge plugin: a veth pair with its host end on the bridge, addresses from IPAM. */
export function runBridge(context: PluginContext): PluginOutcome {
  if (context.command === 'ADD') return add(context);
  if (context.command === 'DEL') return del(context);
  const ipam = runIpam(context);
  if (!ipam.ok || context.command !== 'CHECK') return ipam.ok ? { ok: true } : ipam;
  const ifname = context.args.ifname;
  const present = context.prevResult?.interfaces.some(
    (i) => i.name === ifname && i.sandbox !== undefined,
  );
  if (present !== true)
    return { ok: false, error: { code: 999, msg: `interface ${ifname} not found in prevResult` } };
  context.actions.push(`${ifname} and its veth peer are in place`);
  return { ok: true };
}

/** The host-side veth name: "veth" and eight hex digits (random in the real plugin). */
function hostVethName(context: PluginContext): string {
  return `veth${shortHash(`${context.args.containerId}/${context.args.ifname}`)}`;
}

/** ADD: create the bridge if needed, the veth pair, then ask IPAM for addresses. */
function add(context: PluginContext): PluginOutcome {
  const { args, state, plugin } = context;
  const bridgeName = plugin.bridge ?? DEFAULT_BRIDGE;
  if (state.bridges.includes(bridgeName)) {
    context.actions.push(`bridge ${bridgeName} already exists`);
  } else {
    state.bridges = [...state.bridges, bridgeName];
    context.actions.push(`created bridge ${bridgeName}`);
  }
  const veth = hostVethName(context);
  context.actions.push(`created veth pair ${veth} (host) and ${args.ifname} (in ${args.netns})`);
  context.actions.push(`attached ${veth} to ${bridgeName}`);
  const interfaces: CniInterface[] = [
    { name: bridgeName, mac: macFor(`bridge/${bridgeName}`) },
    { name: veth, mac: macFor(`host/${args.containerId}/${args.ifname}`) },
    {
      name: args.ifname,
      mac: macFor(`sandbox/${args.containerId}/${args.ifname}`),
      sandbox: args.netns,
    },
  ];
  const ipam = runIpam(context);
  if (!ipam.ok) return ipam;
  const ips = (ipam.result?.ips ?? []).map((ip) => ({ ...ip, interface: 2 }));
  for (const ip of ips) context.actions.push(`assigned ${ip.address} to ${args.ifname}`);
  const result: CniResult = {
    cniVersion: context.cniVersion,
    interfaces,
    ips,
    routes: ipam.result?.routes ?? [],
    dns: plugin.dns ?? {},
  };
  return { ok: true, result };
}

/** DEL: release the addresses through IPAM first, then remove the veth pair (the bridge stays). */
function del(context: PluginContext): PluginOutcome {
  const ipam = runIpam(context);
  if (!ipam.ok) return ipam;
  context.actions.push(
    `deleted veth pair ${hostVethName(context)} / ${context.args.ifname} (if present)`,
  );
  return { ok: true };
}
