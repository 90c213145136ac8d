import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reachability } from '~/sim/netpol';
import type { Protocol, ReachabilityMatrix } from '~/sim/netpol';
import { FIXTURES, fixtureText, loadCluster, loadPolicies } from './helpers';

// The Kubernetes e2e NetworkPolicy suite as full truth tables (tests/fixtures/netpol/truth-tables):
// every source × destination of its x/y/z topology, compared with the reachability matrix. The
// folder's README maps each of the suite's 48 cases to its tables and says why one is skipped.

interface TruthTable {
  cluster: string;
  policies: string[];
  probe: { port: number | string; protocol: Protocol };
  expected: ReachabilityMatrix;
}

/** Reads a truth table: "key: value" header lines, then a grid of "." (connects) and "X". */
function readTable(file: string): TruthTable {
  const lines = fixtureText(`truth-tables/${file}`)
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const header = new Map(
    lines
      .filter((l) => /^\w+: /.test(l))
      .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]),
  );
  const [columns = [], ...rows] = lines
    .filter((l) => !/^\w+: /.test(l))
    .map((l) => l.trim().split(/\s+/));
  const [port = '', protocol = 'TCP'] = (header.get('probe') ?? '').split(' ');
  const expected: ReachabilityMatrix = {};
  for (const [from = '', ...cells] of rows) {
    expected[from] = Object.fromEntries(
      cells.map((cell, i) => [columns[i + 1] ?? '', cell === '.']),
    );
  }
  return {
    cluster: header.get('cluster') ?? '',
    policies: (header.get('policies') ?? '').split(/,\s*/),
    probe: { port: /^\d+$/.test(port) ? Number(port) : port, protocol: protocol as Protocol },
    expected,
  };
}

describe('truth tables', () => {
  it.each(readdirSync(`${FIXTURES}truth-tables`).filter((f) => f.endsWith('.txt')))(
    '%s',
    (file) => {
      const table = readTable(file);
      const matrix = reachability(
        loadCluster(table.cluster),
        loadPolicies(table.policies),
        table.probe,
      );
      expect(matrix).toEqual(table.expected);
    },
  );
});
