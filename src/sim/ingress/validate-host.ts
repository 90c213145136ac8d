import { quote } from '../netpol/names';

// The API server's checks on spec.rules[].host and spec.tls[].hosts[] entries, and on paths.

const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** What is wrong with a rule host ("foo.bar.com" or "*.foo.com"), or null when valid. */
export function hostProblem(host: string): string | null {
  if (IPV4.test(host) || host.includes(':')) {
    return `${quote(host)} is an IP address or has a port: a rule host must be a DNS name (the port is implicitly 80 for HTTP and 443 for HTTPS).`;
  }
  if (host === '*')
    return `a host cannot be '*' alone: leave host out to match every host, or write *.example.com.`;
  const name = host.startsWith('*.') ? host.slice(2) : host;
  if (name.includes('*')) {
    return `${quote(host)} puts '*' somewhere else than alone as the first label: only a leading *. is allowed (e.g. *.example.com).`;
  }
  if (name !== name.toLowerCase() && SUBDOMAIN.test(name.toLowerCase())) {
    return `${quote(host)} has upper-case letters: write it in lower case (${host.toLowerCase()}).`;
  }
  if (name.length > 253 || !SUBDOMAIN.test(name)) {
    return `${quote(host)} is not a valid DNS name: use lower-case letters, digits, '-' and '.' (e.g. shop.example.com).`;
  }
  return null;
}

const BAD_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const BAD_SUFFIXES = ['/..', '/.'];

/** What is wrong with a path for its pathType, or null when valid. */
export function pathProblem(path: string | undefined, pathType: string): string | null {
  if (path === undefined) {
    return pathType === 'ImplementationSpecific'
      ? null
      : `path is required when pathType is ${pathType}: add one such as path: /.`;
  }
  if (!path.startsWith('/')) return `the path ${quote(path)} must start with '/' (e.g. /${path}).`;
  if (pathType === 'ImplementationSpecific') return null;
  const sequence = BAD_SEQUENCES.find((bad) => path.includes(bad));
  if (sequence)
    return `the path ${quote(path)} must not contain '${sequence}' when pathType is ${pathType}.`;
  const suffix = BAD_SUFFIXES.find((bad) => path.endsWith(bad));
  if (suffix)
    return `the path ${quote(path)} must not end with '${suffix}' when pathType is ${pathType}.`;
  return null;
}
