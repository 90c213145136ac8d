/**
 * Gateway API hostnames: a precise name, or a wildcard `*.example.com` whose `*` stands for ONE
 * OR MORE leading labels (Ingress's wildcard stands for exactly one). Matching ignores case, a
 * port and a trailing dot in the request's host.
 */

/** How specific a matching hostname is: precedence compares these, largest first. */
export interface HostSpecificity {
  /** Characters of a matching precise (non-wildcard) hostname; 0 for a wildcard or none. */
  readonly precise: number;
  /** Characters of the matching hostname, wildcard or not; 0 when there is none. */
  readonly length: number;
}

/** The host as routing sees it: lower case, without a port or a trailing dot. */
export function normalizeHost(host: string): string {
  let name = host.trim().toLowerCase();
  if (name.startsWith('[')) return name.slice(0, name.indexOf(']') + 1) || name;
  const colon = name.lastIndexOf(':');
  if (colon !== -1 && /^\d*$/.test(name.slice(colon + 1))) name = name.slice(0, colon);
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/** Whether a hostname is a wildcard (`*.` then a domain). */
export function isWildcard(hostname: string): boolean {
  return hostname.startsWith('*.');
}

/** Whether a (normalized) request host matches a hostname: equal, or under a wildcard by one or more labels. */
export function hostMatches(hostname: string, host: string): boolean {
  const pattern = hostname.toLowerCase();
  if (!isWildcard(pattern)) return pattern === host;
  const suffix = pattern.slice(1); // ".example.com"
  return host.length > suffix.length && host.endsWith(suffix);
}

/** Whether a listener hostname and a route hostname have a host in common (attachment). */
export function hostnamesIntersect(listener: string, route: string): boolean {
  const a = listener.toLowerCase();
  const b = route.toLowerCase();
  if (a === b) return true;
  if (isWildcard(a) && hostMatches(a, b.replace(/^\*\./, 'x.'))) return true;
  return isWildcard(b) && hostMatches(b, a.replace(/^\*\./, 'x.'));
}

/** The specificity of a matching hostname (undefined: none, the least specific). */
export function specificity(hostname: string | undefined): HostSpecificity {
  if (hostname === undefined) return { precise: 0, length: 0 };
  return { precise: isWildcard(hostname) ? 0 : hostname.length, length: hostname.length };
}

/** Compares two specificities: negative when `a` is more specific (sorts first). */
export function compareSpecificity(a: HostSpecificity, b: HostSpecificity): number {
  return b.precise - a.precise || b.length - a.length;
}

/** The most specific of the hostnames that match the host, or undefined when none does. */
export function bestMatchingHostname(
  hostnames: readonly string[],
  host: string,
): string | undefined {
  let best: string | undefined;
  for (const hostname of hostnames) {
    if (!hostMatches(hostname, host)) continue;
    if (best === undefined || compareSpecificity(specificity(hostname), specificity(best)) < 0) {
      best = hostname;
    }
  }
  return best;
}
