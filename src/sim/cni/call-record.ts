import type { PluginContext } from './plugin-context';
import type { PluginCall } from './types';
import { CNI_PATH } from './versions';

/** The environment the runtime sets for a command; VERSION, STATUS and GC carry no attachment. */
export function environmentFor(context: PluginContext): Record<string, string> {
  const { command, args } = context;
  if (command === 'VERSION') return { CNI_COMMAND: command };
  if (command === 'STATUS' || command === 'GC') return { CNI_COMMAND: command, CNI_PATH };
  return {
    CNI_COMMAND: command,
    CNI_CONTAINERID: args.containerId,
    CNI_NETNS: args.netns,
    CNI_IFNAME: args.ifname,
    CNI_PATH,
  };
}

/** The JSON the plugin reads on stdin: its config plus name, cniVersion, runtimeConfig, prevResult. */
export function stdinFor(context: PluginContext): string {
  const { plugin, network, cniVersion, prevResult, args, command } = context;
  const document: Record<string, unknown> = { cniVersion, name: network, ...plugin };
  if (plugin.capabilities?.['portMappings'] === true && args.portMappings !== undefined) {
    document['runtimeConfig'] = { portMappings: args.portMappings };
  }
  if (prevResult !== undefined && command !== 'VERSION') document['prevResult'] = prevResult;
  if (command === 'GC') document['cni.dev/valid-attachments'] = args.validAttachments ?? [];
  return JSON.stringify(document);
}

/** Starts the log entry of one executable run; the caller fills in result or error. */
export function startCall(
  context: PluginContext,
  plugin: string,
  delegatedBy?: string,
): PluginCall {
  const call: PluginCall = {
    plugin,
    command: context.command,
    env: environmentFor(context),
    stdin: stdinFor(context),
    actions: context.actions,
  };
  if (delegatedBy !== undefined) call.delegatedBy = delegatedBy;
  context.calls.push(call);
  return call;
}
