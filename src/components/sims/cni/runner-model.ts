import {
  emptyCniState,
  runCni,
  validateConfigList,
  type AttachmentArgs,
  type CniCommand,
  type CniRun,
  type CniState,
} from '~/sim/cni';
import { looseConfig, rangeUsage, unknownPlugins, type RangeUsage } from './runner-checks';

export type { RangeUsage } from './runner-checks';

// The CNI runner's state and what it shows, as pure functions over the CNI engine: the learner's
// JSON text, the node's CNI state, and a log of operations. The build makes the first view with
// these functions and the island loads them lazily (runner-engine.ts), so the two always agree.

/** One operation the learner ran, with every plugin call the engine logged. */
export interface LogEntry {
  id: number;
  title: string;
  run: Omit<CniRun, 'state'>;
  /** After a failed ADD, the DEL the runtime ran to clean up (containerd does this). */
  cleanup?: Omit<CniRun, 'state'>;
}

/** Everything the runner remembers: the text, the node, the log (newest first), pods started. */
export interface RunnerState {
  text: string;
  cni: CniState;
  log: LogEntry[];
  started: number;
}

/** A pod with an address, as the pods table shows it. */
export interface PodRow {
  containerId: string;
  ifname: string;
  address: string;
  gateway: string;
  hostVeth: string;
  hostPort: number | null;
}

/** What the runner shows for a state. */
export interface RunnerView {
  problems: string[];
  warnings: string[];
  pods: PodRow[];
  usage: RangeUsage | null;
}

/** What the learner can ask the runtime to do. */
export type RunnerAction =
  { kind: 'ADD' | 'STATUS' | 'GC' | 'VERSION' } | { kind: 'CHECK' | 'DEL'; containerId: string };

/** Log entries kept; older ones drop off. */
const LOG_LIMIT = 20;

/** A runner with the given text on a node with nothing attached. */
export function emptyRunner(text: string): RunnerState {
  return { text, cni: emptyCniState(), log: [], started: 0 };
}

/** The runtime's arguments for a container: netns /var/run/netns/<id>, interface eth0. */
export function attachment(containerId: string): AttachmentArgs {
  return { containerId, netns: `/var/run/netns/${containerId}`, ifname: 'eth0' };
}

/**
 * Runs one action through the engine and logs it; the state given is not changed. When an ADD
 * fails after a plugin ran, the runtime runs DEL for the same container to clean up, as
 * containerd does (if that DEL fails too, an address can stay reserved with no pod: a leak).
 */
export function applyAction(state: RunnerState, action: RunnerAction): RunnerState {
  const command: CniCommand = action.kind;
  let started = state.started;
  let args: AttachmentArgs;
  if (action.kind === 'ADD') {
    started += 1;
    args = {
      ...attachment(`pod-${String(started)}`),
      portMappings: [{ hostPort: 8079 + started, containerPort: 80, protocol: 'tcp' }],
    };
  } else if (action.kind === 'CHECK' || action.kind === 'DEL') {
    args = attachment(action.containerId);
  } else {
    args = {
      ...attachment(''),
      validAttachments: podsOf(state.cni).map((pod) => ({
        containerID: pod.containerId,
        ifname: pod.ifname,
      })),
    };
  }
  const { state: afterRun, ...run } = runCni(state.text, command, args, state.cni);
  const title = args.containerId === '' ? command : `${command} ${args.containerId}`;
  const entry: LogEntry = { id: (state.log[0]?.id ?? 0) + 1, title, run };
  let cni = afterRun;
  if (command === 'ADD' && !run.ok && run.calls.length > 0) {
    const { state: afterCleanup, ...cleanup } = runCni(state.text, 'DEL', args, afterRun);
    entry.cleanup = cleanup;
    cni = afterCleanup;
  }
  return { text: state.text, cni, log: [entry, ...state.log].slice(0, LOG_LIMIT), started };
}

/** The pods the runtime has a cached ADD result for, in the order they started. */
export function podsOf(cni: CniState): PodRow[] {
  return Object.entries(cni.cache).map(([key, result]) => {
    const [, containerId = '', ifname = ''] = key.split('/');
    const ip = result.ips[0];
    return {
      containerId,
      ifname,
      address: ip?.address ?? '',
      gateway: ip?.gateway ?? '',
      hostVeth: result.interfaces[1]?.name ?? '',
      hostPort: cni.portMappings[key]?.[0]?.hostPort ?? null,
    };
  });
}

/** Everything the runner shows for a state: problems, warnings, pods and the range counter. */
export function viewOf(state: RunnerState): RunnerView {
  const { config, problems } = validateConfigList(state.text);
  const loose = config ?? looseConfig(state.text);
  return {
    problems,
    warnings: loose === null ? [] : unknownPlugins(loose),
    pods: podsOf(state.cni),
    usage: config === null ? null : rangeUsage(config, state.cni),
  };
}

/** The build's first view: the preset validated and, when it is valid, one pod started. */
export function firstRunner(text: string): { state: RunnerState; view: RunnerView } {
  const empty = emptyRunner(text);
  const state =
    validateConfigList(text).config === null ? empty : applyAction(empty, { kind: 'ADD' });
  return { state, view: viewOf(state) };
}
