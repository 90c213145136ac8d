import { formatIpv4 } from '~/sim/ip';
import { isAllocatable, resolveRange } from '~/sim/cni/ranges';
import {
  emptyCniState,
  runCni,
  type AttachmentArgs,
  type CniRun,
  type CniState,
  type IpamRange,
  type NetworkConfigList,
} from '~/sim/cni';
import { randomFromNumber, randomIndex, shuffled, type Random } from '../random';

// Seeded scenarios for the CNI generators: a bridge + host-local (+ portmap) configuration list
// over a small random subnet, and a sequence of ADDs and DELs run through the CNI engine. The
// engine decides every answer; this file only picks the inputs.

/** One step the runtime takes: ADD or DEL for a pod sandbox. */
export interface CniStep {
  command: 'ADD' | 'DEL';
  pod: string;
}

/** A configuration, the steps run on a fresh node, the pod asked about and the engine's answer. */
export interface CniScenario {
  config: NetworkConfigList;
  steps: CniStep[];
  /** The pod whose ADD the question asks about. */
  nextPod: string;
  /** Addresses the steps' DELs released, in order. */
  freed: string[];
  /** The node's state after the steps, before that ADD. */
  before: CniState;
  /** The engine's run of that ADD, after the steps. */
  next: CniRun;
}

const NETWORK_NAMES = ['podnet', 'dbnet', 'mynet', 'k8s-pod-network', 'cbr0'] as const;
const POD_NAMES = ['web', 'api', 'db', 'cache', 'auth', 'shop', 'mail', 'logs', 'jobs', 'feed'];

/** A random element of a non-empty list. */
function pick<T>(random: Random, items: readonly T[]): T {
  return items[randomIndex(random, items.length)] as T;
}

/** The runtime's attachment for a pod: its netns under /var/run/netns, interface eth0. */
export function attachmentFor(pod: string): AttachmentArgs {
  return { containerId: pod, netns: `/var/run/netns/${pod}`, ifname: 'eth0' };
}

/** A host-local range: a /24, /27, /28 or /29, sometimes narrowed or with its own gateway. */
function randomRange(random: Random, small: boolean): IpamRange {
  const prefix = small ? pick(random, [29, 29, 28]) : pick(random, [24, 27, 28, 29]);
  const base = (10 << 24) + (randomIndex(random, 200) << 16) + (randomIndex(random, 250) << 8);
  const size = 2 ** (32 - prefix);
  const network = base + randomIndex(random, 256 / size) * size;
  const range: IpamRange = { subnet: `${formatIpv4(network)}/${String(prefix)}` };
  const shape = randomIndex(random, 4);
  if (shape === 1) range.gateway = formatIpv4(network + size - 2);
  if (shape === 2 || (small && shape === 3)) {
    const start = network + 1 + randomIndex(random, Math.max(1, size / 4));
    const span = small ? 2 + randomIndex(random, 3) : 4 + randomIndex(random, 6);
    range.rangeStart = formatIpv4(start);
    range.rangeEnd = formatIpv4(Math.min(start + span, network + size - 2));
  }
  if (shape === 3 && !small) range.gateway = formatIpv4(network + 2);
  return range;
}

/** A bridge + host-local list over one range, with portmap chained after it when asked. */
export function randomConfig(random: Random, small: boolean, portmap: boolean): NetworkConfigList {
  const range = randomRange(random, small);
  const config: NetworkConfigList = {
    cniVersion: pick(random, ['1.0.0', '1.1.0']),
    name: pick(random, NETWORK_NAMES),
    plugins: [
      {
        type: 'bridge',
        bridge: 'cni0',
        ipam: { type: 'host-local', ranges: [[range]], routes: [{ dst: '0.0.0.0/0' }] },
      },
    ],
  };
  if (portmap) config.plugins.push({ type: 'portmap', capabilities: { portMappings: true } });
  return config;
}

/** How many addresses host-local can hand out from a list's one range. */
export function capacityOf(config: NetworkConfigList): number {
  const range = config.plugins[0]?.ipam?.ranges?.[0]?.[0];
  if (range === undefined) return 0;
  const resolved = resolveRange(range);
  let count = 0;
  for (let ip = resolved.start; ip <= resolved.end; ip += 1) {
    if (isAllocatable(resolved, ip)) count += 1;
  }
  return count;
}

/** Steps that fill `adds` addresses, with one or two DELs (and re-ADDs) mixed in when `churn`. */
function randomSteps(random: Random, adds: number, churn: boolean): CniStep[] {
  const names = shuffled(POD_NAMES, random).map(
    (name) => `${name}-${String(randomIndex(random, 90) + 10)}`,
  );
  const steps: CniStep[] = [];
  const live: string[] = [];
  let used = 0;
  for (let index = 0; index < adds; index += 1) {
    const pod = names[used] ?? `pod-${String(used)}`;
    used += 1;
    steps.push({ command: 'ADD', pod });
    live.push(pod);
    if (churn && live.length >= 2 && random() < 0.35) {
      const gone = live.splice(randomIndex(random, live.length - 1), 1)[0] ?? pod;
      steps.push({ command: 'DEL', pod: gone });
    }
  }
  return steps;
}

/** A scenario where the next ADD succeeds: some pods came and went, and there is room left. */
export function nextIpScenario(seed: number): CniScenario {
  const random = randomFromNumber(seed);
  const config = randomConfig(random, false, random() < 0.5);
  const capacity = capacityOf(config);
  const adds = 2 + randomIndex(random, Math.max(1, Math.min(5, capacity - 2)));
  const steps = randomSteps(random, Math.min(adds, capacity - 1), true);
  return withNext(config, steps, `new-${String(randomIndex(random, 900) + 100)}`);
}

/** A scenario where the next ADD finds the range full. */
export function rangeFullScenario(seed: number): CniScenario {
  const random = randomFromNumber(seed);
  const config = randomConfig(random, true, random() < 0.5);
  const steps = randomSteps(random, capacityOf(config), false);
  const live = new Set<string>();
  for (const step of steps) live.add(step.pod);
  const extra = random() < 0.5 ? [...live][0] : undefined;
  if (extra !== undefined)
    steps.push({ command: 'DEL', pod: extra }, { command: 'ADD', pod: `${extra}-new` });
  return withNext(config, steps, `new-${String(randomIndex(random, 900) + 100)}`);
}

/** Runs the steps (noting what each DEL releases), then the ADD of the pod asked about. */
function withNext(config: NetworkConfigList, steps: CniStep[], nextPod: string): CniScenario {
  let state = emptyCniState();
  const freed: string[] = [];
  for (const step of steps) {
    const held = state.allocations[`${config.name}/${step.pod}/eth0`]?.[0];
    if (step.command === 'DEL' && held !== undefined) freed.push(held);
    state = runCni(config, step.command, attachmentFor(step.pod), state).state;
  }
  const next = runCni(config, 'ADD', attachmentFor(nextPod), state);
  return { config, steps, nextPod, freed, before: state, next };
}
