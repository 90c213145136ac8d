import { startCall } from './call-record';
import { runHostLocal } from './host-local';
import type { PluginContext, PluginOutcome } from './plugin-context';
import { notFound } from './plugin-missing';

/** A main plugin running its IPAM plugin (same env, same stdin), logged as a delegated call. */
export function runIpam(context: PluginContext): PluginOutcome {
  const ipam = context.plugin.ipam;
  if (ipam === undefined) return { ok: true };
  const inner: PluginContext = { ...context, actions: [] };
  const call = startCall(inner, ipam.type, context.plugin.type);
  const outcome = ipam.type === 'host-local' ? runHostLocal(inner, ipam) : notFound(ipam.type);
  if (outcome.ok && outcome.result !== undefined) call.result = outcome.result;
  if (!outcome.ok) call.error = outcome.error;
  return outcome;
}
