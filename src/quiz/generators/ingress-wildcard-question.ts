import { hostMatches, normalizeHost } from '~/sim/gateway/hostnames';
import { matchHost } from '~/sim/ingress/match';
import { randomFromNumber, randomIndex, type Random } from '../random';
import type { QuizOption, SingleQuestion } from '../types';
import { INGRESS_TAGS } from './ingress-question';
import { base, letteredOptions } from './subnet-common';

// "After the migration, which rule accepts this host?": the same host pattern as an Ingress rule
// host (a wildcard stands for exactly one label, by the Ingress engine) and as an HTTPRoute
// hostname (one or more labels, by the Gateway engine), and a request host to test on both.

const BOTH = 'Both the Ingress rule and the HTTPRoute';
const ROUTE_ONLY = 'Only the HTTPRoute';
const INGRESS_ONLY = 'Only the Ingress rule';
const NEITHER = 'Neither';
export const WILDCARD_ANSWERS = [BOTH, ROUTE_ONLY, INGRESS_ONLY, NEITHER] as const;

const DOMAINS = ['example.com', 'example.org', 'corp.test'];
const ZONES = ['apps', 'shop', 'eu'];
const LABELS = ['api', 'www', 'blog', 'v2'];

/** Picks one item. */
function pick<T>(random: Random, items: readonly T[]): T {
  return items[randomIndex(random, items.length)] as T;
}

/** A host pattern and a request host that probes it. */
export function wildcardCase(seed: number): { pattern: string; host: string } {
  const random = randomFromNumber(seed);
  const suffix =
    random() < 0.5 ? pick(random, DOMAINS) : `${pick(random, ZONES)}.${pick(random, DOMAINS)}`;
  const label = pick(random, LABELS);
  const precise = random() < 0.2;
  const pattern = precise ? `${label}.${suffix}` : `*.${suffix}`;
  const hosts = [
    `${label}.${suffix}`,
    `${pick(random, LABELS)}.${label}.${suffix}`,
    `a.b.${label}.${suffix}`,
    suffix,
    `${label}.${suffix}`.toUpperCase(),
    `${label}.other.test`,
  ];
  return { pattern, host: pick(random, hosts) };
}

/** The right answer for a case, from the two engines. */
export function wildcardAnswer(pattern: string, host: string): (typeof WILDCARD_ANSWERS)[number] {
  const ingress = matchHost(pattern, host);
  const gateway = hostMatches(pattern, normalizeHost(host));
  if (ingress && gateway) return BOTH;
  if (gateway) return ROUTE_ONLY;
  return ingress ? INGRESS_ONLY : NEITHER;
}

/** What the host is, seen against the pattern: labels in front of the suffix, or no relation. */
function facts(pattern: string, host: string): string {
  const name = normalizeHost(host);
  if (!pattern.startsWith('*.')) {
    return name === pattern
      ? `${pattern} is a precise name in both APIs, and host names ignore letter case, so ${host} is that name.`
      : `${pattern} is a precise name in both APIs, and ${host} is a different name.`;
  }
  const suffix = pattern.slice(2);
  if (name === suffix)
    return `${host} has no label in front of ${suffix}, and a wildcard needs at least one in both APIs.`;
  if (!name.endsWith(`.${suffix}`)) return `${host} does not end in .${suffix} at all.`;
  const front = name.slice(0, -suffix.length - 1);
  const count = front.split('.').length;
  const labels = count === 1 ? `one label (${front})` : `${String(count)} labels (${front})`;
  return `${host} has ${labels} in front of ${suffix}: the Ingress wildcard stands for exactly one label, the HTTPRoute wildcard for one or more.`;
}

/** Why an answer is right or wrong for this case. */
function explain(pattern: string, host: string, text: string, right: string): string {
  if (text === right) return `Right. ${facts(pattern, host)}`;
  if (text === INGRESS_ONLY) {
    return `No. Every host an Ingress rule accepts, the same HTTPRoute hostname accepts too: the Gateway API wildcard is only wider. ${facts(pattern, host)}`;
  }
  return `No. ${facts(pattern, host)} So the answer is: ${right.toLowerCase()}.`;
}

/** Makes the question for one seed. */
export function ingressWildcardQuestion(seed: number): SingleQuestion {
  const { pattern, host } = wildcardCase(seed);
  const right = wildcardAnswer(pattern, host);
  const options: Omit<QuizOption, 'id'>[] = WILDCARD_ANSWERS.map((text) => ({
    text,
    correct: text === right,
    explanation: explain(pattern, host, text, right),
  }));
  const prompt = [
    `An Ingress rule has \`host: "${pattern}"\`. During a migration it becomes an HTTPRoute with \`hostnames: ["${pattern}"]\`, attached to a listener without a hostname.`,
    `A request arrives with the header \`Host: ${host}\`. Which of the two accepts this host?`,
  ].join('\n\n');
  return {
    ...base('ingress-wildcard-vs-gateway', prompt, {
      explanation:
        'An Ingress wildcard host matches exactly one DNS label; a Gateway API wildcard hostname matches one or more. So a converted wildcard can accept deeper names (a.b.example.com for *.example.com) that the Ingress never routed, never the other way round.',
      references: [
        {
          title: 'Kubernetes documentation: Ingress (Hostname wildcards)',
          url: 'https://kubernetes.io/docs/concepts/services-networking/ingress/#hostname-wildcards',
        },
        {
          title: 'Gateway API reference: HTTPRouteSpec hostnames',
          url: 'https://gateway-api.sigs.k8s.io/reference/spec/#httproutespec',
        },
      ],
      topics: INGRESS_TAGS,
      difficulty: 2,
      lesson: 'services/ingress-gateway-api#wildcards-mean-more-in-the-gateway-api',
    }),
    type: 'single',
    options: letteredOptions(seed, options),
  };
}
