import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compressToBase64url } from '~/components/sims/netpol/share-codec';
import {
  decodeShared,
  encodeShared,
  seedFromShared,
  sharedFrom,
  type SharedState,
} from '~/components/sims/netpol/share-state';
import { initialState } from '~/components/sims/netpol/sim-state';
import { parsePolicies } from '~/sim/netpol/parse';

const denyAll = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: deny-all, namespace: shop }
spec:
  podSelector: {}
  policyTypes: [Ingress]
`;

// A small valid state to vary.
const state = (): SharedState => ({
  v: 1,
  cluster: {
    namespaces: [{ name: 'shop', labels: { team: 'shop' } }],
    pods: [
      {
        namespace: 'shop',
        name: 'web',
        labels: { app: 'web' },
        ip: '10.244.1.10',
        node: 'node-1',
        ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
      },
    ],
    nodes: [{ name: 'node-1', ip: '192.168.10.11' }],
    outside: [{ name: 'partner', ip: '203.0.113.10' }],
  },
  policies: [{ yaml: denyAll, enabled: false }],
  probe: { port: 'http', protocol: 'TCP' },
});
// Encodes any JSON value the way a link would carry it.
const link = (value: unknown) => compressToBase64url(JSON.stringify(value));

describe('share state', () => {
  it('round-trips a simulator state into a seed the island can load', async () => {
    const decoded = await decodeShared(await encodeShared(state()));
    expect(decoded).toEqual(state());
    const seed = seedFromShared(decoded, parsePolicies);
    expect(seed.policies[0]?.policy.metadata.name).toBe('deny-all');
    expect(seed.policies[0]?.enabled).toBe(false);
    expect(seed.cluster.pods[0]?.node).toBe('node-1');
    // And back: the seed's model shares to the same state.
    const model = initialState(seed).model;
    expect(sharedFrom(model, seed.probe)).toEqual(state());
  });

  it('round-trips generated clusters (fast-check)', async () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(name, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 65535 }),
        async (names, enabled, port) => {
          const s = state();
          s.cluster.pods = names.map((n, i) => ({
            namespace: 'shop',
            name: n,
            labels: { app: n },
            ip: `10.244.0.${String(i + 1)}`,
            ports: [{ port, protocol: 'UDP' as const }],
          }));
          s.policies[0] = { yaml: denyAll, enabled };
          s.probe = { port, protocol: 'UDP' };
          expect(await decodeShared(await encodeShared(s))).toEqual(s);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses JSON that is not a state: garbage, wrong version, extra keys', async () => {
    await expect(decodeShared(await compressToBase64url('not json'))).rejects.toThrow(/JSON/);
    await expect(decodeShared(await link({ ...state(), v: 2 }))).rejects.toThrow(/malformed at v/);
    await expect(decodeShared(await link({ ...state(), extra: 1 }))).rejects.toThrow(/malformed/);
    await expect(decodeShared(await link([1, 2]))).rejects.toThrow(/malformed/);
  });

  it('refuses prototype keys anywhere', async () => {
    const text = JSON.stringify(state()).replace('"team":"shop"', '"__proto__":{"polluted":true}');
    await expect(decodeShared(await compressToBase64url(text))).rejects.toThrow(/forbidden key/);
    const constructor = JSON.stringify({ ...state(), constructor: { prototype: {} } });
    await expect(decodeShared(await compressToBase64url(constructor))).rejects.toThrow(/forbidden/);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses HTML and oversized strings where names and addresses belong', async () => {
    const html = state();
    html.cluster.pods[0] = { ...html.cluster.pods[0]!, name: '<img src=x onerror=alert(1)>' };
    await expect(decodeShared(await link(html))).rejects.toThrow(/cluster\.pods\.0\.name/);
    const huge = state();
    huge.policies[0] = { yaml: 'x'.repeat(20_000), enabled: true };
    await expect(decodeShared(await link(huge))).rejects.toThrow(/policies\.0\.yaml/);
    const ip = state();
    ip.cluster.outside[0] = { name: 'x', ip: '999.1.1.1' };
    await expect(decodeShared(await link(ip))).rejects.toThrow(/outside\.0\.ip/);
    const many = state();
    many.cluster.namespaces = Array.from({ length: 13 }, (_, i) => ({
      name: `n${String(i)}`,
      labels: {},
    }));
    await expect(decodeShared(await link(many))).rejects.toThrow(/namespaces/);
  });

  it('refuses a state whose policies or cluster the engine rejects', () => {
    const bad = state();
    bad.policies[0] = { yaml: 'kind: NetworkPolicy\nspec: {}', enabled: true };
    expect(() => seedFromShared(bad, parsePolicies)).toThrow(/Policy 1/);
    const two = state();
    two.policies[0] = {
      yaml: `${denyAll}---\n${denyAll.replace('deny-all', 'other')}`,
      enabled: true,
    };
    expect(() => seedFromShared(two, parsePolicies)).toThrow(/not one valid/);
    const stray = state();
    stray.cluster.pods[0] = { ...stray.cluster.pods[0]!, namespace: 'elsewhere' };
    expect(() => seedFromShared(stray, parsePolicies)).toThrow(/does not declare/);
    const twice = state();
    twice.cluster.pods.push({ ...twice.cluster.pods[0]!, ip: '10.244.1.11' });
    expect(() => seedFromShared(twice, parsePolicies)).toThrow(/two pods named shop\/web/);
  });
});
