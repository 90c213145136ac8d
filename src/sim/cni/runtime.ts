import { attachmentKey, type PluginContext, type PluginOutcome } from './plugin-context';
import { runPlugin } from './plugins';
import { copyState, emptyCniState } from './state';
import type {
  AttachmentArgs,
  CniCommand,
  CniResult,
  CniRun,
  CniState,
  NetworkConfigList,
  PluginCall,
} from './types';
import { validateConfigList } from './validate';
import { compareVersions, SUPPORTED_VERSIONS } from './versions';

/** Simulates a runtime (libcni) running one CNI operation over a configuration list. */
export function runCni(
  config: NetworkConfigList | string,
  command: CniCommand,
  args: AttachmentArgs,
  state: CniState = emptyCniState(),
): CniRun {
  const working = copyState(state);
  const calls: PluginCall[] = [];
  const { config: list, problems } = validateConfigList(config);
  if (list === null) {
    return {
      ok: false,
      calls,
      error: { code: 7, msg: 'invalid network configuration', details: problems.join(' ') },
      state: working,
    };
  }
  const refusal = refuse(list, command, args, working);
  if (refusal !== undefined) return { ok: false, calls, error: { msg: refusal }, state: working };
  const key = attachmentKey(list.name, args.containerId, args.ifname);
  const cached = working.cache[key];
  const order = command === 'DEL' ? [...list.plugins].reverse() : list.plugins;
  let prevResult: CniResult | undefined = command === 'ADD' ? undefined : cached;
  for (const plugin of order) {
    const context: PluginContext = {
      command,
      network: list.name,
      cniVersion: list.cniVersion,
      plugin,
      args,
      prevResult,
      state: working,
      calls,
      actions: [],
    };
    const outcome: PluginOutcome = runPlugin(context);
    if (!outcome.ok) return failure(list, command, args, outcome.error, calls, working);
    if (command === 'ADD') prevResult = outcome.result ?? prevResult;
  }
  return finish(list, command, args, { calls, state: working, prevResult });
}

/** The runtime's own refusals, before any plugin runs (ordering rules and version gates). */
function refuse(
  list: NetworkConfigList,
  command: CniCommand,
  args: AttachmentArgs,
  state: CniState,
): string | undefined {
  const cached = state.cache[attachmentKey(list.name, args.containerId, args.ifname)];
  if (command === 'ADD' && cached !== undefined) {
    return `container ${args.containerId} is already attached to ${list.name} as ${args.ifname}; a runtime must call DEL before another ADD`;
  }
  if (command === 'CHECK') {
    if (compareVersions(list.cniVersion, '0.4.0') < 0)
      return `configuration version "${list.cniVersion}" does not support the CHECK command`;
    if (list.disableCheck === true)
      return `CHECK is disabled for network ${list.name} (disableCheck is true)`;
    if (cached === undefined)
      return `no cached result for ${args.containerId}/${args.ifname}: CHECK is only allowed after a successful ADD`;
  }
  if ((command === 'STATUS' || command === 'GC') && compareVersions(list.cniVersion, '1.1.0') < 0) {
    return `${command} needs cniVersion 1.1.0; this list declares ${list.cniVersion}`;
  }
  if (command === 'GC' && list.disableGC === true)
    return `GC is disabled for network ${list.name} (disableGC is true)`;
  return undefined;
}

/** Ends a run after a plugin failed; for ADD, adds the line a kubelet would log. */
function failure(
  list: NetworkConfigList,
  command: CniCommand,
  args: AttachmentArgs,
  error: NonNullable<CniRun['error']>,
  calls: PluginCall[],
  state: CniState,
): CniRun {
  const run: CniRun = { ok: false, calls, error, state };
  const failed = calls.filter((call) => call.delegatedBy === undefined).at(-1)?.plugin ?? '';
  if (command === 'ADD') {
    run.kubeletMessage = `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "${args.containerId}": plugin type="${failed}" name="${list.name}" failed (add): ${error.msg}`;
  }
  return run;
}

/** Ends a successful run: caches ADD's result, drops it on DEL, reports versions for VERSION. */
function finish(
  list: NetworkConfigList,
  command: CniCommand,
  args: AttachmentArgs,
  done: { calls: PluginCall[]; state: CniState; prevResult: CniResult | undefined },
): CniRun {
  const { calls, state, prevResult } = done;
  const key = attachmentKey(list.name, args.containerId, args.ifname);
  if (command === 'ADD' && prevResult !== undefined) state.cache[key] = prevResult;
  if (command === 'DEL')
    state.cache = Object.fromEntries(Object.entries(state.cache).filter(([k]) => k !== key));
  if (command === 'GC') {
    const valid = new Set(
      (args.validAttachments ?? []).map((a) => attachmentKey(list.name, a.containerID, a.ifname)),
    );
    state.cache = Object.fromEntries(
      Object.entries(state.cache).filter(([k]) => !k.startsWith(`${list.name}/`) || valid.has(k)),
    );
  }
  const run: CniRun = { ok: true, calls, state };
  if (command === 'ADD' && prevResult !== undefined) run.result = prevResult;
  if (command === 'VERSION') run.supportedVersions = [...SUPPORTED_VERSIONS];
  return run;
}
