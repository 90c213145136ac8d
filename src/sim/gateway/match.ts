import type { HTTPPathMatch, HTTPRouteMatch, HTTPValueMatch } from './types';

/** The request as matching sees it: path without its query, names of headers in lower case. */
export interface NormalizedRequest {
  readonly host: string;
  readonly path: string;
  readonly method: string;
  readonly headers: ReadonlyMap<string, string>;
  readonly query: ReadonlyMap<string, string>;
}

/** A match with the API defaults applied: path PathPrefix "/", value types Exact. */
export interface EffectiveMatch {
  readonly pathType: 'Exact' | 'PathPrefix' | 'RegularExpression';
  readonly pathValue: string;
  readonly headers: readonly HTTPValueMatch[];
  readonly queryParams: readonly HTTPValueMatch[];
  readonly method: string | undefined;
}

/** The first entry per name (header names compared without case): later duplicates are ignored, as the spec says. */
function firstPerName(entries: readonly HTTPValueMatch[], foldCase: boolean): HTTPValueMatch[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const name = foldCase ? entry.name.toLowerCase() : entry.name;
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

/** Applies the API defaults to a match (a missing match or path is PathPrefix "/"). */
export function effectiveMatch(match: HTTPRouteMatch | undefined): EffectiveMatch {
  const path: HTTPPathMatch = match?.path ?? {};
  return {
    pathType: path.type ?? 'PathPrefix',
    pathValue: path.value ?? '/',
    headers: firstPerName(match?.headers ?? [], true),
    queryParams: firstPerName(match?.queryParams ?? [], false),
    method: match?.method,
  };
}

/** Compiled patterns (null: invalid), kept so a pattern is compiled once per page. */
const compiled = new Map<string, RegExp | null>();
const MAX_COMPILED = 512;

/** Whether a pattern matches the whole text; an invalid pattern matches nothing. */
export function fullRegexMatch(pattern: string, text: string): boolean {
  let regex = compiled.get(pattern);
  if (regex === undefined) {
    try {
      regex = new RegExp(`^(?:${pattern})$`, 'u');
    } catch {
      regex = null;
    }
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(pattern, regex);
  }
  return regex !== null && regex.test(text);
}

/** Whether a path matches a PathPrefix value element by element (`/abc` matches `/abc/x`, not `/abcd`). */
export function prefixMatches(prefix: string, path: string): boolean {
  const base = prefix.length > 1 && prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  if (base === '/') return true;
  return path === base || path.startsWith(`${base}/`);
}

/** Why the path fails the match, or null when it passes. */
function pathFailure(match: EffectiveMatch, path: string): string | null {
  const { pathType, pathValue } = match;
  if (pathType === 'Exact')
    return path === pathValue ? null : `path ${path} is not exactly ${pathValue}`;
  if (pathType === 'PathPrefix') {
    return prefixMatches(pathValue, path)
      ? null
      : `path ${path} does not start with the element(s) ${pathValue}`;
  }
  return fullRegexMatch(pathValue, path)
    ? null
    : `path ${path} does not match the regular expression ${pathValue}`;
}

/** Why a header or query value fails its match, or null when it passes. */
function valueFailure(
  what: string,
  entry: HTTPValueMatch,
  actual: string | undefined,
): string | null {
  if (actual === undefined) return `the request has no ${what} ${entry.name}`;
  const ok =
    (entry.type ?? 'Exact') === 'Exact'
      ? actual === entry.value
      : fullRegexMatch(entry.value, actual);
  return ok
    ? null
    : `${what} ${entry.name} is "${actual}", not ${entry.type === 'RegularExpression' ? 'matching ' : ''}"${entry.value}"`;
}

/** Whether the request satisfies every condition of the match (no sentences built). */
export function matchesRequest(match: EffectiveMatch, request: NormalizedRequest): boolean {
  const { pathType, pathValue } = match;
  const path = request.path;
  if (
    pathType === 'Exact'
      ? path !== pathValue
      : pathType === 'PathPrefix'
        ? !prefixMatches(pathValue, path)
        : !fullRegexMatch(pathValue, path)
  ) {
    return false;
  }
  if (match.method !== undefined && match.method !== request.method) return false;
  return matchFailure(match, request) === null;
}

/** Why the request fails the match (the first condition that fails), or null when it matches. */
export function matchFailure(match: EffectiveMatch, request: NormalizedRequest): string | null {
  const path = pathFailure(match, request.path);
  if (path) return path;
  if (match.method !== undefined && match.method !== request.method) {
    return `method is ${request.method}, not ${match.method}`;
  }
  for (const header of match.headers) {
    const failure = valueFailure('header', header, request.headers.get(header.name.toLowerCase()));
    if (failure) return failure;
  }
  for (const param of match.queryParams) {
    const failure = valueFailure('query parameter', param, request.query.get(param.name));
    if (failure) return failure;
  }
  return null;
}

/** Describes a match in a few words: "PathPrefix /api, method POST, 1 header". */
export function describeMatch(match: EffectiveMatch): string {
  const parts = [`${match.pathType} ${match.pathValue}`];
  if (match.method !== undefined) parts.push(`method ${match.method}`);
  if (match.headers.length > 0)
    parts.push(plural(match.headers.length, 'header match', 'header matches'));
  if (match.queryParams.length > 0) {
    parts.push(plural(match.queryParams.length, 'query match', 'query matches'));
  }
  return parts.join(', ');
}

/** "1 header match", "2 header matches". */
export function plural(count: number, one: string, many: string): string {
  return `${String(count)} ${count === 1 ? one : many}`;
}
