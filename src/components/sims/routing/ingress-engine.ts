// The routing playground's Ingress side, loaded on the learner's first action (and run at build
// time for the first view): reads Ingress manifests, routes the request and the test requests,
// and converts the Ingresses to HTTPRoutes with what does not translate.
import { isInputError } from '~/sim/ip';
import { describeBackend, explainRoute } from '~/sim/ingress/explain';
import { parseIngressManifests } from '~/sim/ingress/parse';
import { renderYamlDocuments } from '~/sim/ingress/render-yaml';
import { ingressesToHttpRoutes } from '~/sim/ingress/to-http-route';
import type { Ingress } from '~/sim/ingress/types';
import type { PlaygroundRequest } from './presets';
import {
  countSummary,
  requestLine,
  type ConversionView,
  type PlaygroundView,
  type TestRow,
  type VerdictView,
} from './view';

/** The note added to every Ingress verdict: what the Ingress API does not look at. */
const INGRESS_IGNORES =
  'An Ingress matches on the host and the path only: the method and headers play no part.';

/** Routes one request; a bad field becomes the error, with the field's name. */
function verdictFor(
  ingresses: readonly Ingress[],
  request: PlaygroundRequest,
): { verdict: VerdictView } | { field: string; message: string } {
  try {
    const explained = explainRoute(ingresses, { host: request.host, path: request.path });
    const result = explained.result;
    const candidates = explained.candidates
      .filter((c) => c.outcome !== 'other-host')
      .map((c) => c.reason);
    const reasons = [...explained.reasons, ...candidates];
    if (!result)
      return {
        verdict: {
          status: 404,
          headline: '404 Not Found (the controller’s own answer)',
          winner: null,
          reasons,
        },
      };
    const winner =
      result.rule < 0
        ? `Ingress ${result.ingress}, spec.defaultBackend`
        : `Ingress ${result.ingress}, rule ${String(result.rule)}, path ${String(result.path)}`;
    return {
      verdict: {
        status: 200,
        headline: `200 → ${describeBackend(result.backend)}`,
        winner,
        reasons,
      },
    };
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { field: error.field ?? 'path', message: error.message };
  }
}

/** The verdict and the test table for the manifests and request. */
export function evaluateIngress(
  manifests: string,
  request: PlaygroundRequest,
  tests: readonly PlaygroundRequest[],
): PlaygroundView {
  const { ingresses, classes, errors } = parseIngressManifests(manifests);
  const view: PlaygroundView = {
    api: 'ingress',
    problems: errors.map(({ document, line, column, message }) => ({
      document,
      line,
      column,
      message,
    })),
    summary: countSummary([
      [ingresses.length, 'Ingress', 'Ingresses'],
      [classes.length, 'IngressClass', 'IngressClasses'],
    ]),
    verdict: { status: null, headline: '', winner: null, reasons: [] },
    requestError: null,
    tests: [],
  };
  const main = verdictFor(ingresses, request);
  if ('verdict' in main)
    view.verdict = { ...main.verdict, reasons: [...main.verdict.reasons, INGRESS_IGNORES] };
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
    const outcome = verdictFor(ingresses, test);
    const line = requestLine(test, 'ingress');
    if (!('verdict' in outcome)) return { request: line, status: '—', answer: outcome.message };
    const { verdict } = outcome;
    return {
      request: line,
      status: String(verdict.status),
      answer: verdict.status === 200 ? verdict.headline.slice('200 → '.length) : 'Nothing matches',
    };
  });
  return view;
}

/** The Ingresses side by side with their HTTPRoutes, the listeners TLS needs, and what does not translate. */
export function convertIngress(manifests: string): ConversionView {
  const { ingresses, errors } = parseIngressManifests(manifests);
  const converted = ingressesToHttpRoutes(ingresses);
  return {
    problems: errors.map(({ document, line, column, message }) => ({
      document,
      line,
      column,
      message,
    })),
    ingressYaml: renderYamlDocuments(ingresses),
    routesYaml: renderYamlDocuments(converted.routes),
    listenersYaml: converted.listeners.length > 0 ? renderYamlDocuments(converted.listeners) : '',
    notes: converted.notes,
  };
}
