import type { PacketWalk } from '~/sim/packet/walk-types';
import { nodeNamesOf, rowSlots, withCluster } from './diagram-cluster';
import { partsOf, touchesService, type DiagramPart, type PartKind } from './diagram-parts';
import type { WalkStep } from './hop-view';

// Where every box of the walker's diagram goes, in a 360-wide viewBox that a 390 px phone shows
// without scrolling: an optional Service box on top, two node columns (pods, their veths, the
// bridge or host devices, the tunnel, the NIC), the network between the nodes under them, and the
// internet or an outside client below. Also which boxes a step highlights.

/** A box with its position, ready to draw. */
export interface PlacedPart extends DiagramPart {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A node's frame around its devices. */
export interface NodeFrame {
  readonly name: string;
  /** The node's own IP, when the walk lists it. */
  readonly ip: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** True for the node drawn only to show two nodes, which the packet never visits. */
  readonly idle: boolean;
}

/** The whole diagram: its size, the node frames, the boxes and each step's highlighted boxes. */
export interface DiagramLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly NodeFrame[];
  readonly parts: readonly PlacedPart[];
  /** For each step, the keys of the boxes it highlights (its device, and the Service on a DNAT). */
  readonly stepKeys: readonly (readonly string[])[];
}

export const VIEW_WIDTH = 360;
const MARGIN = 6;
const COLUMN_GAP = 12;
const NODE_PAD = 8;
const TITLE_HEIGHT = 22;
const ROW_GAP = 10;
const BOX_GAP = 6;
const BAND_HEIGHT = 28;
const ROW_HEIGHTS: Readonly<Record<PartKind, number>> = {
  pod: 38,
  veth: 26,
  host: 26,
  tunnel: 26,
  nic: 26,
  net: BAND_HEIGHT,
  outside: BAND_HEIGHT,
};
const NODE_ROWS: readonly PartKind[] = ['pod', 'veth', 'host', 'tunnel', 'nic'];
const COLUMN_WIDTH = (VIEW_WIDTH - 2 * MARGIN - COLUMN_GAP) / 2;

/** The network between the nodes, drawn even when the packet does not cross it (a VPC on EKS). */
function idleNetwork(walk: PacketWalk): DiagramPart {
  const label = walk.scenario.style === 'vpc-cni' ? 'VPC' : 'node network';
  return { key: 'net', kind: 'net', place: 'wire', label, idle: true };
}

/** Lays boxes side by side in equal slots of a row of the given width (null leaves a slot empty). */
function row(
  slots: readonly (DiagramPart | null)[],
  x: number,
  y: number,
  width: number,
): PlacedPart[] {
  const each = (width - BOX_GAP * (slots.length - 1)) / slots.length;
  return slots.flatMap((part, i) =>
    part
      ? [{ ...part, x: x + i * (each + BOX_GAP), y, width: each, height: ROW_HEIGHTS[part.kind] }]
      : [],
  );
}

/** The Service box of a walk that DNATs, labelled with the address it rewrote. */
function servicePart(walk: PacketWalk): DiagramPart | null {
  const dnat = walk.nats.find((event) => event.kind === 'DNAT');
  if (!dnat) return null;
  const label = walk.scenario.path === 'nodeport' ? 'NodePort Service' : 'Service (ClusterIP)';
  return { key: 'service', kind: 'outside', place: 'service', label, sub: dnat.from };
}

/** The two node columns: the rows they use, stacked, with the nodes' boxes in them. */
function nodeColumns(
  walk: PacketWalk,
  nodes: readonly string[],
  parts: readonly DiagramPart[],
  top: number,
) {
  const kinds = NODE_ROWS.filter((kind) => parts.some((p) => p.kind === kind));
  const frames: NodeFrame[] = [];
  const placed: PlacedPart[] = [];
  let height = TITLE_HEIGHT + NODE_PAD;
  for (const kind of kinds) height += ROW_HEIGHTS[kind] + ROW_GAP;
  nodes.forEach((name, column) => {
    const x = MARGIN + column * (COLUMN_WIDTH + COLUMN_GAP);
    const mine = parts.filter((p) => p.place === name);
    const pods = rowSlots(
      walk,
      mine.filter((p) => p.kind === 'pod'),
      [],
    ).filter((p) => p !== null);
    let y = top + TITLE_HEIGHT;
    for (const kind of kinds) {
      const inRow = mine.filter((p) => p.kind === kind);
      const slots = rowSlots(walk, inRow, pods);
      if (inRow.length > 0)
        placed.push(...row(slots, x + NODE_PAD, y, COLUMN_WIDTH - 2 * NODE_PAD));
      y += ROW_HEIGHTS[kind] + ROW_GAP;
    }
    const idle = !mine.some((p) => !p.idle);
    const ip = walk.nodes.find((node) => node.name === name)?.ip ?? '';
    frames.push({ name, ip, x, y: top, width: COLUMN_WIDTH, height, idle });
  });
  return { frames, placed, bottom: top + height };
}

/** Lays out the diagram of a walk from its steps. */
export function layoutDiagram(walk: PacketWalk, steps: readonly WalkStep[]): DiagramLayout {
  const { parts, stepKeys } = partsOf(steps);
  const service = servicePart(walk);
  const placed: PlacedPart[] = [];
  let y = MARGIN;
  if (service) {
    placed.push(...row([service], MARGIN + COLUMN_WIDTH / 2, y, COLUMN_WIDTH + COLUMN_GAP));
    y += BAND_HEIGHT + ROW_GAP;
  }
  const names = nodeNamesOf(walk, parts);
  const columns = nodeColumns(walk, names, withCluster(walk, names, parts), y);
  placed.push(...columns.placed);
  y = columns.bottom + ROW_GAP;
  const used = parts.filter((p) => p.kind === 'net');
  const network = used.length > 0 ? used : [idleNetwork(walk)];
  const outside = parts.filter((p) => p.kind === 'outside');
  for (const band of [network, outside].filter((b) => b.length > 0)) {
    placed.push(...row(band, MARGIN, y, VIEW_WIDTH - 2 * MARGIN));
    y += BAND_HEIGHT + ROW_GAP;
  }
  const keys = steps.map((step, i) => {
    const own = stepKeys[i] ?? [];
    return service && touchesService(step.hop) ? [...own, service.key] : own;
  });
  return {
    width: VIEW_WIDTH,
    height: y - ROW_GAP + MARGIN,
    nodes: columns.frames,
    parts: placed,
    stepKeys: keys,
  };
}

/** Whether a box spans the diagram's width (the network, the outside world, the Service). */
function isBand(part: PlacedPart): boolean {
  return part.kind === 'net' || part.kind === 'outside';
}

/**
 * Where a trail line meets a box: its middle; on a wide band, the point straight above or below
 * the box at the line's other end, so lines into the network run vertically.
 */
export function anchorPoint(part: PlacedPart, other?: PlacedPart): { x: number; y: number } {
  const middle = { x: part.x + part.width / 2, y: part.y + part.height / 2 };
  if (!other || !isBand(part) || isBand(other)) return middle;
  const x = other.x + other.width / 2;
  return { x: Math.min(Math.max(x, part.x + 8), part.x + part.width - 8), y: middle.y };
}
