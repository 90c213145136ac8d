import { describe, expect, it } from 'vitest';
import {
  deleteNamespace,
  deletePod,
  saveNamespace,
  savePod,
  type PodForm,
} from '~/components/sims/netpol/cluster-edit';
import {
  formatLabels,
  formatPorts,
  parseAddress,
  parseLabels,
  parsePorts,
} from '~/components/sims/netpol/cluster-input';
import { shopSeed } from './fixtures';

describe('cluster input', () => {
  it('reads labels typed as key=value lists and writes them back', () => {
    const parsed = parseLabels(' app=web, tier=front ,, team= ');
    expect(parsed).toEqual({ ok: true, value: { app: 'web', tier: 'front', team: '' } });
    if (parsed.ok) expect(formatLabels(parsed.value)).toBe('app=web, tier=front, team=');
    expect(parseLabels('')).toEqual({ ok: true, value: {} });
  });

  it('explains bad labels', () => {
    expect(parseLabels('app')).toEqual({
      ok: false,
      problem: expect.stringMatching(/needs a value/),
    });
    expect(parseLabels('app=a b')).toEqual({
      ok: false,
      problem: expect.stringMatching(/^Label value 'a b' is not valid/),
    });
    expect(parseLabels('__proto__=x')).toEqual({
      ok: false,
      problem: expect.stringMatching(/label key/i),
    });
    expect(parseLabels('a=1, a=2')).toEqual({ ok: false, problem: 'The label a is given twice.' });
  });

  it('reads container ports with optional names and protocols', () => {
    const parsed = parsePorts('http:8080/TCP, 9090, dns:53/udp');
    expect(parsed).toEqual({
      ok: true,
      value: [
        { name: 'http', port: 8080, protocol: 'TCP' },
        { port: 9090, protocol: 'TCP' },
        { name: 'dns', port: 53, protocol: 'UDP' },
      ],
    });
    if (parsed.ok) expect(formatPorts(parsed.value)).toBe('http:8080/TCP, 9090/TCP, dns:53/UDP');
  });

  it('explains bad ports', () => {
    expect(parsePorts('http:')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not a port/),
    });
    expect(parsePorts('70000')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/does not exist/),
    });
    expect(parsePorts('80/ICMP')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not a protocol/),
    });
    expect(parsePorts('Web:80')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/lower-case/),
    });
    expect(parsePorts('a:80, a:81')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/repeats/),
    });
  });

  it('reads IPv4 addresses with the engine’s messages', () => {
    expect(parseAddress(' 10.0.0.1 ')).toEqual({ ok: true, value: '10.0.0.1' });
    expect(parseAddress('10.0.0')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/four/),
    });
  });
});

describe('cluster edits', () => {
  const { cluster } = shopSeed();
  const pod = (change: Partial<PodForm> = {}): PodForm => ({
    namespace: 'ops',
    name: 'probe',
    labels: 'app=probe',
    ip: '10.244.3.3',
    ports: 'http:80',
    node: 'node-2',
    ...change,
  });

  it('adds a pod, and blames the right field for each mistake', () => {
    const added = savePod(cluster, null, pod());
    expect(added).toMatchObject({ ok: true, change: 'Added pod ops/probe' });
    if (added.ok)
      expect(added.cluster.pods.at(-1)).toMatchObject({ name: 'probe', node: 'node-2' });
    expect(savePod(cluster, null, pod({ name: 'toolbox' }))).toMatchObject({ field: 'name' });
    expect(savePod(cluster, null, pod({ ip: '10.244.1.10' }))).toMatchObject({
      field: 'ip',
      problem: expect.stringMatching(/shop\/web/),
    });
    expect(savePod(cluster, null, pod({ ip: '203.0.113.7' }))).toMatchObject({
      field: 'ip',
      problem: expect.stringMatching(/outside address client/),
    });
    expect(savePod(cluster, null, pod({ namespace: 'nope' }))).toMatchObject({
      field: 'namespace',
    });
    expect(savePod(cluster, null, pod({ node: 'node-9' }))).toMatchObject({ field: 'node' });
    expect(savePod(cluster, null, pod({ name: 'Bad Name' }))).toMatchObject({ field: 'name' });
    expect(savePod(cluster, null, pod({ labels: 'x' }))).toMatchObject({ field: 'labels' });
    expect(savePod(cluster, null, pod({ ports: 'x' }))).toMatchObject({ field: 'ports' });
  });

  it('changes a pod in place (its own address is not a clash) and deletes one', () => {
    const changed = savePod(
      cluster,
      'shop/web',
      pod({ namespace: 'shop', name: 'web', ip: '10.244.1.10', node: '' }),
    );
    expect(changed).toMatchObject({ ok: true, change: 'Changed pod shop/web' });
    if (changed.ok) expect(changed.cluster.pods[0]).not.toHaveProperty('node');
    const deleted = deletePod(cluster, 'shop/api');
    expect(deleted.ok && deleted.cluster.pods.map((p) => p.name)).toEqual(['web', 'toolbox']);
  });

  it('adds, renames (moving its pods) and deletes namespaces', () => {
    expect(saveNamespace(cluster, null, { name: 'shop', labels: '' })).toMatchObject({
      field: 'name',
    });
    const added = saveNamespace(cluster, null, { name: 'qa', labels: 'env=qa' });
    expect(added.ok && added.cluster.namespaces.at(-1)).toEqual({
      name: 'qa',
      labels: { env: 'qa' },
    });
    const renamed = saveNamespace(cluster, 'ops', { name: 'tools', labels: '' });
    expect(renamed.ok && renamed.cluster.pods.find((p) => p.name === 'toolbox')?.namespace).toBe(
      'tools',
    );
    expect(deleteNamespace(cluster, 'shop')).toMatchObject({
      change: 'Deleted namespace shop and its 2 pods',
    });
  });
});
