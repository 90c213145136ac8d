// The VLSM planner's engine side: the engine decides every block (vlsm, freeBlocks); this file
// only turns blocks into table rows and fractions of the drawing's bar, for which it reads
// addresses as numbers with src/sim/ip. The build calls it for the first layout; the island loads
// it (engines.ts) on the learner's first edit and never imports it statically.
// It imports the engine's files, not its index: through the index, Rollup puts every subnet module
// any island uses into one chunk that every page with a subnet island loads (see DrillStats.tsx).
import { cidrSize, formatCidr, isInputError, parseCidr } from '~/sim/ip';
import type { Cidr } from '~/sim/ip';
import { describeSubnet } from '~/sim/subnet/describe';
import { freeBlocks } from '~/sim/subnet/free-blocks';
import { hostCountsFromText, vlsm } from '~/sim/subnet/vlsm';
import type { InputError } from '~/sim/subnet';
import { rowName, rowsFromHosts } from './vlsm-rows';
import type { HostRowDraft, VlsmLayout, VlsmSegment } from './vlsm-rows';

/** A layout, or the learner's mistake (field 'base', 'hostsNeeded' or 'hostsNeeded[2]'). */
export type VlsmAttempt = { layout: VlsmLayout; error: null } | { layout: null; error: InputError };

/** The layout a planner starts with, for the build; throws the engine's InputError on a mistake. */
export function firstVlsmLayout(base: string, hosts: readonly number[]): VlsmLayout {
  return layoutVlsm(base, rowsFromHosts(hosts));
}

/** Allocates the rows with the engine's vlsm and lays them out over the base block. */
export function attemptVlsm(base: string, rows: readonly HostRowDraft[]): VlsmAttempt {
  try {
    return { layout: layoutVlsm(base, rows), error: null };
  } catch (error) {
    if (isInputError(error)) return { layout: null, error };
    throw error;
  }
}

/** The table rows and the drawing's pieces, free space included, in address order. */
function layoutVlsm(base: string, rows: readonly HostRowDraft[]): VlsmLayout {
  // The base is read first so that its mistake is the one shown when the rows have one too.
  const block = parseCidr(base, { field: 'base' });
  const allocations = vlsm(base, hostCountsFromText(rows.map((row) => row.hosts)));
  const views = allocations.map((allocation, index) => {
    const usable = describeSubnet(allocation.cidr).usableHosts;
    const row = rows[index];
    return {
      key: row?.key ?? index,
      name: row ? rowName(row, index) : `Subnet ${String(index + 1)}`,
      hosts: allocation.hosts,
      cidr: allocation.cidr,
      usable,
      wasted: usable - allocation.hosts,
    };
  });
  const subnets = views.map((view) => segment('subnet', view.name, view.cidr, block));
  const free = freeBlocks(
    base,
    views.map((view) => view.cidr),
  ).map((cidr) => segment('free', 'free', cidr, block));
  return {
    base: formatCidr(block),
    addresses: cidrSize(block.prefix),
    used: subnets.reduce((sum, piece) => sum + piece.addresses, 0),
    rows: views,
    segments: [...subnets, ...free].sort((a, b) => a.offset - b.offset),
  };
}

/** A piece of the drawing: where the block sits in the base, as fractions of the bar's width. */
function segment(kind: VlsmSegment['kind'], label: string, cidr: string, base: Cidr): VlsmSegment {
  const piece = parseCidr(cidr);
  const baseSize = cidrSize(base.prefix);
  const addresses = cidrSize(piece.prefix);
  return {
    kind,
    label,
    cidr,
    addresses,
    offset: (piece.network - base.network) / baseSize,
    fraction: addresses / baseSize,
  };
}
