import { it } from 'vitest';
import {
  explainRoute,
  ingressToHttpRoutes,
  parseIngressManifests,
  renderYamlDocuments,
  route,
} from '~/sim/ingress';
import type { HTTPIngressPath, Ingress } from '~/sim/ingress';
import { randomFromNumber, randomIndex } from '~/quiz/random';
import { measure, report } from './harness';

// The Ingress engine at the playground's scale and beyond: 10,000 requests routed through 100
// Ingresses (10 hosts × 10 Ingresses × 5 paths), one explained verdict, parsing those Ingresses
// as pasted YAML, and converting them all to HTTPRoutes.

const HOSTS = Array.from({ length: 10 }, (_, i) => `app${String(i)}.example.com`);

/** A path to a Service. */
function to(path: string, pathType: HTTPIngressPath['pathType'], name: string): HTTPIngressPath {
  return { path, pathType, backend: { service: { name, port: { number: 80 } } } };
}

/** 100 Ingresses over 10 hosts, with a wildcard and a host-less rule among them. */
function ingresses(): Ingress[] {
  return Array.from({ length: 100 }, (_, i) => {
    const host = i % 25 === 0 ? '*.example.com' : HOSTS[i % 10];
    const paths = Array.from({ length: 5 }, (_, j) =>
      to(
        `/s${String(i)}/p${String(j)}`,
        j % 2 === 0 ? 'Prefix' : 'Exact',
        `svc-${String(i)}-${String(j)}`,
      ),
    );
    return {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: `ing-${String(i)}`, namespace: 'default' },
      spec: { rules: [{ ...(i === 99 ? {} : { host }), http: { paths } }] },
    };
  });
}

/** 10,000 seeded requests, most of which match something. */
function requests(): { host: string; path: string }[] {
  const random = randomFromNumber(42);
  return Array.from({ length: 10_000 }, () => ({
    host: HOSTS[randomIndex(random, 10)] ?? '',
    path: `/s${String(randomIndex(random, 110))}/p${String(randomIndex(random, 6))}/x`,
  }));
}

it('ingress engine', () => {
  const all = ingresses();
  const load = requests();
  const yaml = renderYamlDocuments(all);
  report([
    measure(
      'route 10k requests',
      '100 Ingresses, 500 paths',
      () => load.map((r) => route(all, r)),
      { runs: 10, warmup: 2 },
    ),
    measure(
      'explainRoute',
      '100 Ingresses, one request',
      () => explainRoute(all, load[0] ?? { host: '', path: '/' }),
      { runs: 50, warmup: 5 },
    ),
    measure(
      'parseIngressManifests',
      `100 documents, ${String(Math.round(yaml.length / 1024))} KiB`,
      () => parseIngressManifests(yaml),
      { runs: 20, warmup: 3 },
    ),
    measure('ingressToHttpRoutes', '100 Ingresses', () => all.map((i) => ingressToHttpRoutes(i)), {
      runs: 50,
      warmup: 5,
    }),
  ]);
});
