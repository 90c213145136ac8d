import { parse } from 'yaml';

// A hand-written Ingress router for the questions the ingress-which-backend generator makes,
// reading the Ingress and the request back from the stem, so the tests check the engine's key
// by another code path. It returns the text of the answer it expects.

interface OraclePath {
  path: string;
  pathType: 'Exact' | 'Prefix';
  backend: { service: { name: string } };
}
interface OracleIngress {
  spec: {
    defaultBackend?: { service: { name: string } };
    rules: { host?: string; http: { paths: OraclePath[] } }[];
  };
}

/** The Ingress and the request written in a question's stem. */
export function ingressFromPrompt(prompt: string): {
  ingress: OracleIngress;
  host: string;
  path: string;
} {
  const yaml = /```yaml\n([\s\S]*?)\n```/.exec(prompt)?.[1] ?? '';
  const request = /`GET (\S+)` with the header `Host: (\S+)`/.exec(prompt);
  return {
    ingress: parse(yaml) as OracleIngress,
    path: request?.[1] ?? '',
    host: request?.[2] ?? '',
  };
}

/** 3 for a precise host, 2 for a one-label wildcard, 1 for no host, 0 for no match. */
function hostScore(ruleHost: string | undefined, host: string): number {
  if (ruleHost === undefined) return 1;
  if (ruleHost === host) return 3;
  if (!ruleHost.startsWith('*.')) return 0;
  const pattern = new RegExp(`^[^.]+${ruleHost.slice(1).replaceAll('.', '\\.')}$`);
  return pattern.test(host) ? 2 : 0;
}

/** The non-empty path elements, as arrays compared item by item. */
function elements(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

/** Whether a rule path matches, and the length it competes with (-1: no match). */
function score(rule: OraclePath, path: string): number {
  if (rule.pathType === 'Exact') return rule.path === path ? rule.path.length * 2 + 1 : -1;
  const want = elements(rule.path);
  const have = elements(path);
  const ok = want.length <= have.length && want.every((part, i) => have[i] === part);
  return ok ? want.join('/').length * 2 + (want.length > 0 ? 2 : 0) : -1;
}

/** The answer text the oracle expects for a stem. */
export function expectedAnswer(prompt: string): string {
  const { ingress, host, path } = ingressFromPrompt(prompt);
  const rules = ingress.spec.rules;
  const best = Math.max(0, ...rules.map((r) => hostScore(r.host, host)));
  let winner: { name: string; score: number } | null = null;
  for (const rule of rules.filter((r) => best > 0 && hostScore(r.host, host) === best)) {
    for (const candidate of rule.http.paths) {
      const s = score(candidate, path);
      if (s >= 0 && (winner === null || s > winner.score))
        winner = { name: candidate.backend.service.name, score: s };
    }
  }
  if (winner) return `Service ${winner.name}`;
  const fallback = ingress.spec.defaultBackend?.service.name;
  return fallback
    ? `Service ${fallback} (the default backend)`
    : 'No backend: the controller answers 404 Not Found itself';
}

/** The answer the oracle expects for a wildcard question: regular expressions per API. */
export function expectedWildcardAnswer(prompt: string): string {
  const pattern = /`host: "([^"]+)"`/.exec(prompt)?.[1] ?? '';
  const host = (/`Host: ([^`]+)`/.exec(prompt)?.[1] ?? '').toLowerCase();
  const escaped = pattern.replace(/^\*\./, '').replaceAll('.', '\\.');
  const wildcard = pattern.startsWith('*.');
  const ingress = new RegExp(wildcard ? `^[a-z0-9-]+\\.${escaped}$` : `^${escaped}$`).test(host);
  const gateway = new RegExp(wildcard ? `^([a-z0-9-]+\\.)+${escaped}$` : `^${escaped}$`).test(host);
  if (ingress && gateway) return 'Both the Ingress rule and the HTTPRoute';
  if (gateway) return 'Only the HTTPRoute';
  return ingress ? 'Only the Ingress rule' : 'Neither';
}
