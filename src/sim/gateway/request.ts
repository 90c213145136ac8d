import { InputError } from '../ip';
import { normalizeHost } from './hostnames';
import type { NormalizedRequest } from './match';
import type { GatewayRequest } from './types';

/** Reads `a=1&b=2` into a map (the first value of a repeated name wins). */
function parseQuery(text: string): Map<string, string> {
  const query = new Map<string, string>();
  for (const part of text.split('&')) {
    if (part === '') continue;
    const [name = '', value = ''] = part.split(/=(.*)/s);
    const key = decodeComponent(name);
    if (!query.has(key)) query.set(key, decodeComponent(value));
  }
  return query;
}

/** Decodes a URL component, keeping it as typed when it is not valid percent-encoding. */
function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}

/**
 * Checks and normalizes a request: the host without port, the path without its `?query` (whose
 * parameters join `query`, which wins on a clash), the method in upper case (default GET), header
 * names in lower case. Throws InputError for an empty host or a path not starting with "/".
 */
export function normalizeRequest(request: GatewayRequest): NormalizedRequest {
  const host = normalizeHost(request.host);
  if (host === '')
    throw new InputError('Type the host the request is sent to, e.g. shop.example.com.', 'host');
  const raw = request.path.trim();
  if (!raw.startsWith('/')) {
    throw new InputError(
      `The path "${raw}" must start with "/" (for example /api/orders).`,
      'path',
    );
  }
  const withoutFragment = raw.split('#')[0] ?? raw;
  const mark = withoutFragment.indexOf('?');
  const path = mark === -1 ? withoutFragment : withoutFragment.slice(0, mark);
  const query =
    mark === -1 ? new Map<string, string>() : parseQuery(withoutFragment.slice(mark + 1));
  for (const [name, value] of Object.entries(request.query ?? {})) query.set(name, value);
  const method = (request.method ?? 'GET').trim().toUpperCase() || 'GET';
  if (!/^[A-Z]+$/.test(method)) {
    throw new InputError(
      `"${method}" is not an HTTP method: use one like GET, POST or DELETE.`,
      'method',
    );
  }
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(request.headers ?? {}))
    headers.set(name.toLowerCase(), value);
  return { host, path, method, headers, query };
}
