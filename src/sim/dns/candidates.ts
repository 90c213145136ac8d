import { dotsIn, fqdn, parseName } from './names';
import type { ResolvConf } from './types';

// The order in which a glibc stub resolver (res_search) tries names: a trailing dot means
// "exactly this name"; a name with at least ndots dots is tried as given first; otherwise the
// search list comes first and the name as given last. Each search domain is tried in order.

/** The fully qualified names the stub resolver tries for `name`, in order. */
export function candidateNames(name: string, conf: Pick<ResolvConf, 'search' | 'ndots'>): string[] {
  const parsed = parseName(name);
  if (parsed.absolute) return [fqdn(parsed.name)];
  const asIs = fqdn(parsed.name);
  const first = dotsIn(parsed.name) >= conf.ndots;
  const searched = conf.search.map((domain) => fqdn(`${parsed.name}.${domain.replace(/\.$/, '')}`));
  return first ? [asIs, ...searched] : [...searched, asIs];
}
