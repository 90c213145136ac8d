import type {
  AttachmentArgs,
  CniCommand,
  CniError,
  CniResult,
  CniState,
  PluginCall,
  PluginConfig,
} from './types';

/** What a simulated plugin receives: its config (stdin), the attachment (env), state and log. */
export interface PluginContext {
  command: CniCommand;
  network: string;
  cniVersion: string;
  plugin: PluginConfig;
  args: AttachmentArgs;
  prevResult: CniResult | undefined;
  /** Mutable working copy owned by runCni; the caller's object is never touched. */
  state: CniState;
  /** The run's call log, so a plugin can record the IPAM plugin it runs itself. */
  calls: PluginCall[];
  /** Sentences describing what the plugin did, shown under its call. */
  actions: string[];
}

/** What a plugin returns: a result (ADD), nothing (CHECK, DEL, GC, STATUS) or an error. */
export type PluginOutcome = { ok: true; result?: CniResult } | { ok: false; error: CniError };

/** The key host-local and libcni use for an attachment: network, container ID, interface. */
export function attachmentKey(network: string, containerId: string, ifname: string): string {
  return `${network}/${containerId}/${ifname}`;
}

/** A plugin's generic failure: skel reports a plain Go error as code 999 (internal error). */
export function internalError(msg: string): PluginOutcome {
  return { ok: false, error: { code: 999, msg } };
}

/** A short stable hex hash (FNV-1a), used to derive veth names and MAC addresses. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A locally administered MAC address (02:…) derived from a seed text. */
export function macFor(seed: string): string {
  const hex = shortHash(seed) + shortHash(`${seed}#`);
  const bytes = [
    '02',
    ...Array.from({ length: 5 }, (_, index) => hex.slice(index * 2, index * 2 + 2)),
  ];
  return bytes.join(':');
}
