// Diff mode: which cells of the grid the last change turned, and a one-line summary of them.
import { diffReachability } from '~/sim/netpol/diff';
import type { ReachabilityMatrix } from '~/sim/netpol/types';
import { cellKey } from './truth-table';

/** How the last change turned one cell: now allowed, now denied, or the pair is new. */
export type CellChange = 'now-allowed' | 'now-denied' | 'new';

/** The changed cells by "from→to" key, and the summary counts. */
export interface Changes {
  cells: Map<string, CellChange>;
  nowAllowed: number;
  nowDenied: number;
  added: number;
}

export { cellKey };

/** The cells that differ between the grid before the last change and now. */
export function changesBetween(before: ReachabilityMatrix, after: ReachabilityMatrix): Changes {
  const cells = new Map<string, CellChange>();
  let nowAllowed = 0;
  let nowDenied = 0;
  let added = 0;
  for (const change of diffReachability(before, after)) {
    if (change.after === null) continue;
    if (change.before === null) {
      added++;
      cells.set(cellKey(change.from, change.to), 'new');
    } else if (change.after) {
      nowAllowed++;
      cells.set(cellKey(change.from, change.to), 'now-allowed');
    } else {
      nowDenied++;
      cells.set(cellKey(change.from, change.to), 'now-denied');
    }
  }
  return { cells, nowAllowed, nowDenied, added };
}

/** "3 connections changed: 2 now allowed, 1 now denied." (and new pairs, when pods were added). */
export function summarizeChanges(changes: Changes): string {
  const changed = changes.nowAllowed + changes.nowDenied;
  const parts: string[] = [];
  if (changed === 0) parts.push('No connection changed');
  else {
    const detail = [
      changes.nowAllowed > 0 ? `${String(changes.nowAllowed)} now allowed` : '',
      changes.nowDenied > 0 ? `${String(changes.nowDenied)} now denied` : '',
    ].filter(Boolean);
    parts.push(`${plural(changed, 'connection')} changed: ${detail.join(', ')}`);
  }
  if (changes.added > 0)
    parts.push(`${plural(changes.added, 'new connection')} to or from a new pod`);
  return `${parts.join('; ')}.`;
}

/** "1 connection", "2 connections". */
function plural(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`;
}
