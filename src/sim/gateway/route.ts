import { attachTo } from './attach';
import type { Attachment } from './attach';
import { describeBackends, hasServingBackend, resolveBackends } from './backends';
import { bestMatchingHostname, specificity } from './hostnames';
import { listenersFor } from './listeners';
import { describeMatch, effectiveMatch, matchesRequest, matchFailure } from './match';
import type { NormalizedRequest } from './match';
import { createdAt, rankCandidates, whyBeats } from './precedence';
import type { Candidate } from './precedence';
import { normalizeRequest } from './request';
import type {
  GatewayInput,
  GatewayRequest,
  HTTPRouteRule,
  Listener,
  RedirectStatus,
  RouteExplanation,
  RouteResult,
} from './types';

/** Lines about rules that did not match are capped so a big config stays readable. */
const MAX_MISS_LINES = 12;

/** What walking the attached routes found: matching candidates and lines about the rest. */
interface Walk {
  readonly candidates: Candidate[];
  readonly routes: Map<string, Attachment>;
  readonly misses: string[];
  /** Matches that did not match, counted past the lines kept. */
  missCount: number;
  readonly refusals: string[];
}

/** "rule 1 match 0 (PathPrefix /api)" of a route. */
function label(key: string, rule: number, match: number, text: string): string {
  return `HTTPRoute ${key} rule ${String(rule)} match ${String(match)} (${text})`;
}

/** The rules of a route with the default (one rule matching every request) when it has none. */
function rulesOf(rules: HTTPRouteRule[] | undefined): HTTPRouteRule[] {
  return rules && rules.length > 0 ? rules : [{}];
}

/** Adds the candidates of one attached route, or the reason its hostnames miss the host. */
function walkRoute(
  walk: Walk,
  attachment: Attachment,
  listener: Listener,
  request: NormalizedRequest,
): void {
  const { route, key } = attachment;
  let hostname = listener.hostname;
  if (attachment.hostnames.length > 0) {
    hostname = bestMatchingHostname(attachment.hostnames, request.host);
    if (hostname === undefined) {
      if (walk.refusals.length < MAX_MISS_LINES)
        walk.refusals.push(
          `HTTPRoute ${key} does not serve host ${request.host} (its hostnames: ${attachment.hostnames.join(', ')}).`,
        );
      return;
    }
  }
  if (walk.routes.has(key)) return;
  walk.routes.set(key, attachment);
  rulesOf(route.spec.rules).forEach((rule, r) => {
    const matches = rule.matches && rule.matches.length > 0 ? rule.matches : [undefined];
    matches.forEach((raw, m) => {
      const effective = effectiveMatch(raw);
      if (!matchesRequest(effective, request)) {
        if (walk.misses.length < MAX_MISS_LINES) {
          const failure = matchFailure(effective, request) ?? '';
          walk.misses.push(
            `${label(key, r, m, describeMatch(effective))} does not match: ${failure}.`,
          );
        }
        walk.missCount++;
        return;
      }
      walk.candidates.push({
        routeKey: key,
        rule: r,
        match: m,
        effective,
        host: specificity(hostname),
        hostname,
        created: createdAt(route.metadata.creationTimestamp),
        createdText: route.metadata.creationTimestamp,
      });
    });
  });
}

/** The status a rule's RequestRedirect filter answers with (302 by default), or null without one. */
function redirectOf(rule: HTTPRouteRule): RedirectStatus | null {
  const filter = rule.filters?.find((f) => f.type === 'RequestRedirect');
  if (!filter) return null;
  const code = filter.requestRedirect?.statusCode;
  return code === 301 || code === 303 || code === 307 || code === 308 ? code : 302;
}

/** The reasons that open every verdict: which listeners took the request. */
function arrivalLine(listeners: readonly Listener[], request: NormalizedRequest): string {
  const names = listeners.map(
    (l) => `"${l.name}"${l.hostname === undefined ? ' (any host)' : ` (${l.hostname})`}`,
  );
  return `${request.method} ${request.host}${request.path} is taken by listener ${names.join(' and ')}.`;
}

/**
 * Routes a request through a Gateway and its HTTPRoutes and explains the verdict: 200 with the
 * winning route, rule and match; 500 when that rule has no valid backend of weight above 0; 404
 * when no listener or rule takes it.
 */
export function explainRequest(
  input: GatewayInput,
  request: GatewayRequest,
  listener?: string,
): RouteExplanation {
  const normalized = normalizeRequest(request);
  const listeners = listenersFor(input.gateway, normalized.host, listener);
  if (listeners.length === 0) {
    const reason = `No listener of Gateway ${input.gateway.metadata.name}${listener === undefined ? '' : ` named "${listener}"`} accepts host ${normalized.host}, so the request gets a 404.`;
    return { status: 404, result: null, reasons: [reason] };
  }
  const walk: Walk = { candidates: [], routes: new Map(), misses: [], missCount: 0, refusals: [] };
  for (const l of listeners) {
    for (const route of input.routes) {
      const attached = attachTo(input, l, route);
      if ('refusal' in attached) walk.refusals.push(attached.refusal);
      else walkRoute(walk, attached.attachment, l, normalized);
    }
  }
  const reasons = [arrivalLine(listeners, normalized)];
  const [winner, ...losers] = rankCandidates(walk.candidates);
  const more = walk.missCount - walk.misses.length;
  const tail = [
    ...walk.misses,
    ...(more > 0 ? [`…and ${String(more)} more matches that do not match.`] : []),
    ...new Set(walk.refusals),
  ];
  if (!winner) {
    reasons.push(
      'No rule of any attached HTTPRoute matches the request, so it gets a 404.',
      ...tail,
    );
    return { status: 404, result: null, reasons };
  }
  const attachment = walk.routes.get(winner.routeKey);
  const rule = rulesOf(attachment?.route.spec.rules)[winner.rule] ?? {};
  const backends = attachment
    ? resolveBackends(input, attachment.route, rule.backendRefs ?? [])
    : [];
  const redirect = redirectOf(rule);
  const status = redirect ?? (hasServingBackend(backends) ? 200 : 500);
  reasons.push(
    `${label(winner.routeKey, winner.rule, winner.match, describeMatch(winner.effective))} wins.`,
  );
  for (const loser of losers) {
    reasons.push(
      `${label(loser.routeKey, loser.rule, loser.match, describeMatch(loser.effective))} also matches but loses: ${whyBeats(winner, loser)}.`,
    );
  }
  if (redirect === null) reasons.push(...describeBackends(backends));
  else
    reasons.push(
      `The rule's RequestRedirect filter answers with a ${String(redirect)} redirect instead of a backend.`,
    );
  reasons.push(...tail);
  const result: RouteResult = {
    route: winner.routeKey,
    rule: winner.rule,
    match: winner.match,
    backends,
    status,
    listener: listeners.map((l) => l.name).join(','),
    reasons,
  };
  return { status, result, reasons };
}

/**
 * The DESIGN.md contract: the winning route ("namespace/name"), rule and match indexes and the
 * rule's resolved backends, or null for a 404. A result whose `status` is 500 matched a rule with
 * no valid backend of weight above 0. Bad request fields throw an InputError.
 */
export function routeRequest(
  input: GatewayInput,
  request: GatewayRequest,
  listener?: string,
): RouteResult | null {
  return explainRequest(input, request, listener).result;
}
