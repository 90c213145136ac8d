import type { MtuReport, WalkPath, WalkScenario, WalkStyle } from '~/sim/packet/walk-types';

// What the learner picked in the packet walker, as the controls hold it (the MTUs as typed text),
// and how that becomes the engine's WalkScenario. Pure: no engine, no React.

/** The walker's settings; the MTU fields keep the learner's text ('' = the style's default). */
export interface WalkerState {
  readonly path: WalkPath;
  readonly style: WalkStyle;
  readonly externalSnat: boolean;
  readonly underlayMtu: string;
  readonly podMtu: string;
  /** Also walk the path with vxlan, bgp and ebpf and show them side by side. */
  readonly compare: boolean;
}

/** A learner's mistake, to show next to the field it is about ('' = the walk as a whole). */
export interface WalkMistake {
  readonly field: 'underlayMtu' | 'podMtu' | '';
  readonly message: string;
}

/** The path picker's options, in teaching order, with what each one is on screen. */
export const PATH_LABELS: Readonly<Record<WalkPath, string>> = {
  'same-node': 'Pod to pod on the same node',
  'cross-node': 'Pod to pod across nodes',
  'to-service': 'Pod to a Service (ClusterIP)',
  'to-internet': 'Pod to the internet',
  nodeport: 'Outside client to a NodePort',
};

/** The style picker's options: which kind of pod network the cluster runs. */
export const STYLE_LABELS: Readonly<Record<WalkStyle, string>> = {
  vxlan: 'VXLAN overlay (Flannel-style)',
  bgp: 'BGP native routing (Calico-style)',
  ebpf: 'eBPF (Cilium-style)',
  'vpc-cni': 'AWS VPC CNI (EKS)',
};

/** The short names the comparison uses for a style. */
export const STYLE_SHORT: Readonly<Record<WalkStyle, string>> = {
  vxlan: 'VXLAN',
  bgp: 'BGP',
  ebpf: 'eBPF',
  'vpc-cni': 'VPC CNI',
};

/** The three styles the comparison puts side by side. */
export const COMPARED_STYLES: readonly WalkStyle[] = ['vxlan', 'bgp', 'ebpf'];

/** An MTU field's text as a number, or a mistake when it is not a whole number. */
function mtuFromText(
  text: string,
  field: 'underlayMtu' | 'podMtu',
): number | undefined | WalkMistake {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const name = field === 'podMtu' ? 'pod MTU' : 'node network MTU';
  return { field, message: `Type the ${name} as a whole number of bytes, e.g. 1500.` };
}

/** The engine's scenario for the settings (with another style when given), or the learner's mistake. */
export function scenarioFromState(
  state: WalkerState,
  style: WalkStyle = state.style,
): WalkScenario | WalkMistake {
  const underlay = mtuFromText(state.underlayMtu, 'underlayMtu');
  if (typeof underlay === 'object') return underlay;
  const pod = mtuFromText(state.podMtu, 'podMtu');
  if (typeof pod === 'object') return pod;
  return {
    path: state.path,
    style,
    ...(style === 'vpc-cni' ? { externalSnat: state.externalSnat } : {}),
    ...(underlay === undefined ? {} : { underlayMtu: underlay }),
    ...(pod === undefined ? {} : { podMtu: pod }),
  };
}

/** Tells a mistake apart from a scenario. */
export function isMistake(value: WalkScenario | WalkMistake): value is WalkMistake {
  return 'message' in value;
}

/** The MTU verdict beside the pod MTU field, e.g. "Fits: 1450 ≤ 1500 − 50 (VXLAN overhead)." */
export function mtuVerdict(mtu: MtuReport): string {
  const limit =
    mtu.overhead > 0
      ? `${String(mtu.underlay)} − ${String(mtu.overhead)} (encapsulation)`
      : `${String(mtu.underlay)} (no encapsulation)`;
  return mtu.ok
    ? `Fits: ${String(mtu.podMtu)} ≤ ${limit}.`
    : `Too big: ${String(mtu.podMtu)} > ${limit}.`;
}
