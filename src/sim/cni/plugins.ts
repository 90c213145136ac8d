import { runBridge } from './bridge';
import { startCall } from './call-record';
import { runHostLocal } from './host-local';
import type { PluginContext, PluginOutcome } from './plugin-context';
import { notFound } from './plugin-missing';
import { runPortmap } from './portmap';

/** Plugin types this simulator can run. */
export const KNOWN_PLUGINS = ['bridge', 'host-local', 'portmap'] as const;

/** Runs one plugin of the list as the runtime would, logging the call; unknown types fail. */
export function runPlugin(context: PluginContext): PluginOutcome {
  const type = context.plugin.type;
  const call = startCall(context, type);
  const outcome = dispatch(context, type);
  if (outcome.ok && outcome.result !== undefined && context.command === 'ADD')
    call.result = outcome.result;
  if (!outcome.ok) call.error = outcome.error;
  return outcome;
}

/** Picks the simulated executable for a type; STATUS and VERSION succeed for every known plugin. */
function dispatch(context: PluginContext, type: string): PluginOutcome {
  if (!(KNOWN_PLUGINS as readonly string[]).includes(type)) return notFound(type);
  if (context.command === 'VERSION' || context.command === 'STATUS') {
    context.actions.push(context.command === 'STATUS' ? 'ready for ADD' : 'reported its versions');
    return { ok: true };
  }
  if (type === 'bridge') return runBridge(context);
  if (type === 'portmap') return runPortmap(context);
  return context.plugin.ipam === undefined
    ? { ok: true }
    : runHostLocal(context, context.plugin.ipam);
}
