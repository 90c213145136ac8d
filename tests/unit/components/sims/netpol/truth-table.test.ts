import { describe, expect, it } from 'vitest';
import { cellKey, changesBetween, summarizeChanges } from '~/components/sims/netpol/changes';
import { explainCell } from '~/components/sims/netpol/explain';
import { enabledPolicies } from '~/components/sims/netpol/model';
import { summarizePolicy } from '~/components/sims/netpol/policy-summary';
import { initialState, simReducer } from '~/components/sims/netpol/sim-state';
import { computeTable } from '~/components/sims/netpol/sim-engine';
import { cellOf } from '~/components/sims/netpol/truth-table';
import { shopSeed } from './fixtures';

describe('computeTable', () => {
  const { model, probe } = initialState(shopSeed());
  const result = computeTable(model.cluster, enabledPolicies(model), probe);
  const { table } = result;

  it('lists pods by namespace, then outside addresses, with group headings', () => {
    expect(table?.parties.map((p) => p.key)).toEqual([
      'shop/web',
      'shop/api',
      'ops/toolbox',
      'ip:203.0.113.7',
    ]);
    expect(table?.groups).toEqual([
      { key: 'ns:shop', label: 'shop', size: 2 },
      { key: 'ns:ops', label: 'ops', size: 1 },
      { key: 'outside', label: 'outside the cluster', size: 1 },
    ]);
  });

  it('decides pod cells and outside cells, and leaves outside-to-outside empty', () => {
    const m = table?.matrix ?? {};
    expect(cellOf(m, 'shop/web', 'shop/api')).toBe(true);
    expect(cellOf(m, 'ops/toolbox', 'shop/api')).toBe(false);
    expect(cellOf(m, 'ops/toolbox', 'shop/web')).toBe(false);
    expect(cellOf(m, 'shop/web', 'ops/toolbox')).toBe(true);
    expect(cellOf(m, 'ip:203.0.113.7', 'shop/web')).toBe(false);
    expect(cellOf(m, 'ip:203.0.113.7', 'ops/toolbox')).toBe(true);
    expect(cellOf(m, 'shop/api', 'ip:203.0.113.7')).toBe(true);
    expect(cellOf(m, 'ip:203.0.113.7', 'ip:203.0.113.7')).toBeNull();
  });

  it('returns a learner’s bad probe as a problem, not an exception', () => {
    const bad = computeTable(model.cluster, [], { port: 70000, protocol: 'TCP' });
    expect(bad.problem).toMatch(/70000 does not exist/);
  });
});

describe('explainCell', () => {
  const { model, probe } = initialState(shopSeed());
  const { table } = computeTable(model.cluster, enabledPolicies(model), probe);
  // The grid party with this key (a test fails when it is missing).
  const party = (key: string) => {
    const found = table?.parties.find((p) => p.key === key);
    if (!found) throw new Error(`no party ${key}`);
    return found;
  };

  it('explains both directions and each pod’s own node', () => {
    const e = explainCell(
      model.cluster,
      enabledPolicies(model),
      party('ops/toolbox'),
      party('shop/api'),
      probe,
    );
    expect(e.verdict?.allowed).toBe(false);
    expect(e.verdict?.egress.isolated).toBe(false);
    expect(e.verdict?.ingress.reason).toContain('shop/api is isolated for ingress');
    expect(e.nodeFacts).toHaveLength(2);
    expect(e.nodeFacts[0]).toContain('ops/toolbox runs on node-1');
  });

  it('says a pod always reaches itself, and that two outside ends are not a cluster connection', () => {
    const self = explainCell(
      model.cluster,
      enabledPolicies(model),
      party('shop/api'),
      party('shop/api'),
      probe,
    );
    expect(self.verdict?.ingress.reason).toMatch(/connecting to itself/);
    expect(self.nodeFacts).toHaveLength(1);
    const outside = party('ip:203.0.113.7');
    expect(explainCell(model.cluster, [], outside, outside, probe).verdict).toBeNull();
  });
});

describe('changes', () => {
  it('marks the cells the last change turned, and sums them up', () => {
    const start = initialState(shopSeed());
    const next = simReducer(start, { type: 'toggle', id: 'p1' });
    const before = computeTable(
      start.model.cluster,
      enabledPolicies(start.model),
      start.probe,
    ).table!;
    const after = computeTable(next.model.cluster, enabledPolicies(next.model), next.probe).table!;
    const changes = changesBetween(before.matrix, after.matrix);
    expect(changes.cells.get(cellKey('ops/toolbox', 'shop/web'))).toBe('now-allowed');
    expect(changes.cells.get(cellKey('ip:203.0.113.7', 'shop/web'))).toBe('now-allowed');
    expect(changes.cells.has(cellKey('ops/toolbox', 'shop/api'))).toBe(false);
    expect(summarizeChanges(changes)).toBe('3 connections changed: 3 now allowed.');
  });

  it('counts new pairs separately and says when nothing changed', () => {
    expect(summarizeChanges(changesBetween({ a: { b: true } }, { a: { b: true } }))).toBe(
      'No connection changed.',
    );
    const grown = changesBetween(
      { a: { a: true } },
      { a: { a: true, b: false }, b: { a: true, b: true } },
    );
    expect(summarizeChanges(grown)).toBe(
      'No connection changed; 3 new connections to or from a new pod.',
    );
    expect(
      summarizeChanges(changesBetween({ a: { b: true, c: false } }, { a: { b: false, c: true } })),
    ).toBe('2 connections changed: 1 now allowed, 1 now denied.');
  });
});

describe('summarizePolicy', () => {
  const [deny, allow] = shopSeed().policies;

  it('names the selected pods, the selector and what each direction does', () => {
    expect(summarizePolicy(deny!.policy, ['web', 'api'])).toBe(
      'Selects web, api (every pod in shop). Isolates ingress with no rules, so all ingress is denied.',
    );
    expect(summarizePolicy(allow!.policy, [])).toBe(
      'Selects no pod yet (app=api in shop). Isolates ingress: 1 rule allows traffic.',
    );
  });
});
