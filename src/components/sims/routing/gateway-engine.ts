// The routing playground's Gateway API side, loaded on the learner's first action (and run at
// build time for the first view): reads the manifests, routes the request and the test requests.
import { isInputError } from '~/sim/ip';
import { explainRequest } from '~/sim/gateway/route';
import { parseGatewayManifests, type GatewayManifests } from '~/sim/gateway/parse';
import type { GatewayInput } from '~/sim/gateway/types';
import type { PlaygroundRequest } from './presets';
import {
  countSummary,
  parseHeaderLines,
  requestLine,
  type PlaygroundView,
  type TestRow,
  type VerdictView,
} from './view';

/** The engine input from what was read (the first Gateway), or null when there is no Gateway. */
function inputOf(resources: GatewayManifests): GatewayInput | null {
  const gateway = resources.gateways[0];
  if (!gateway) return null;
  const input: GatewayInput = {
    gateway,
    routes: resources.routes,
    referenceGrants: resources.referenceGrants,
    namespaceLabels: resources.namespaceLabels,
  };
  if (resources.services) input.services = resources.services;
  return input;
}

/** Routes one request; a bad field becomes the error, with the field's name. */
function verdictFor(
  input: GatewayInput,
  request: PlaygroundRequest,
): { verdict: VerdictView } | { field: string; message: string } {
  const parsed = parseHeaderLines(request.headers);
  if ('error' in parsed) return { field: 'headers', message: parsed.error };
  try {
    const explained = explainRequest(input, {
      host: request.host,
      path: request.path,
      method: request.method,
      headers: parsed.headers,
    });
    const result = explained.result;
    const winner = result
      ? `HTTPRoute ${result.route}, rule ${String(result.rule)}, match ${String(result.match)}`
      : null;
    const serving = result?.backends.filter((b) => b.valid && b.weight > 0) ?? [];
    const to = serving
      .map((b) => `${b.namespace}/${b.name}${b.port === undefined ? '' : `:${String(b.port)}`}`)
      .join(' + ');
    const headline =
      explained.status === 404
        ? '404 Not Found'
        : explained.status === 500
          ? '500 Internal Server Error'
          : explained.status === 200
            ? `200 → Service ${to}`
            : `${String(explained.status)} redirect`;
    return { verdict: { status: explained.status, headline, winner, reasons: explained.reasons } };
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { field: error.field ?? 'path', message: error.message };
  }
}

/** A test row's answer: the Service, the rule without a valid backend, or why nothing matched. */
function answerOf(verdict: VerdictView): string {
  if (verdict.status === 200) return verdict.headline.slice('200 → '.length);
  if (verdict.status === 500) return `${verdict.winner ?? ''}: no valid backend`;
  if (verdict.status !== 404) return `${verdict.winner ?? ''}: a RequestRedirect filter`;
  return verdict.reasons.find((r) => r.includes('404')) ?? 'Nothing matches';
}

/** The verdict and the test table for the manifests and request. */
export function evaluateGateway(
  manifests: string,
  request: PlaygroundRequest,
  tests: readonly PlaygroundRequest[],
): PlaygroundView {
  const { resources, errors } = parseGatewayManifests(manifests);
  const problems = errors.map(({ document, line, column, message }) => ({
    document,
    line,
    column,
    message,
  }));
  const summary = countSummary([
    [resources.gateways.length, 'Gateway', 'Gateways'],
    [resources.routes.length, 'HTTPRoute', 'HTTPRoutes'],
    [resources.referenceGrants.length, 'ReferenceGrant', 'ReferenceGrants'],
    [resources.services?.length ?? 0, 'Service', 'Services'],
  ]);
  const view: PlaygroundView = {
    api: 'gateway',
    problems,
    summary:
      resources.gateways.length > 1 ? `${summary} (requests go to the first Gateway)` : summary,
    verdict: {
      status: null,
      headline: 'No Gateway',
      winner: null,
      reasons: [
        'Add a Gateway (kind: Gateway) with a listener: the request arrives on one of its listeners.',
      ],
    },
    requestError: null,
    tests: [],
  };
  const input = inputOf(resources);
  if (!input) return view;
  const main = verdictFor(input, request);
  if ('verdict' in main) view.verdict = main.verdict;
  else {
    view.requestError = main;
    view.verdict = {
      status: null,
      headline: 'Fix the request',
      winner: null,
      reasons: [main.message],
    };
  }
  view.tests = tests.map((test): TestRow => {
    const outcome = verdictFor(input, test);
    const line = requestLine(test, 'gateway');
    if (!('verdict' in outcome)) return { request: line, status: '—', answer: outcome.message };
    const { verdict } = outcome;
    return { request: line, status: String(verdict.status), answer: answerOf(verdict) };
  });
  return view;
}
