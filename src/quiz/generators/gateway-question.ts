import { stringify } from 'yaml';
import { explainRequest } from '~/sim/gateway/route';
import type { RouteExplanation } from '~/sim/gateway/types';
import { randomFromNumber, shuffled } from '../random';
import type { QuizOption, SingleQuestion } from '../types';
import { gatewayScenario, type GatewayScenario } from './gateway-scenario';
import { base, letteredOptions } from './subnet-common';

// "Which backend answers this request?": the right answer is the engine's verdict (a Service, a
// 404 or a 500); the distractors are the other rules' Services and the other two statuses.

export const GATEWAY_TAGS = ['k8s:ingress'];
/** The lesson heading that teaches HTTPRoute matching and precedence. */
export const GATEWAY_LESSON = 'services/ingress-gateway-api#what-the-gateway-api-adds';
export const NOT_FOUND = '404 Not Found: no rule matches';
export const SERVER_ERROR = '500 Internal Server Error: the winning rule has no valid backend';

const REFERENCES = [
  { title: 'Gateway API: HTTPRoute', url: 'https://gateway-api.sigs.k8s.io/api-types/httproute/' },
  {
    title: 'Gateway API reference: HTTPRouteRule and HTTPRouteMatch',
    url: 'https://gateway-api.sigs.k8s.io/reference/spec/#httprouterule',
  },
];

/** How an answer reads: the Service, or a status. */
export function answerText(explained: RouteExplanation): string {
  if (explained.status === 404) return NOT_FOUND;
  if (explained.status === 500) return SERVER_ERROR;
  const backend = explained.result?.backends[0];
  return `Service ${backend?.namespace ?? ''}/${backend?.name ?? ''}`;
}

/** Every Service named by a backendRef of the scenario, as answer texts, with the rule that names it. */
function serviceAnswers(s: GatewayScenario): Map<string, string> {
  const found = new Map<string, string>();
  for (const r of s.routes) {
    const namespace = r.metadata.namespace ?? 'default';
    (r.spec.rules ?? []).forEach((rule, i) => {
      for (const b of rule.backendRefs ?? []) {
        const text = `Service ${b.namespace ?? namespace}/${b.name}`;
        if (!found.has(text))
          found.set(text, `HTTPRoute ${namespace}/${r.metadata.name} rule ${String(i)} `);
      }
    });
  }
  return found;
}

/** The request line as the stem shows it. */
export function requestText(s: GatewayScenario): string {
  const { request } = s;
  const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : '';
  const lines = [
    `${request.method ?? 'GET'} ${request.path}${query} HTTP/1.1`,
    `Host: ${request.host}`,
  ];
  for (const [name, value] of Object.entries(request.headers ?? {}))
    lines.push(`${name}: ${value}`);
  return lines.join('\n');
}

/** Whether a reason line states the verdict (the winner, the backends, a 404), not another rule's fate. */
function isVerdictLine(reason: string): boolean {
  return !/does not match|also matches|does not serve|is not attached|more matches that/.test(
    reason,
  );
}

/** Why an option is right or wrong, from the engine's reasons: for a wrong Service, why its rule lost. */
function explain(
  right: boolean,
  explained: RouteExplanation,
  rulePrefix: string | undefined,
): string {
  const verdict = explained.reasons.slice(1).filter(isVerdictLine).join(' ');
  if (right) {
    const losers = explained.reasons.filter((r) => r.includes('also matches but loses'));
    return `Right. ${[verdict, ...losers.slice(0, 2)].join(' ')}`;
  }
  const lines =
    rulePrefix === undefined ? [] : explained.reasons.filter((r) => r.startsWith(rulePrefix));
  const own = lines.length > 0 ? lines.join(' ') : undefined;
  const route = rulePrefix?.split(' rule ')[0];
  const off =
    route === undefined
      ? undefined
      : explained.reasons.find((r) => r.startsWith(`${route} does not serve`));
  return `No. ${own ?? off ?? verdict}${own || off ? ` ${verdict}` : ''}`;
}

/** The stem: the manifests as YAML and the request. */
function prompt(s: GatewayScenario): string {
  const yamlText = [s.gateway, ...s.routes].map((o) => stringify(o).trimEnd()).join('\n---\n');
  return [
    'A cluster holds these Gateway API objects (every Service in namespace web exists; there is no ReferenceGrant):',
    `\`\`\`yaml\n${yamlText}\n\`\`\``,
    `This request reaches the Gateway's listener:\n\`\`\`http\n${requestText(s)}\n\`\`\``,
    'Which backend answers it?',
  ].join('\n\n');
}

/** Makes the question for one seed. */
export function gatewayBackendQuestion(seed: number): SingleQuestion {
  const s = gatewayScenario(seed);
  const explained = explainRequest({ gateway: s.gateway, routes: s.routes }, s.request);
  const right = answerText(explained);
  const services = serviceAnswers(s);
  const others = [...services.keys(), NOT_FOUND, SERVER_ERROR].filter((t) => t !== right);
  const picked = [right, ...shuffled(others, randomFromNumber(seed ^ 0x2545f491)).slice(0, 3)];
  const options: Omit<QuizOption, 'id'>[] = picked.map((text) => ({
    text,
    correct: text === right,
    explanation: explain(text === right, explained, services.get(text)),
  }));
  return {
    ...base('gateway-backend', prompt(s), {
      explanation:
        'The Gateway API ranks every matching rule of every attached HTTPRoute together: the most specific hostname first, then an Exact path, the longest PathPrefix, a method match, the most header matches, the most query matches; remaining ties go to the oldest route, then namespace/name order, then the first rule.',
      references: REFERENCES,
      topics: GATEWAY_TAGS,
      difficulty: 3,
      lesson: GATEWAY_LESSON,
    }),
    type: 'single',
    options: letteredOptions(seed, options),
  };
}
