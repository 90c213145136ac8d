import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CellChange, Changes } from './changes';
import { cellKey, cellOf, type Party, type Table } from './truth-table';

interface TruthTableProps {
  table: Table;
  /** "TCP 8080", for the grid's name. */
  probeText: string;
  /** The changed cells to mark (diff mode), or null. */
  changes: Changes | null;
  selected: { from: string; to: string } | null;
  onSelect: (from: Party, to: Party) => void;
}

const CHANGE_TEXT: Record<CellChange, string> = {
  'now-allowed': 'changed by the last change, was denied',
  'now-denied': 'changed by the last change, was allowed',
  new: 'new since the last change',
};

/**
 * The truth table: sources in rows, destinations in columns, grouped by namespace. Every cell is a
 * button in a roving tab order (one Tab stop; arrows, Home and End move) that opens its explanation.
 */
export function TruthTable({ table, probeText, changes, selected, onSelect }: TruthTableProps) {
  const { parties, groups } = table;
  const size = parties.length;
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const gridRef = useRef<HTMLTableElement>(null);
  const moved = useRef(false);
  const row = Math.min(focus.row, size - 1);
  const col = Math.min(focus.col, size - 1);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    gridRef.current
      ?.querySelector<HTMLButtonElement>(`[data-cell="${String(row)}:${String(col)}"]`)
      ?.focus();
  }, [row, col]);

  // Moves the focus with the arrow keys, Home/End (row) and Ctrl+Home/End (grid).
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const last = size - 1;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [Math.max(row - 1, 0), col],
      ArrowDown: [Math.min(row + 1, last), col],
      ArrowLeft: [row, Math.max(col - 1, 0)],
      ArrowRight: [row, Math.min(col + 1, last)],
      Home: event.ctrlKey ? [0, 0] : [row, 0],
      End: event.ctrlKey ? [last, last] : [row, last],
      PageUp: [0, col],
      PageDown: [last, col],
    };
    const target = moves[event.key];
    if (!target || !(event.target instanceof HTMLButtonElement)) return;
    event.preventDefault();
    moved.current = true;
    setFocus({ row: target[0], col: target[1] });
  };

  return (
    <table
      ref={gridRef}
      className="nps-grid"
      role="grid"
      aria-label={`Who can connect to whom on ${probeText}: rows are sources, columns are destinations`}
      onKeyDown={onKeyDown}
    >
      <thead>
        <tr>
          <td className="nps-corner" colSpan={2} rowSpan={2}>
            <span className="nps-corner-to">to →</span>
            <span className="nps-corner-from">from ↓</span>
          </td>
          {groups.map((group) => (
            <th key={group.key} scope="colgroup" colSpan={group.size} className="nps-group-col">
              {group.label}
            </th>
          ))}
        </tr>
        <tr>
          {parties.map((party, j) => (
            <th
              key={party.key}
              scope="col"
              className={`nps-col-head${startsGroup(parties, j) ? ' nps-group-start' : ''}`}
              title={party.key}
            >
              <span className="nps-vertical">{party.label}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {parties.map((from, i) => (
          <tr
            key={from.key}
            className={startsGroup(parties, i) ? 'nps-group-start-row' : undefined}
          >
            {startsGroup(parties, i) ? (
              <th scope="rowgroup" rowSpan={groupSize(parties, i)} className="nps-group-row">
                <span className="nps-vertical">{groupLabel(from)}</span>
              </th>
            ) : null}
            <th scope="row" className="nps-row-head" title={from.key}>
              {from.label}
            </th>
            {parties.map((to, j) => (
              <Cell
                key={to.key}
                from={from}
                to={to}
                value={cellOf(table.matrix, from.key, to.key)}
                change={changes?.cells.get(cellKey(from.key, to.key)) ?? null}
                tabbable={i === row && j === col}
                selected={selected?.from === from.key && selected.to === to.key}
                groupStart={startsGroup(parties, j)}
                position={`${String(i)}:${String(j)}`}
                onClick={() => {
                  setFocus({ row: i, col: j });
                  onSelect(from, to);
                }}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface CellProps {
  from: Party;
  to: Party;
  value: boolean | null;
  change: CellChange | null;
  tabbable: boolean;
  selected: boolean;
  groupStart: boolean;
  position: string;
  onClick: () => void;
}

/** One cell: an icon, the same in words for screen readers, and a mark when diff mode sees a change. */
function Cell({
  from,
  to,
  value,
  change,
  tabbable,
  selected,
  groupStart,
  position,
  onClick,
}: CellProps) {
  const verdict = value === null ? 'not a cluster connection' : value ? 'allowed' : 'denied';
  const icon = value === null ? '–' : value ? '✓' : '✗';
  const self = from.key === to.key;
  const classes = [
    'nps-cell',
    value === null ? 'is-na' : value ? 'is-allowed' : 'is-denied',
    self ? 'is-self' : '',
    change ? 'is-changed' : '',
    selected ? 'is-selected' : '',
  ].filter(Boolean);
  return (
    <td className={groupStart ? 'nps-group-start' : undefined}>
      <button
        type="button"
        className={classes.join(' ')}
        tabIndex={tabbable ? 0 : -1}
        data-cell={position}
        aria-pressed={selected}
        onClick={onClick}
      >
        <span aria-hidden="true" className="nps-cell-icon">
          {icon}
        </span>
        {change ? (
          <span aria-hidden="true" className="nps-cell-delta">
            Δ
          </span>
        ) : null}
        <span className="sr-only">
          {`${from.label} to ${to.label}: ${verdict}${self ? ' (itself)' : ''}${change ? `; ${CHANGE_TEXT[change]}` : ''}`}
        </span>
      </button>
    </td>
  );
}

/** Whether party i is the first of its group. */
function startsGroup(parties: readonly Party[], i: number): boolean {
  return i === 0 || parties[i - 1]?.namespace !== parties[i]?.namespace;
}

/** How many consecutive parties share party i's group. */
function groupSize(parties: readonly Party[], i: number): number {
  let n = 1;
  while (i + n < parties.length && parties[i + n]?.namespace === parties[i]?.namespace) n++;
  return n;
}

/** A group's row heading: the namespace, or "outside". */
function groupLabel(party: Party): string {
  return party.namespace ?? 'outside';
}
