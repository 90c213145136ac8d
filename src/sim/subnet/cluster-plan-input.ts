import { InputError, parseCidr } from '../ip';
import { count } from './cluster-plan-format';
import type {
  ClusterPlanInput,
  ClusterPlanMode,
  NamedRange,
  ParsedRange,
} from './cluster-plan-types';

// Upper bounds on what a learner may type, so a typo cannot ask for absurd work or text.
const MAX_NODES_INPUT = 1_000_000;
const MAX_PODS_INPUT = 100_000;
const MAX_OTHER_RANGES = 12;
const MAX_NAME_LENGTH = 40;

/** What the pod range is called: in vpc-cni mode pods take addresses of the node subnets. */
const POD_RANGE_NAME: Record<ClusterPlanMode, string> = {
  overlay: 'Pod CIDR',
  'vpc-cni': 'Node subnets',
};
const SERVICE_RANGE_NAME = 'Service CIDR';

/** Reads the mode, refusing anything but the two known ones. */
export function readMode(mode: ClusterPlanInput['mode']): ClusterPlanMode {
  if (mode === undefined || mode === 'overlay' || mode === 'vpc-cni') return mode ?? 'overlay';
  throw new InputError(
    `The mode is 'overlay' (a pod CIDR cut into node ranges) or 'vpc-cni' (pods take VPC addresses), not '${String(mode)}'.`,
    'mode',
  );
}

/** Parses the pod range (named after the mode) and the Service range, pods first. */
export function readClusterRanges(
  input: ClusterPlanInput,
  mode: ClusterPlanMode,
): { pods: ParsedRange; services: ParsedRange } {
  const pods: ParsedRange = {
    name: POD_RANGE_NAME[mode],
    role: 'pods',
    block: parseCidr(input.podCidr, { field: 'podCidr' }),
  };
  const services: ParsedRange = {
    name: SERVICE_RANGE_NAME,
    role: 'services',
    block: parseCidr(input.serviceCidr, { field: 'serviceCidr' }),
  };
  return { pods, services };
}

/** Reads the node count: a whole number from 1 to a million. */
export function readNodes(value: number): number {
  return readWhole(value, 'nodes', 'The number of nodes', 1, MAX_NODES_INPUT);
}

/** Reads the kubelet's maxPods, or its default when it is left out. */
export function readMaxPods(value: number | undefined, byDefault: number): number {
  return readWhole(value ?? byDefault, 'maxPodsPerNode', 'Max pods per node', 1, MAX_PODS_INPUT);
}

/** Reads a whole number in [min, max], saying which field is wrong and why. */
function readWhole(value: number, field: string, label: string, min: number, max: number): number {
  if (!Number.isInteger(value)) {
    throw new InputError(`${label} must be a whole number (e.g. ${String(min + 2)}).`, field);
  }
  if (value < min || value > max) {
    throw new InputError(
      `${label} must be from ${count(min)} to ${count(max)}; it is ${count(value)}.`,
      field,
    );
  }
  return value;
}

/** Reads --node-cidr-mask-size: a prefix length from 1 to 32. */
export function readNodeMask(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 32) {
    throw new InputError(
      `The node CIDR mask size is a prefix length, a whole number from 1 to 32 (24 by default).`,
      'nodeCidrMaskSize',
    );
  }
  return value;
}

/** Parses the other ranges, naming the row at fault (otherRanges.2.cidr). */
export function readOthers(ranges: readonly NamedRange[]): ParsedRange[] {
  if (ranges.length > MAX_OTHER_RANGES) {
    throw new InputError(`List at most ${String(MAX_OTHER_RANGES)} other networks.`, 'otherRanges');
  }
  const seen = new Set<string>([...Object.values(POD_RANGE_NAME), SERVICE_RANGE_NAME]);
  return ranges.map((range, index) => {
    const name = readName(range.name, index, seen);
    seen.add(name);
    const block = parseCidr(range.cidr, { field: `otherRanges.${String(index)}.cidr` });
    return { name, role: 'other' as const, block };
  });
}

/** Reads one other network's name: not empty, not too long, and not a name already taken. */
function readName(text: string, index: number, seen: ReadonlySet<string>): string {
  const name = text.trim();
  const field = `otherRanges.${String(index)}.name`;
  if (name === '' || name.length > MAX_NAME_LENGTH) {
    throw new InputError(
      `Give network ${String(index + 1)} a name of 1 to ${String(MAX_NAME_LENGTH)} characters (e.g. Office VPN).`,
      field,
    );
  }
  if (seen.has(name)) {
    throw new InputError(`The name '${name}' is used twice; give each network its own.`, field);
  }
  return name;
}
