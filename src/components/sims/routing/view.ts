// What the routing playground shows, as plain data the engines' adapters fill in (at build time
// for the first view, in the browser after that), and the small pure helpers the island needs.
import type { PlaygroundRequest } from './presets';

/** A located problem in the pasted manifests. */
export interface ManifestProblem {
  document: number;
  line: number;
  column: number;
  message: string;
}

/** The verdict for one request: the status, what answers, and why. */
export interface VerdictView {
  /** The HTTP status (200, a redirect, 404 or 500); null when the request could not be read. */
  status: number | null;
  /** One line: "200 → Service shop/checkout:8080" or "404 Not Found". */
  headline: string;
  /** The winning route/Ingress, rule and match, when there is one. */
  winner: string | null;
  reasons: string[];
}

/** One row of the test table. */
export interface TestRow {
  request: string;
  status: string;
  answer: string;
}

/** Everything the routing tab shows. */
export interface PlaygroundView {
  api: 'ingress' | 'gateway';
  problems: ManifestProblem[];
  /** What was read: "1 Gateway, 2 HTTPRoutes". */
  summary: string;
  verdict: VerdictView;
  /** Which request field is wrong, with the message, when one is. */
  requestError: { field: string; message: string } | null;
  tests: TestRow[];
}

/** Everything the converter tab shows. */
export interface ConversionView {
  problems: ManifestProblem[];
  ingressYaml: string;
  routesYaml: string;
  listenersYaml: string;
  notes: { field: string; message: string }[];
}

/** Reads "Name: value" lines into headers; blank lines are skipped. */
export function parseHeaderLines(
  text: string,
): { headers: Record<string, string> } | { error: string } {
  const headers: Record<string, string> = {};
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const colon = line.indexOf(':');
    const name = colon === -1 ? '' : line.slice(0, colon).trim();
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) {
      return {
        error: `Header line ${String(i + 1)} should read "Name: value", like "x-env: canary".`,
      };
    }
    headers[name] = line.slice(colon + 1).trim();
  }
  return { headers };
}

/** A request as one line: "POST store.example.com/cart (x-beta: true)". */
export function requestLine(request: PlaygroundRequest, api: 'ingress' | 'gateway'): string {
  const head = api === 'ingress' ? '' : `${request.method.trim().toUpperCase() || 'GET'} `;
  const headers = request.headers
    .trim()
    .split('\n')
    .filter((l) => l.trim() !== '');
  const extra =
    api === 'gateway' && headers.length > 0 ? ` (${headers.map((h) => h.trim()).join(', ')})` : '';
  return `${head}${request.host}${request.path}${extra}`;
}

/** "1 Gateway, 2 HTTPRoutes": counts of what was read, skipping zeros. */
export function countSummary(counts: readonly [number, string, string][]): string {
  const parts = counts
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${String(n)} ${n === 1 ? one : many}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}
