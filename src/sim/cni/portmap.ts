import { attachmentKey, type PluginContext, type PluginOutcome } from './plugin-context';

/** Runs portmap: records runtimeConfig.portMappings as DNAT rules to the container's address. */
export function runPortmap(context: PluginContext): PluginOutcome {
  const { network, args, state } = context;
  const key = attachmentKey(network, args.containerId, args.ifname);
  if (context.command === 'ADD') {
    if (context.prevResult === undefined) {
      return { ok: false, error: { code: 999, msg: 'must be called as chained plugin' } };
    }
    // The runtime passes runtimeConfig.portMappings only to a plugin that declares the capability.
    const declared = context.plugin.capabilities?.['portMappings'] === true;
    const mappings = declared ? (args.portMappings ?? []) : [];
    if (!declared && (args.portMappings ?? []).length > 0) {
      context.actions.push(
        'no "capabilities": {"portMappings": true} in this plugin\'s config, so the runtime sent no runtimeConfig and no port is mapped',
      );
    }
    const target = context.prevResult.ips[0]?.address.split('/')[0] ?? '?';
    for (const m of mappings) {
      context.actions.push(
        `DNAT ${m.hostIP ?? '0.0.0.0'}:${String(m.hostPort)}/${m.protocol} → ${target}:${String(m.containerPort)}`,
      );
    }
    if (mappings.length === 0 && declared) {
      context.actions.push('no port mappings requested; nothing to do');
    }
    state.portMappings[key] = mappings;
    return { ok: true, result: context.prevResult };
  }
  if (context.command === 'DEL' || context.command === 'GC') return forget(context, key);
  return { ok: true };
}

/** Removes recorded mappings: this attachment's on DEL, every stale one on GC. */
function forget(context: PluginContext, key: string): PluginOutcome {
  const { network, args, state } = context;
  const valid = new Set(
    (args.validAttachments ?? []).map((a) => attachmentKey(network, a.containerID, a.ifname)),
  );
  const stale = (k: string): boolean =>
    context.command === 'DEL' ? k === key : k.startsWith(`${network}/`) && !valid.has(k);
  const removed = Object.keys(state.portMappings).filter(stale);
  state.portMappings = Object.fromEntries(
    Object.entries(state.portMappings).filter(([k]) => !stale(k)),
  );
  context.actions.push(
    removed.length === 0
      ? 'no port mappings to remove'
      : `removed port mappings of ${removed.join(', ')}`,
  );
  return { ok: true };
}
