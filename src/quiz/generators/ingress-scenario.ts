import { route } from '~/sim/ingress/route';
import type { HTTPIngressPath, Ingress, PathType, RouteResult } from '~/sim/ingress/types';
import { randomFromNumber, randomIndex, shuffled, type Random } from '../random';

// Seeded Ingresses built to exercise the matching rules learners get wrong: element-wise
// prefixes (/api vs /apis), a trailing slash, Exact against Prefix on the same path, the
// longest path, a one-label wildcard host, rules without a host, and spec.defaultBackend.

/** One generated question's material: the Ingress, the request, and the engine's answer. */
export interface IngressScenario {
  ingress: Ingress;
  request: { host: string; path: string };
  result: RouteResult | null;
}

const WORDS = ['api', 'shop', 'docs', 'app', 'media', 'blog'];
const DOMAINS = ['example.com', 'example.org', 'corp.test'];
const SUBDOMAINS = ['www', 'portal', 'store', 'edge'];
/** Neutral Service names, so a name never gives the answer away. */
const SERVICES = [
  'amber',
  'birch',
  'cedar',
  'delta',
  'ember',
  'fjord',
  'garnet',
  'harbor',
  'indigo',
];

/** Picks one item. */
function pick<T>(random: Random, items: readonly T[]): T {
  return items[randomIndex(random, items.length)] as T;
}

/** A path to the next unused Service. */
function pathTo(path: string, pathType: PathType, services: string[]): HTTPIngressPath {
  const name = services.shift() ?? 'zulu';
  return { path, pathType, backend: { service: { name, port: { number: 80 } } } };
}

/** The main host's paths: a family around one word, with a trap or two. */
function mainPaths(random: Random, word: string, services: string[]): HTTPIngressPath[] {
  const slash = random() < 0.3 ? '/' : '';
  const family: [string, PathType][] = shuffled(
    [
      [`/${word}${slash}`, 'Prefix'],
      [`/${word}`, 'Exact'],
      [`/${word}/v1`, random() < 0.5 ? 'Prefix' : 'Exact'],
      [`/${word}s`, 'Prefix'],
    ] as [string, PathType][],
    random,
  ).slice(0, 3 + randomIndex(random, 2));
  if (random() < 0.6) family.push(['/', 'Prefix']);
  return shuffled(family, random).map(([path, type]) => pathTo(path, type, services));
}

/** The Ingress: a precise host, maybe a wildcard host and a rule without host, maybe a default backend. */
function buildIngress(random: Random, word: string, host: string, domain: string): Ingress {
  const services = shuffled(SERVICES, random);
  const rules: NonNullable<Ingress['spec']['rules']> = [
    { host, http: { paths: mainPaths(random, word, services) } },
  ];
  if (random() < 0.5)
    rules.push({ host: `*.${domain}`, http: { paths: [pathTo('/', 'Prefix', services)] } });
  if (random() < 0.35) rules.push({ http: { paths: [pathTo(`/${word}`, 'Prefix', services)] } });
  const fallback = random() < 0.4 ? pathTo('/', 'Prefix', services).backend : undefined;
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: `${word}-ingress`, namespace: 'default' },
    spec: { ingressClassName: 'public', ...(fallback ? { defaultBackend: fallback } : {}), rules },
  };
}

/** A request meant to probe the rules. */
function buildRequest(random: Random, word: string, host: string, domain: string) {
  const hosts = [
    host,
    host,
    host,
    `${pick(random, SUBDOMAINS)}.${domain}`,
    `a.b.${domain}`,
    domain,
  ];
  const paths = [
    `/${word}`,
    `/${word}/`,
    `/${word}s`,
    `/${word}/v1`,
    `/${word}/v1/items`,
    `/${word}/v10`,
    `/${word}x/y`,
    `/${word.toUpperCase()}`,
    '/',
    '/other',
  ];
  return { host: pick(random, hosts), path: pick(random, paths) };
}

/** Whether a less specific host's rules would have matched when the chosen host's did not (controllers differ there). */
function fallsThroughHosts(ingress: Ingress, request: { host: string; path: string }): boolean {
  const rules = ingress.spec.rules ?? [];
  const alone = rules.map((rule) => route([{ ...ingress, spec: { rules: [rule] } }], request));
  return (
    route([{ ...ingress, spec: { rules } }], request) === null && alone.some((r) => r !== null)
  );
}

/** Makes the scenario for a seed; retries inside the seed until the request avoids controller-specific ground. */
export function ingressScenario(seed: number): IngressScenario {
  const random = randomFromNumber(seed);
  for (;;) {
    const word = pick(random, WORDS);
    const domain = pick(random, DOMAINS);
    const host = `${pick(random, SUBDOMAINS)}.${domain}`;
    const ingress = buildIngress(random, word, host, domain);
    const request = buildRequest(random, word, host, domain);
    if (fallsThroughHosts(ingress, request)) continue;
    return { ingress, request, result: route([ingress], request) };
  }
}
