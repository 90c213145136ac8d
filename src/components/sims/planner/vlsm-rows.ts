// What the VLSM planner shows, as plain data, and how its rows are named: everything the island
// needs before the engine loads. The build computes the first layout (vlsm-view.ts, with the
// engine) and the island renders it from these shapes; the engine loads on the learner's first edit.

/** One requested subnet as typed: a name and a host count (text until it is checked). */
export interface HostRowDraft {
  key: number;
  name: string;
  hosts: string;
}

/** One allocation for the table. */
export interface VlsmRowView {
  key: number;
  name: string;
  hosts: number;
  cidr: string;
  usable: number;
  wasted: number;
}

/** A piece of the base block for the drawing: a subnet, or a free aligned block. */
export interface VlsmSegment {
  kind: 'subnet' | 'free';
  label: string;
  cidr: string;
  addresses: number;
  /** Where the piece starts and how wide it is, as fractions of the base block. */
  offset: number;
  fraction: number;
}

/** What the drawing and table show for one set of requests. */
export interface VlsmLayout {
  base: string;
  addresses: number;
  used: number;
  rows: VlsmRowView[];
  segments: VlsmSegment[];
}

/** A row's name as shown: what was typed, or "Subnet 3" when it is empty. */
export function rowName(row: HostRowDraft, index: number): string {
  return row.name.trim() || `Subnet ${String(index + 1)}`;
}

/** The default name of the n-th row: LAN A, LAN B, … LAN Z, then LAN 27. */
export function defaultRowName(index: number): string {
  return index < 26 ? `LAN ${String.fromCharCode(65 + index)}` : `LAN ${String(index + 1)}`;
}

/** The rows a planner starts with: one per host count, keyed by position and named LAN A, B, … */
export function rowsFromHosts(hosts: readonly number[]): HostRowDraft[] {
  return hosts.map((count, index) => ({
    key: index,
    name: defaultRowName(index),
    hosts: String(count),
  }));
}
