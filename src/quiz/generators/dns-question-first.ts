import {
  candidateNames,
  compileCluster,
  renderResolvConf,
  resolvConf,
  resolveCompiled,
} from '~/sim/dns';
import type { DnsCluster } from '~/sim/dns';
import { randomFromNumber, type Random } from '../random';
import type { QuizOption, SingleQuestion } from '../types';
import { DNS_PAGE, DNS_SPEC, DNS_TAGS, dnsLesson, serviceLine } from './dns-common';
import { pick, smallCluster, twoNamespaces } from './dns-scenario';
import { base, letteredOptions } from './subnet-common';

// "Which name tried is the first to get an answer?": a few Services, the pod's namespace and a
// typed name; the options are the four names the resolver would try, the key the engine's.

/** The names worth typing in this cluster: short, namespaced, fully spelt, headless, external. */
function typedNames(cluster: DnsCluster, own: string): string[] {
  const [a, b, h] = cluster.services;
  if (a === undefined || b === undefined || h === undefined) return ['api.example.com'];
  const hostOf = (i: number) => `${h.name}-${String(i)}.${h.name}`;
  return [
    a.name,
    b.name,
    `${b.name}.${b.namespace}`,
    `${b.name}.${b.namespace}.svc`,
    `${a.name}.${own}.svc.cluster.local`,
    h.namespace === own ? hostOf(0) : `${hostOf(1)}.${h.namespace}`,
    `${hostOf(2)}.${h.namespace}`,
    'api.example.com',
  ];
}

/** The scenario of one seed. */
export function firstScenario(seed: number) {
  const random: Random = randomFromNumber(seed);
  const [own, other] = twoNamespaces(random);
  const cluster = smallCluster(random, own, other);
  const name = pick(random, typedNames(cluster, own));
  const conf = resolvConf(own);
  const result = resolveCompiled(compileCluster(cluster), { fromNamespace: own, name, type: 'A' });
  return { own, cluster, name, conf, result, candidates: candidateNames(name, conf) };
}

type Scenario = ReturnType<typeof firstScenario>;

/** What happened to each name, in order. */
function traceText(s: Scenario): string {
  return s.result.tried.map((t) => `${t.name} ${t.rcode}`).join(', then ');
}

/** Why an option is right or wrong. */
function explain(s: Scenario, candidate: string, right: string): string {
  const tried = s.result.tried.find((t) => t.name === candidate);
  if (candidate === right) {
    const how =
      tried?.rcode === 'FORWARDED'
        ? 'It is outside cluster.local, so CoreDNS forwards it upstream.'
        : 'CoreDNS answers it with an address.';
    return `Right. ${how} The search: ${traceText(s)}.`;
  }
  if (tried === undefined)
    return `No. The search never gets there: it stops earlier (${traceText(s)}).`;
  return `No. That name gets ${tried.rcode}, so the resolver moves on (${traceText(s)}).`;
}

/** The stem. */
function prompt(s: Scenario): string {
  return [
    'A cluster (domain cluster.local) has these Services:',
    s.cluster.services.map(serviceLine).join('\n'),
    `A pod in namespace \`${s.own}\` (dnsPolicy ClusterFirst) has this /etc/resolv.conf:`,
    `\`\`\`\n${renderResolvConf(s.conf).trimEnd()}\n\`\`\``,
    `The pod looks up the A record of \`${s.name}\`. Which query name is the first that the cluster DNS answers with an address or forwards upstream, ending the search?`,
  ].join('\n\n');
}

/** Makes the question for one seed. */
export function dnsFirstAnswerQuestion(seed: number): SingleQuestion {
  const s = firstScenario(seed);
  const right = s.result.tried.at(-1)?.name ?? '';
  const options: Omit<QuizOption, 'id'>[] = s.candidates.slice(0, 4).map((candidate) => ({
    text: `\`${candidate}\``,
    correct: candidate === right,
    explanation: explain(s, candidate, right),
  }));
  return {
    ...base('dns-first-answer', prompt(s), {
      explanation:
        'With ndots:5 a name with fewer than five dots is tried with each search domain first (<ns>.svc.cluster.local, svc.cluster.local, cluster.local) and as given last; NXDOMAIN moves on, the first answer stops the search.',
      references: [DNS_PAGE, DNS_SPEC],
      topics: DNS_TAGS,
      difficulty: 2,
      lesson: dnsLesson('how-a-pod-tries-names'),
    }),
    type: 'single',
    options: letteredOptions(seed, options),
  };
}
