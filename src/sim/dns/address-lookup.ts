import { candidateNames } from './candidates';
import { lookupName, upstreamAnswer, type CompiledDns } from './lookup';
import { resolvConf } from './resolv-conf';
import type { DnsRecord, Rcode, ResolvConf } from './types';

// What `curl <name>` costs: glibc's getaddrinfo with no address family sends an A and an AAAA
// question for each candidate name, and stops at the first name where either has an answer.
// The query count is what the cluster DNS (and, for forwarded names, upstream) receives.

/** One candidate name with both answers. */
export interface AddressStep {
  name: string;
  a: Rcode;
  aaaa: Rcode;
  upstream?: 'NOERROR' | 'NXDOMAIN';
}

/** The whole trace of an address lookup. */
export interface AddressLookup {
  steps: AddressStep[];
  queries: number;
  answers: DnsRecord[];
}

/** Resolves a host name for A and AAAA together, as getaddrinfo(AF_UNSPEC) does. */
export function lookupAddress(
  dns: CompiledDns,
  fromNamespace: string,
  name: string,
  conf?: ResolvConf,
): AddressLookup {
  const used = conf ?? resolvConf(fromNamespace, { zone: dns.cluster.zone });
  const steps: AddressStep[] = [];
  for (const candidate of candidateNames(name, used)) {
    const a = lookupName(dns, candidate, 'A');
    const aaaa = lookupName(dns, candidate, 'AAAA');
    if (a.rcode === 'FORWARDED') {
      const upstream = upstreamAnswer(dns.cluster, candidate);
      steps.push({ name: candidate, a: a.rcode, aaaa: aaaa.rcode, ...(upstream && { upstream }) });
      if (upstream !== 'NXDOMAIN') return { steps, queries: steps.length * 2, answers: [] };
      continue;
    }
    steps.push({ name: candidate, a: a.rcode, aaaa: aaaa.rcode });
    const answers = [...a.records, ...aaaa.records.filter((r) => r.type !== 'CNAME')];
    if (a.rcode === 'NOERROR' || aaaa.rcode === 'NOERROR')
      return { steps, queries: steps.length * 2, answers };
  }
  return { steps, queries: steps.length * 2, answers: [] };
}
