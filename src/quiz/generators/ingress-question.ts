import { explainRoute } from '~/sim/ingress/explain';
import { renderYaml } from '~/sim/ingress/render-yaml';
import type { IngressBackend, PathCandidate } from '~/sim/ingress/types';
import { randomFromNumber, shuffled } from '../random';
import type { QuizOption, SingleQuestion } from '../types';
import { ingressScenario, type IngressScenario } from './ingress-scenario';
import { base, letteredOptions } from './subnet-common';

// "Which backend does this request reach?": the key is the Ingress engine's route(); the
// distractors are the other backends of the same Ingress and the controller's 404, each
// explained with what the engine says about that path.

export const INGRESS_TAGS = ['k8s:ingress'];
/** The lesson heading that teaches path types and precedence. */
export const INGRESS_LESSON = 'services/ingress-gateway-api#path-types-and-precedence';
/** The answer when nothing answers. */
export const NOT_FOUND_TEXT = 'No backend: the controller answers 404 Not Found itself';

const REFERENCES = [
  {
    title: 'Kubernetes documentation: Ingress',
    url: 'https://kubernetes.io/docs/concepts/services-networking/ingress/',
  },
];

/** An option's text for a backend. */
export function backendText(backend: IngressBackend, isDefault: boolean): string {
  return `Service ${backend.service?.name ?? '?'}${isDefault ? ' (the default backend)' : ''}`;
}

/** Every answer the Ingress offers: each path's backend, the default backend, and 404. */
function answers(s: IngressScenario): string[] {
  const paths = (s.ingress.spec.rules ?? []).flatMap((rule) => rule.http?.paths ?? []);
  const texts = paths.map((path) => backendText(path.backend, false));
  if (s.ingress.spec.defaultBackend) texts.push(backendText(s.ingress.spec.defaultBackend, true));
  return [...texts, NOT_FOUND_TEXT];
}

/** The right answer's text. */
function rightText(s: IngressScenario): string {
  if (!s.result) return NOT_FOUND_TEXT;
  return backendText(s.result.backend, s.result.rule === -1);
}

/** Why an option is right or wrong, in the engine's words. */
function explain(
  s: IngressScenario,
  text: string,
  right: boolean,
  candidates: PathCandidate[],
  reasons: string[],
): string {
  const verdict = reasons.at(-1) ?? '';
  if (right) return `Right. ${reasons.join(' ')}`;
  if (text === NOT_FOUND_TEXT) return `No. Something answers: ${verdict}`;
  if (text.endsWith('(the default backend)')) {
    return `No. The default backend only answers when no rule matches, and one does: ${verdict}`;
  }
  const candidate = candidates.find((c) => text === backendText(pathBackend(s, c), false));
  return `No. ${candidate?.reason ?? verdict}`;
}

/** The backend of a candidate path. */
function pathBackend(s: IngressScenario, c: PathCandidate): IngressBackend {
  return s.ingress.spec.rules?.[c.rule]?.http?.paths[c.path]?.backend ?? {};
}

/** The stem: the Ingress as YAML and the request. */
function prompt(s: IngressScenario): string {
  return [
    'An Ingress controller of class public serves only this Ingress, and treats paths exactly as the Ingress API defines them:',
    `\`\`\`yaml\n${renderYaml(s.ingress).trimEnd()}\n\`\`\``,
    `A client sends \`GET ${s.request.path}\` with the header \`Host: ${s.request.host}\`. Which backend receives the request?`,
  ].join('\n\n');
}

/** Makes the question for one seed. */
export function ingressBackendQuestion(seed: number): SingleQuestion {
  const s = ingressScenario(seed);
  const { candidates, reasons } = explainRoute([s.ingress], s.request);
  const right = rightText(s);
  const others = [...new Set(answers(s))].filter((t) => t !== right);
  const picked = [right, ...shuffled(others, randomFromNumber(seed ^ 0x2545f491)).slice(0, 3)];
  const options: Omit<QuizOption, 'id'>[] = picked.map((text) => ({
    text,
    correct: text === right,
    explanation: explain(s, text, text === right, candidates, reasons),
  }));
  return {
    ...base('ingress-which-backend', prompt(s), {
      explanation:
        'A controller first picks the rules for the Host header (a precise host, then a wildcard that stands for exactly one label, then rules without a host), then the longest matching path, with Exact before Prefix on equal length. Prefix compares whole path elements: /api matches /api/v1 but not /apis. When nothing matches, spec.defaultBackend answers if there is one.',
      references: REFERENCES,
      topics: INGRESS_TAGS,
      difficulty: 2,
      lesson: INGRESS_LESSON,
    }),
    type: 'single',
    options: letteredOptions(seed, options),
  };
}
