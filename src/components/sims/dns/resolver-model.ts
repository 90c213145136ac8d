import {
  compileCluster,
  isInputError,
  lookupAddress,
  podResolvConf,
  renderResolvConf,
  resolveCompiled,
  type CompiledDns,
  type DnsPolicy,
  type DnsRecord,
  type QueryType,
} from '~/sim/dns';
import { DEMO_CLUSTER, DEMO_NODE, DEMO_PODS } from './demo-cluster';

const CLUSTER_DNS = '10.96.0.10';

// What the DNS resolver island shows for one choice of pod, dnsPolicy, ndots, name and type:
// the pod's resolv.conf, each name tried with the answer to each question, the query count and
// the records. Runs at build time for the first view and in the browser after the lazy load.

export type LookupKind = 'A+AAAA' | QueryType;

/** The learner's choices. */
export interface ResolverInput {
  pod: string; // a DEMO_PODS id
  policy: DnsPolicy;
  ndots: 'policy' | '1' | '2' | '5';
  name: string;
  kind: LookupKind;
}

/** One row of the trace: a name and the answer to each question sent for it. */
export interface TraceRow {
  name: string;
  results: string[]; // one per column
}

/** Everything the island renders. */
export interface ResolverView {
  resolvConf: string;
  notes: string[];
  columns: string[];
  rows: TraceRow[];
  queries: number;
  answers: string[];
  summary: string;
}

/** A view, or the learner's mistake and the field it belongs to. */
export type ResolverOutcome = { view: ResolverView } | { error: string; field: string };

const compiled = new Map<string, CompiledDns>();

/** The note shown when the pod does not ask the cluster DNS. */
function otherServerNote(server: string): string {
  return `This pod asks ${server}, the node’s resolver, not the cluster DNS: it knows no cluster names, so every name goes upstream and cluster.local names come back NXDOMAIN.`;
}

/**
 * The server the pod asks, compiled once: the cluster DNS, or the node's resolver, modelled as
 * a server with no zone of its own (`invalid` is reserved and never asked) that forwards all.
 */
function serverFor(clusterDns: boolean): CompiledDns {
  const key = clusterDns ? 'cluster' : 'node';
  let dns = compiled.get(key);
  if (dns === undefined) {
    const cluster = clusterDns
      ? DEMO_CLUSTER
      : { ...DEMO_CLUSTER, zone: 'invalid', services: [], pods: [], podsMode: 'disabled' as const };
    dns = compileCluster(cluster);
    compiled.set(key, dns);
  }
  return dns;
}

/** A record as one line of dig-like text. */
export function recordText(r: DnsRecord): string {
  if (r.type === 'SRV')
    return `${r.name} SRV ${String(r.priority ?? 0)} ${String(r.weight ?? 0)} ${String(r.port ?? 0)} ${r.target ?? ''}`;
  return `${r.name} ${r.type} ${r.data ?? ''}`;
}

/** An rcode as the trace shows it, with upstream's answer for forwarded names. */
function rcodeText(rcode: string, upstream?: string): string {
  return rcode === 'FORWARDED' && upstream !== undefined
    ? `FORWARDED → upstream ${upstream}`
    : rcode;
}

/** The pod's resolv.conf for the choices. */
function confFor(input: ResolverInput) {
  const pod = DEMO_PODS.find((p) => p.id === input.pod) ?? DEMO_PODS[0];
  const namespace = pod?.namespace ?? 'default';
  const none = input.policy === 'None';
  const ndots = input.ndots === 'policy' ? [] : [{ name: 'ndots', value: input.ndots }];
  const dnsConfig = none
    ? {
        nameservers: [CLUSTER_DNS],
        searches: [`${namespace}.svc.cluster.local`],
        options: ndots.length > 0 ? ndots : [{ name: 'ndots', value: '2' }],
      }
    : { options: ndots };
  const spec = {
    namespace,
    dnsPolicy: input.policy,
    hostNetwork: pod?.hostNetwork ?? false,
    dnsConfig,
  };
  return { namespace, conf: podResolvConf(spec, { node: DEMO_NODE }) };
}

/** Works out the view; a mistake comes back as text for its field. */
export function computeView(input: ResolverInput): ResolverOutcome {
  try {
    return { view: viewFor(input) };
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { error: error.message, field: error.field ?? 'name' };
  }
}

/** The view for valid choices (throws InputError otherwise). */
function viewFor(input: ResolverInput): ResolverView {
  const { namespace, conf } = confFor(input);
  const clusterDns = conf.nameserver === CLUSTER_DNS;
  const dns = serverFor(clusterDns);
  const notes = clusterDns ? conf.notes : [...conf.notes, otherServerNote(conf.nameserver)];
  const base = { resolvConf: renderResolvConf(conf), notes };
  if (input.kind === 'A+AAAA') {
    const trace = lookupAddress(dns, namespace, input.name, conf);
    const rows = trace.steps.map((s) => ({
      name: s.name,
      results: [rcodeText(s.a, s.upstream), rcodeText(s.aaaa, s.upstream)],
    }));
    const last = trace.steps.at(-1);
    const answered =
      last !== undefined &&
      (last.a === 'NOERROR' ||
        last.aaaa === 'NOERROR' ||
        (last.a === 'FORWARDED' && last.upstream !== 'NXDOMAIN'));
    const summary = summaryOf(input.name, rows.length, trace.queries, answered);
    return {
      ...base,
      columns: ['A', 'AAAA'],
      rows,
      queries: trace.queries,
      answers: trace.answers.map(recordText),
      summary,
    };
  }
  const query = { fromNamespace: namespace, name: input.name, type: input.kind, conf };
  const result = resolveCompiled(dns, query);
  const rows = result.tried.map((t) => ({
    name: t.name,
    results: [rcodeText(t.rcode, t.upstream)],
  }));
  const last = result.tried.at(-1);
  const answered =
    last !== undefined &&
    (last.rcode === 'NOERROR' || (last.rcode === 'FORWARDED' && last.upstream !== 'NXDOMAIN'));
  const summary = summaryOf(input.name, rows.length, rows.length, answered);
  return {
    ...base,
    columns: [input.kind],
    rows,
    queries: rows.length,
    answers: result.answers.map(recordText),
    summary,
  };
}

/** One sentence: how many names and queries, and whether an answer came back. */
function summaryOf(name: string, names: number, queries: number, answered: boolean): string {
  const outcome = answered ? 'an answer came back' : 'no name answered, so the lookup fails';
  return `${name.trim()}: ${String(names)} name${names === 1 ? '' : 's'} tried, ${String(queries)} quer${queries === 1 ? 'y' : 'ies'} sent; ${outcome}.`;
}
