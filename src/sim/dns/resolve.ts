import { InputError } from '../ip/input-error';
import { candidateNames } from './candidates';
import { checkCluster } from './check';
import { lookupName, compileDns, upstreamAnswer, type Answer, type CompiledDns } from './lookup';
import { canonicalIp, reverseName } from './names';
import { resolvConf } from './resolv-conf';
import type { DnsCluster, DnsQuery, QueryType, ResolveResult, TriedName } from './types';

// One lookup from a pod: the stub resolver tries the candidate names in order and the cluster
// DNS answers each. NXDOMAIN and NODATA move on to the next candidate (glibc keeps searching
// after both); the first name with an answer ends the search, and so does a forwarded name
// (its upstream answer is not modelled) unless the cluster lists `upstreamNames`.

const TYPES: QueryType[] = ['A', 'AAAA', 'SRV', 'PTR', 'TXT'];

/** The trace entry of one answer, and whether the search stops there. */
function step(dns: CompiledDns, name: string, answer: Answer): { tried: TriedName; stop: boolean } {
  if (answer.rcode !== 'FORWARDED') {
    return { tried: { name, rcode: answer.rcode }, stop: answer.rcode === 'NOERROR' };
  }
  const upstream = upstreamAnswer(dns.cluster, name);
  if (upstream === undefined) return { tried: { name, rcode: 'FORWARDED' }, stop: true };
  return { tried: { name, rcode: 'FORWARDED', upstream }, stop: upstream === 'NOERROR' };
}

/** The name to send: an IP typed for a PTR lookup becomes its reverse name (as `dig -x` does). */
function questionName(query: DnsQuery): string {
  if (!TYPES.includes(query.type)) {
    throw new InputError(
      `Record type "${String(query.type)}" is not one of ${TYPES.join(', ')}.`,
      'type',
    );
  }
  const typed = query.name.trim();
  if (query.type === 'PTR' && canonicalIp(typed) !== null) return reverseName(typed);
  return typed;
}

/** Runs one lookup on an already compiled cluster (what benchmarks and islands reuse). */
export function resolveCompiled(dns: CompiledDns, query: DnsQuery): ResolveResult {
  const conf = query.conf ?? resolvConf(query.fromNamespace, { zone: dns.cluster.zone });
  const tried: TriedName[] = [];
  for (const name of candidateNames(questionName(query), conf)) {
    const answer = lookupName(dns, name, query.type);
    const next = step(dns, name, answer);
    tried.push(next.tried);
    if (next.stop) return { tried, answers: answer.records };
  }
  return { tried, answers: [] };
}

/** Checks and compiles a cluster for repeated lookups. */
export function compileCluster(cluster: DnsCluster): CompiledDns {
  checkCluster(cluster);
  return compileDns(cluster);
}

/** Resolves a name from a pod the way its stub resolver and the cluster DNS would. */
export function resolve(cluster: DnsCluster, query: DnsQuery): ResolveResult {
  return resolveCompiled(compileCluster(cluster), query);
}
