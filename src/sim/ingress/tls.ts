import { ingressKey } from './classes';
import { hostMatchOf, requestHostOf } from './match';
import type { Ingress, TlsResult } from './types';

// TLS termination: which spec.tls entry (and so which Secret) serves a host named in the TLS
// ClientHello's SNI. A precise host beats a wildcard; an entry without hosts covers every host.

/** Rank of a TLS host match: lower is more specific. */
const RANK = { exact: 0, wildcard: 1, any: 2 } as const;

/**
 * The certificate that terminates TLS for a server name (SNI), or null when no spec.tls entry
 * covers it (the controller then presents its own default certificate).
 *
 * @example
 * certificateFor([shop], 'shop.example.com'); // { ingress: 'default/shop', tls: 0, secretName: 'shop-tls', hostMatch: 'exact' }
 */
export function certificateFor(
  ingresses: readonly Ingress[],
  serverName: string,
): TlsResult | null {
  const host = requestHostOf(serverName);
  let best: TlsResult | null = null;
  for (const ingress of ingresses) {
    (ingress.spec.tls ?? []).forEach((entry, t) => {
      const hosts = entry.hosts ?? [];
      const matches =
        hosts.length === 0 ? ['any' as const] : hosts.map((h) => hostMatchOf(h, host));
      for (const match of matches) {
        if (match === 'none') continue;
        if (best && RANK[best.hostMatch] <= RANK[match]) continue;
        best = {
          ingress: ingressKey(ingress),
          tls: t,
          secretName: entry.secretName,
          hostMatch: match,
        };
      }
    });
  }
  return best;
}

/** Hosts that a rule routes but no spec.tls entry of the same Ingress covers (served without its certificate). */
export function hostsWithoutTls(ingress: Ingress): string[] {
  const hosts = (ingress.spec.rules ?? []).flatMap((rule) => (rule.host ? [rule.host] : []));
  const covered = (ingress.spec.tls ?? []).flatMap((entry) => entry.hosts ?? []);
  const entries = ingress.spec.tls ?? [];
  if (entries.length === 0 || entries.some((e) => (e.hosts ?? []).length === 0)) return [];
  return [...new Set(hosts)].filter(
    (host) =>
      !covered.some(
        (c) =>
          c === host ||
          (c.startsWith('*.') && !host.startsWith('*.') && hostMatchOf(c, host) !== 'none'),
      ),
  );
}
