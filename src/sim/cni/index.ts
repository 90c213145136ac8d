/**
 * The CNI engine: simulates a container runtime running a network configuration list the way the
 * CNI specification 1.1.0 describes it. ADD and CHECK run the plugins in order, each one receiving
 * the previous one's result as prevResult; DEL runs them in reverse and is idempotent; STATUS, GC
 * and VERSION are modelled too. Simulated plugins: bridge (default bridge cni0, a veth pair),
 * host-local IPAM (next free address after the last one handed out; network, gateway and
 * broadcast skipped; the real exhaustion error) and portmap (runtimeConfig.portMappings).
 * Pure: state is plain data passed in and returned; the caller's object is never changed.
 *
 * @example
 * const { config, problems } = validateConfigList(jsonText); // problems: plain sentences
 * const run = runCni(config!, 'ADD', { containerId: 'pod-a', netns: '/var/run/netns/pod-a', ifname: 'eth0' }, emptyCniState());
 * run.result?.ips; // [{ address: '10.22.0.2/16', gateway: '10.22.0.1', interface: 2 }]
 * run.calls.map((c) => c.plugin); // ['bridge', 'host-local', 'portmap'] (host-local delegatedBy bridge)
 * runCni(config!, 'DEL', sameArgs, run.state).calls.map((c) => c.plugin); // ['portmap', 'bridge', 'host-local']
 *
 * The plugin chooser's ranking is imported from its own files, so the runner's engine chunk does
 * not carry the plugin facts (about 3.5 KB gzip) and the chooser does not carry the runtime:
 * import { choosePlugins } from '~/sim/cni/choose';
 * choosePlugins(['policy', 'encryption'])[0]?.name; // 'Calico' (facts checked 2026-12-04, with sources)
 */
export { validateConfigList } from './validate';
export { InputError, isInputError } from '../ip';
export type { Validation } from './validate';
export { runCni } from './runtime';
export { emptyCniState } from './state';
export { DEFAULT_BRIDGE } from './bridge';
export { KNOWN_PLUGINS } from './plugins';
export { CNI_PATH, LIST_VERSIONS, SUPPORTED_VERSIONS } from './versions';
export type { NeedVerdict, PluginVerdict } from './choose';
export type { Need, NeedFact, PluginFacts, PluginId, Support } from './plugin-facts';
export type * from './types';
