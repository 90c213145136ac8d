import { compileCluster, lookupAddress, renderResolvConf, resolvConf } from '~/sim/dns';
import { randomFromNumber } from '../random';
import type { QuizOption, SingleQuestion } from '../types';
import { DNS_PAGE, DNS_TAGS, RESOLV_CONF_MAN, dnsLesson } from './dns-common';
import { EXTERNAL_NAMES, NODE_SEARCH, NAMESPACES, pick } from './dns-scenario';
import { base, letteredOptions } from './subnet-common';

// "How many DNS queries does `curl <name>` cost?": the pod's resolv.conf is shown; the key is
// the engine's getaddrinfo trace (an A and an AAAA question per name tried). Distractors are
// the usual miscounts, each explained.

const NDOTS = [1, 2, 5, 5, 5];

/** The scenario of one seed. */
export function costScenario(seed: number) {
  const random = randomFromNumber(seed);
  const namespace = pick(random, NAMESPACES);
  const ndots = pick(random, NDOTS);
  const nodeSearch = pick(random, NODE_SEARCH);
  const name = pick(random, EXTERNAL_NAMES);
  const conf = resolvConf(namespace, { ndots, nodeSearch });
  const upstream = name.replace(/\.$/, '');
  const dns = compileCluster({
    zone: 'cluster.local',
    services: [],
    pods: [],
    upstreamNames: [upstream],
  });
  return { namespace, name, upstream, conf, trace: lookupAddress(dns, namespace, name, conf) };
}

type Scenario = ReturnType<typeof costScenario>;

/** The trace in words: each name tried and what came back. */
function traceText(s: Scenario): string {
  const steps = s.trace.steps.map((step) => {
    const outcome =
      step.a === 'FORWARDED' ? `forwarded, upstream ${step.upstream ?? 'answers'}` : step.a;
    return `${step.name} (${outcome})`;
  });
  return `The resolver tries ${steps.join(', then ')}: ${String(s.trace.steps.length)} name(s) × 2 (A and AAAA) = ${String(s.trace.queries)} queries.`;
}

/** The wrong counts worth offering, each with why it is wrong. */
function distractors(s: Scenario): { value: number; why: string }[] {
  const names = s.trace.steps.length;
  const all = s.conf.search.length + 1;
  return [
    {
      value: names,
      why: 'That counts the names tried, but getaddrinfo asks for an A and an AAAA record for each name.',
    },
    {
      value: 2 * all,
      why: 'That counts every search domain and the name as given, but the search stops at the first name that gets an answer.',
    },
    {
      value: 2,
      why: 'Only a trailing dot, or a name with at least ndots dots that answers at once, costs a single A and AAAA pair.',
    },
    {
      value: 2 * (names + 1),
      why: 'That adds a name too many: the search stops as soon as upstream answers.',
    },
    {
      value: 2 * (all + 1),
      why: 'No name is tried twice; the name as given is tried once, before or after the search list.',
    },
    {
      value: 4,
      why: 'The count depends on ndots and on how many search domains are tried before an answer.',
    },
    {
      value: 8,
      why: 'Eight is the count for ndots 5 with exactly three search domains before the name as given.',
    },
  ];
}

/** The stem: the resolv.conf and the command. */
function prompt(s: Scenario): string {
  return [
    `A pod in namespace \`${s.namespace}\` has this /etc/resolv.conf:`,
    `\`\`\`\n${renderResolvConf(s.conf).trimEnd()}\n\`\`\``,
    `The cluster domain is cluster.local and no Service or pod name matches. The upstream resolver knows \`${s.upstream}\` and answers NXDOMAIN for every other name outside the cluster.`,
    `The pod runs \`curl https://${s.name}/\`. Its C library asks for both A and AAAA records of each name it tries. How many DNS queries does this lookup send in all?`,
  ].join('\n\n');
}

/** Makes the question for one seed. */
export function dnsQueryCostQuestion(seed: number): SingleQuestion {
  const s = costScenario(seed);
  const right = s.trace.queries;
  const seen = new Set([right]);
  const wrong = distractors(s).filter(
    (d) => d.value > 0 && !seen.has(d.value) && seen.add(d.value),
  );
  const options: Omit<QuizOption, 'id'>[] = [
    { text: String(right), correct: true, explanation: `Right. ${traceText(s)}` },
    ...wrong.slice(0, 3).map((d) => ({
      text: String(d.value),
      correct: false,
      explanation: `No. ${d.why} ${traceText(s)}`,
    })),
  ];
  return {
    ...base('dns-query-cost', prompt(s), {
      explanation:
        'A name with fewer dots than ndots goes through the search list first; each name tried costs an A and an AAAA query. A trailing dot, or a lower ndots in dnsConfig, removes the wasted queries.',
      references: [DNS_PAGE, RESOLV_CONF_MAN],
      topics: DNS_TAGS,
      difficulty: 2,
      lesson: dnsLesson('the-cost-of-a-short-external-name'),
    }),
    type: 'single',
    options: letteredOptions(seed, options),
  };
}
