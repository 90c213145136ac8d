import { parseAllDocuments } from 'yaml';

// A hand-written router for the scenarios the gateway-backend generator shows (one Gateway with
// one HTTP listener, HTTPRoutes in the Gateway's namespace, Exact/PathPrefix paths, methods,
// header and query matches), reading the objects and the request back from the stem, so the
// tests check the engine's key by another code path. It returns the answer text it expects.

interface Match {
  path?: { type?: string; value?: string };
  method?: string;
  headers?: { name: string; value: string }[];
  queryParams?: { name: string; value: string }[];
}
interface Rule {
  matches?: Match[];
  backendRefs?: { name: string; namespace?: string }[];
}
interface Obj {
  kind: string;
  metadata: { name: string; namespace: string; creationTimestamp?: string };
  spec: {
    listeners?: { hostname?: string }[];
    hostnames?: string[];
    rules?: Rule[];
  };
}
interface Request {
  method: string;
  path: string;
  query: Record<string, string>;
  host: string;
  headers: Record<string, string>;
}

/** Reads the objects and the request back from a stem. */
export function gatewayFromPrompt(prompt: string): { objects: Obj[]; request: Request } {
  const yamlText = /```yaml\n([\s\S]*?)\n```/.exec(prompt)?.[1] ?? '';
  const objects = parseAllDocuments(yamlText).map((d) => d.toJS() as Obj);
  const lines = (/```http\n([\s\S]*?)\n```/.exec(prompt)?.[1] ?? '').split('\n');
  const [method = '', target = ''] = (lines[0] ?? '').split(' ');
  const [path = '', queryText = ''] = target.split('?');
  const headers: Record<string, string> = {};
  let host = '';
  for (const line of lines.slice(1)) {
    const [name = '', value = ''] = line.split(': ');
    if (name === 'Host') host = value;
    else headers[name.toLowerCase()] = value;
  }
  return {
    objects,
    request: {
      method,
      path,
      query: Object.fromEntries(new URLSearchParams(queryText)),
      host,
      headers,
    },
  };
}

/** Whether a Gateway API hostname pattern covers a host (a wildcard: one or more labels). */
function covers(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*')) return pattern === host;
  const labels = host.split('.');
  const tail = pattern.split('.').slice(1);
  return (
    labels.length > tail.length &&
    labels.slice(labels.length - tail.length).join('.') === tail.join('.')
  );
}

/** Whether a listener and a route hostname share some host. */
function overlap(a: string, b: string): boolean {
  const concrete = (p: string) => (p.startsWith('*') ? `z${p.slice(1)}` : p);
  return covers(a, concrete(b)) || covers(b, concrete(a));
}

/** Whether a request satisfies a match. */
function satisfies(m: Match, r: Request): boolean {
  const type = m.path?.type ?? 'PathPrefix';
  const value = m.path?.value ?? '/';
  if (type === 'Exact' && r.path !== value) return false;
  if (type === 'PathPrefix') {
    const want = value.split('/').filter(Boolean);
    const have = r.path.split('/').filter(Boolean);
    if (want.some((segment, i) => have[i] !== segment)) return false;
  }
  if (m.method !== undefined && m.method !== r.method) return false;
  if ((m.headers ?? []).some((h) => r.headers[h.name.toLowerCase()] !== h.value)) return false;
  return !(m.queryParams ?? []).some((q) => r.query[q.name] !== q.value);
}

/** The answer text the oracle expects for the stem. */
export function expectedGatewayAnswer(prompt: string): string {
  const { objects, request } = gatewayFromPrompt(prompt);
  const listenerHost = objects.find((o) => o.kind === 'Gateway')?.spec.listeners?.[0]?.hostname;
  if (listenerHost !== undefined && !covers(listenerHost, request.host))
    return '404 Not Found: no rule matches';
  let best: { score: (number | string)[]; rule: Rule; namespace: string } | undefined;
  for (const route of objects.filter((o) => o.kind === 'HTTPRoute')) {
    const own = route.spec.hostnames ?? [];
    const kept = listenerHost === undefined ? own : own.filter((h) => overlap(listenerHost, h));
    if (own.length > 0 && kept.length === 0) continue;
    const hits = kept.filter((h) => covers(h, request.host));
    if (kept.length > 0 && hits.length === 0) continue;
    const names = kept.length > 0 ? hits : listenerHost === undefined ? [] : [listenerHost];
    const precise = Math.max(0, ...names.filter((h) => !h.startsWith('*')).map((h) => h.length));
    const chars = Math.max(0, ...names.map((h) => h.length));
    const created = route.metadata.creationTimestamp
      ? Date.parse(route.metadata.creationTimestamp)
      : Infinity;
    (route.spec.rules ?? [{}]).forEach((rule, ruleIndex) => {
      for (const m of rule.matches && rule.matches.length > 0 ? rule.matches : [{}]) {
        if (!satisfies(m, request)) continue;
        const exact = m.path?.type === 'Exact' ? 0 : 1;
        const prefixLength = exact === 0 ? 0 : -(m.path?.value ?? '/').length;
        const score = [
          -precise,
          -chars,
          exact,
          prefixLength,
          m.method ? 0 : 1,
          -(m.headers?.length ?? 0),
          -(m.queryParams?.length ?? 0),
          created,
          `${route.metadata.namespace}/${route.metadata.name}`,
          ruleIndex,
        ];
        if (!best || less(score, best.score))
          best = { score, rule, namespace: route.metadata.namespace };
      }
    });
  }
  if (!best) return '404 Not Found: no rule matches';
  const ref = best.rule.backendRefs?.[0];
  if (!ref || (ref.namespace ?? best.namespace) !== best.namespace) {
    return '500 Internal Server Error: the winning rule has no valid backend';
  }
  return `Service ${best.namespace}/${ref.name}`;
}

/** Lexicographic comparison of two score lists. */
function less(a: (number | string)[], b: (number | string)[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}
