import { InputError } from '../ip/input-error';
import type { HostMatch, HTTPIngressPath } from './types';

// Path and host matching exactly as the networking.k8s.io/v1 Ingress API defines them.
// ImplementationSpecific is up to each controller; this engine treats it as Prefix.

/** A request path without its query string or fragment; refuses one that does not start with '/'. */
export function requestPathOf(requestPath: string): string {
  const path = requestPath.split(/[?#]/, 1)[0] ?? '';
  if (!path.startsWith('/')) {
    throw new InputError(
      `The request path ${JSON.stringify(requestPath)} must start with '/', as in /shop/cart.`,
      'path',
    );
  }
  return path;
}

/** A path without one trailing '/', so that /foo/ and /foo name the same elements ('/' stays '/'). */
function withoutTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** Whether every '/'-separated element of `prefix` equals the element at the same place in `path`. */
export function isElementPrefix(prefix: string, path: string): boolean {
  const rule = withoutTrailingSlash(prefix);
  if (rule === '/') return true;
  const request = withoutTrailingSlash(path);
  if (!request.startsWith(rule)) return false;
  // The next character must end the last element: /foo matches /foo and /foo/bar, not /foobar.
  return request.length === rule.length || request[rule.length] === '/';
}

/**
 * Whether an Ingress path matches a request path. Exact: the same string, case-sensitive.
 * Prefix: element by element on '/', a trailing '/' on either side ignored. ImplementationSpecific:
 * treated as Prefix here (a controller may differ). A missing path means '/'.
 *
 * @example
 * matchPath({ path: '/foo', pathType: 'Prefix' }, '/foo/bar'); // true
 * matchPath({ path: '/foo', pathType: 'Prefix' }, '/foobar');  // false
 * matchPath({ path: '/foo', pathType: 'Exact' }, '/foo/');     // false
 */
export function matchPath(
  path: Pick<HTTPIngressPath, 'pathType'> & { path?: string | undefined },
  requestPath: string,
): boolean {
  const request = requestPathOf(requestPath);
  if (path.pathType === 'Exact') return path.path === request;
  return isElementPrefix(path.path ?? '/', request);
}

/** The Host header without a port or a final dot, in lower case (host names ignore case). */
export function requestHostOf(requestHost: string): string {
  let host = requestHost.trim().toLowerCase();
  if (host.startsWith('[')) host = host.slice(0, host.indexOf(']') + 1 || host.length);
  else host = host.replace(/:\d*$/, '');
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/** How a rule's host relates to a request's Host: exact, through a wildcard, any (no host), or none. */
export function hostMatchOf(ruleHost: string | undefined, requestHost: string): HostMatch {
  if (ruleHost === undefined || ruleHost === '') return 'any';
  const host = requestHostOf(requestHost);
  const rule = ruleHost.toLowerCase();
  if (!rule.startsWith('*.')) return rule === host ? 'exact' : 'none';
  const suffix = rule.slice(1); // ".foo.com"
  if (!host.endsWith(suffix)) return 'none';
  const label = host.slice(0, -suffix.length);
  // The wildcard stands for exactly one DNS label: bar.foo.com yes, baz.bar.foo.com and foo.com no.
  return label !== '' && !label.includes('.') ? 'wildcard' : 'none';
}

/**
 * Whether a rule's host accepts a request's Host header. No host: every request. A precise host:
 * the same name. `*.foo.com`: exactly one more label in front of foo.com.
 *
 * @example
 * matchHost('*.foo.com', 'bar.foo.com');     // true
 * matchHost('*.foo.com', 'baz.bar.foo.com'); // false
 * matchHost(undefined, 'anything.example');  // true
 */
export function matchHost(ruleHost: string | undefined, requestHost: string): boolean {
  return hostMatchOf(ruleHost, requestHost) !== 'none';
}
