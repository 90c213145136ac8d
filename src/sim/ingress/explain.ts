import { effectiveClass, ingressKey } from './classes';
import { hostMatchOf, requestHostOf, requestPathOf } from './match';
import { chosenTier, hostTier, participants, pathLength, pathMatches, route } from './route';
import type { RouteOptions } from './route';
import type {
  HTTPIngressPath,
  Ingress,
  IngressBackend,
  IngressRequest,
  PathCandidate,
  RouteExplanation,
  RouteResult,
} from './types';

// route() with its reasons: every path considered, whether it matched, and why it won or lost.

/** A backend in words: "service cart, port 80" or "resource StorageBucket/static". */
export function describeBackend(backend: IngressBackend): string {
  if (backend.service) {
    const { name, port } = backend.service;
    const which =
      port.number === undefined ? `port named ${port.name ?? '?'}` : `port ${String(port.number)}`;
    return `service ${name}, ${which}`;
  }
  const resource = backend.resource;
  return resource ? `resource ${resource.kind}/${resource.name}` : 'no backend';
}

/** A path in words: "Prefix /cart". */
export function describePath(path: HTTPIngressPath): string {
  return `${path.pathType} ${path.path ?? '(no path: every path)'}`;
}

/** The host part of a rule in words. */
function hostWords(host: string | undefined): string {
  return host === undefined || host === '' ? 'any host' : host;
}

/** Why a path that does not match the request's path fails. */
function noMatchReason(path: HTTPIngressPath, request: string): string {
  if (path.pathType === 'Exact') {
    return `${describePath(path)} needs the path to be exactly ${path.path ?? ''}, and ${request} is not.`;
  }
  return `${describePath(path)} matches whole path elements only, and ${request} is not ${path.path ?? '/'} or a path below it.`;
}

/** A remark when a Prefix path's trailing '/' was left out of its length. */
function trailing(...paths: HTTPIngressPath[]): string {
  const counted = paths.some(
    (p) => p.pathType !== 'Exact' && p.path !== '/' && p.path?.endsWith('/'),
  );
  return counted ? ', a trailing / not counted' : '';
}

/** Why a matching path lost to the winner. */
function lostReason(path: HTTPIngressPath, winner: HTTPIngressPath): string {
  const [mine, theirs] = [pathLength(path), pathLength(winner)];
  if (mine !== theirs) {
    return `${describePath(path)} matches too, but ${describePath(winner)} is longer (${String(theirs)} characters against ${String(mine)}${trailing(path, winner)}): the longest matching path wins.`;
  }
  if (winner.pathType === 'Exact' && path.pathType !== 'Exact') {
    return `${describePath(path)} matches with the same length, and on a tie an Exact path beats a Prefix path.`;
  }
  return `${describePath(path)} ties with ${describePath(winner)}, which comes first in the input (controllers order ties in their own way).`;
}

/** Every path of one Ingress's rules as a candidate for the request. */
function candidatesOf(
  ingress: Ingress,
  host: string,
  path: string,
  tier: number | null,
): PathCandidate[] {
  const key = ingressKey(ingress);
  return (ingress.spec.rules ?? []).flatMap((rule, r) => {
    const hostMatch = hostMatchOf(rule.host, host);
    const ruleTier = hostTier(hostMatch);
    return (rule.http?.paths ?? []).map((candidate, p): PathCandidate => {
      const matches = pathMatches(candidate, path);
      const base = { ingress: key, rule: r, path: p, host: rule.host, hostMatch, matches };
      const shape = { pathText: candidate.path ?? '', pathType: candidate.pathType };
      if (ruleTier === null) {
        const reason = `The rule's host ${hostWords(rule.host)} does not accept ${host || 'an empty Host'}${rule.host?.startsWith('*.') ? ' (a wildcard stands for exactly one label)' : ''}.`;
        return { ...base, ...shape, outcome: 'other-host', reason };
      }
      if (ruleTier !== tier) {
        const reason = `A more specific host rule handles ${host}, so rules for ${hostWords(rule.host)} are not consulted.`;
        return { ...base, ...shape, outcome: 'other-host', reason };
      }
      const reason = matches ? '' : noMatchReason(candidate, path);
      return { ...base, ...shape, outcome: matches ? 'lost' : 'no-match', reason };
    });
  });
}

/** Marks the winner and says why each other matching candidate lost. */
function settle(
  candidates: PathCandidate[],
  result: RouteResult | null,
  ingresses: readonly Ingress[],
): void {
  const winner = candidates.find(
    (c) =>
      result && c.ingress === result.ingress && c.rule === result.rule && c.path === result.path,
  );
  const winnerPath = winner && pathOf(ingresses, winner);
  for (const candidate of candidates) {
    if (candidate === winner) {
      candidate.outcome = 'won';
      candidate.reason = `${candidate.pathType} ${candidate.pathText} is the best match for this host: it goes to ${result ? describeBackend(result.backend) : ''}.`;
    } else if (candidate.outcome === 'lost' && winnerPath) {
      candidate.reason = lostReason(pathOf(ingresses, candidate) ?? winnerPath, winnerPath);
    }
  }
}

/** The path object behind a candidate. */
function pathOf(ingresses: readonly Ingress[], c: PathCandidate): HTTPIngressPath | undefined {
  const ingress = ingresses.find((i) => ingressKey(i) === c.ingress);
  return ingress?.spec.rules?.[c.rule]?.http?.paths[c.path];
}

/** The summary sentences: classes left out, the host tier, and the verdict. */
function summary(
  all: readonly Ingress[],
  taking: readonly Ingress[],
  options: RouteOptions,
  host: string,
  path: string,
  result: RouteResult | null,
): string[] {
  const reasons = all
    .filter((i) => !taking.includes(i))
    .map(
      (i) =>
        `${ingressKey(i)} is left out: ${effectiveClass(i, options.classes).reason} Only class ${options.ingressClass ?? ''} takes part.`,
    );
  const tier = chosenTier(taking, host);
  const tierWords = ['a rule naming it exactly', 'a wildcard rule', 'rules without a host'];
  if (tier !== null)
    reasons.push(`Host ${host || '(empty)'} is served by ${tierWords[tier] ?? ''}.`);
  else reasons.push(`No rule accepts the host ${host || '(empty)'}.`);
  if (result && result.rule >= 0) {
    reasons.push(
      `${path} goes to ${describeBackend(result.backend)} (${result.ingress}, rule ${String(result.rule)}, path ${String(result.path)}).`,
    );
  } else if (result) {
    reasons.push(
      `${tier === null ? 'No rule matches' : `No path of those rules matches ${path}`}, so spec.defaultBackend of ${result.ingress} answers: ${describeBackend(result.backend)}.`,
    );
  } else {
    reasons.push(
      `Nothing matches and no Ingress has a spec.defaultBackend: the controller answers with its own default (usually 404 Not Found).`,
    );
  }
  return reasons;
}

/**
 * route() with its reasons, for an island or a lesson: every path considered with its outcome
 * ('won', 'lost', 'no-match', 'other-host') and a sentence saying why, and summary sentences.
 */
export function explainRoute(
  ingresses: readonly Ingress[],
  request: IngressRequest,
  options: RouteOptions = {},
): RouteExplanation {
  const result = route(ingresses, request, options);
  const taking = participants(ingresses, options);
  const path = requestPathOf(request.path);
  const host = requestHostOf(request.host);
  const tier = chosenTier(taking, host);
  const candidates = taking.flatMap((ingress) => candidatesOf(ingress, host, path, tier));
  settle(candidates, result, taking);
  return { result, candidates, reasons: summary(ingresses, taking, options, host, path, result) };
}
