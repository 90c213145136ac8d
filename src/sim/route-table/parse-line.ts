import { InputError } from '../ip/input-error';
import { parseIpv4 } from '../ip/ipv4';
import type { GatewayOfLastResort } from './types';

// Reads one line of `show ip route` into what it says: a route, a further equal-cost path of the
// route above, a "subnetted" header, the gateway of last resort, or a line to skip (legend, prompt,
// blank). Anything else is refused with the line number and what is wrong.

/** Where a route line sends traffic: its distance/metric (when printed), next hop and interface. */
export interface PathPart {
  distance: number | null;
  metric: number | null;
  nextHop: string | null;
  exitInterface: string | null;
  /** "is a summary" (an EIGRP summary route to Null0). */
  summary: boolean;
}

/** What one line says. */
export type ParsedLine =
  | { kind: 'skip' }
  | { kind: 'gateway'; value: GatewayOfLastResort | null }
  | { kind: 'header'; network: number; length: number; variable: boolean }
  | {
      kind: 'route';
      codeText: string;
      address: number;
      length: number | null;
      /** Null when IOS wrapped the line: the "[AD/metric] via …" part is on the next line. */
      path: PathPart | null;
    }
  | { kind: 'continuation'; path: PathPart };

const SKIP_PATTERNS = [
  /^\s*$/,
  /^\s*Codes:/i,
  /^\s*[A-Za-z0-9*+%&]{1,3} - \S/, // a legend line: "D - EIGRP, EX - EIGRP external, …"
  /^\S+[#>]/, // a prompt: "R1#show ip route"
  /^\s*Routing Table:/i,
];
const GATEWAY_SET = /^\s*Gateway of last resort is (\S+) to network (\S+)\s*$/i;
const GATEWAY_UNSET = /^\s*Gateway of last resort is not set\s*$/i;
const INTERFACE = /^[A-Za-z][A-Za-z0-9\-/.:]*$/;
const MAX_METRIC = 4294967295;

/** Reads one line; `line` is its number, for messages. */
export function parseLine(text: string, line: number): ParsedLine {
  if (SKIP_PATTERNS.some((pattern) => pattern.test(text))) return { kind: 'skip' };
  const gateway = gatewayLine(text, line);
  if (gateway) return gateway;
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) return { kind: 'continuation', path: parseTail(trimmed, line) };
  const tokens = trimmed.split(/\s+/);
  const at = tokens.findIndex((token) => /^\d/.test(token));
  if (at < 0) {
    throw new InputError(
      `Line ${String(line)}: '${clip(trimmed)}' has no destination network. A route line reads like 'O 10.1.2.0/24 [110/2] via 10.0.0.2, GigabitEthernet0/0'.`,
      'table',
    );
  }
  const { address, length } = parseDestination(tokens[at] ?? '', line);
  const rest = tokens.slice(at + 1).join(' ');
  const header = /^is (variably )?subnetted\b/.exec(rest);
  if (header) {
    if (at > 0 || length === null) throw headerError(trimmed, line);
    return { kind: 'header', network: address, length, variable: header[1] !== undefined };
  }
  if (at === 0) {
    throw new InputError(
      `Line ${String(line)}: '${clip(trimmed)}' has no route code before the network. Start it with one, such as S (static), O (OSPF) or C (connected).`,
      'table',
    );
  }
  const codeText = tokens.slice(0, at).join(' ');
  const path = rest === '' ? null : parseTail(rest, line);
  return { kind: 'route', codeText, address, length, path };
}

/** The gateway of last resort line, when it is one. */
function gatewayLine(text: string, line: number): ParsedLine | null {
  if (GATEWAY_UNSET.test(text)) return { kind: 'gateway', value: null };
  const set = GATEWAY_SET.exec(text);
  if (!set) return null;
  const nextHop = set[1] ?? '';
  const network = set[2] ?? '';
  withLine(line, () => parseIpv4(nextHop, 'table'));
  return { kind: 'gateway', value: { nextHop, network } };
}

/** Reads "10.1.2.0/24" or "10.1.2.0" (the length then comes from a header). */
function parseDestination(token: string, line: number): { address: number; length: number | null } {
  const [addressText = '', lengthText, extra] = token.split('/');
  const address = withLine(line, () => parseIpv4(addressText, 'table'));
  if (
    extra !== undefined ||
    (lengthText !== undefined && !/^(\d|[12]\d|3[0-2])$/.test(lengthText))
  ) {
    throw new InputError(
      `Line ${String(line)}: '${token}' has a bad prefix length; after the slash write a whole number from 0 to 32.`,
      'table',
    );
  }
  return { address, length: lengthText === undefined ? null : Number(lengthText) };
}

/** Reads what follows the network: "[AD/metric] via hop, time, interface" or "is directly connected, interface". */
function parseTail(text: string, line: number): PathPart {
  const bracket = /^\[(\d+)\/(\d+)\]\s*/.exec(text);
  const distance = bracket ? Number(bracket[1]) : null;
  const metric = bracket ? Number(bracket[2]) : null;
  checkNumbers(distance, metric, line);
  const rest = bracket ? text.slice(bracket[0].length) : text;
  const parts = rest.split(',').map((part) => part.trim());
  const head = parts[0] ?? '';
  const interfaces = parts.slice(1).filter((part) => !/^\d/.test(part));
  const exitInterface = singleInterface(interfaces, line);
  const via = /^via\s+(\S+)$/.exec(head);
  if (via) {
    const nextHop = via[1] ?? '';
    withLine(line, () => parseIpv4(nextHop, 'table'));
    return { distance, metric, nextHop, exitInterface, summary: false };
  }
  if (/^is (directly connected|a summary)$/.test(head)) {
    if (exitInterface === null) throw missingInterface(line);
    return { distance, metric, nextHop: null, exitInterface, summary: head === 'is a summary' };
  }
  throw new InputError(
    `Line ${String(line)}: after the network, write where the route goes: '[AD/metric] via next-hop' (e.g. [1/0] via 10.0.0.2) or 'is directly connected, interface'. Found '${clip(rest)}'.`,
    'table',
  );
}

/** Checks the [AD/metric] figures: AD 0–255, metric a 32-bit number. */
function checkNumbers(distance: number | null, metric: number | null, line: number): void {
  if (distance !== null && distance > 255) {
    throw new InputError(
      `Line ${String(line)}: administrative distance ${String(distance)} is out of range; an AD is from 0 to 255.`,
      'table',
    );
  }
  if (metric !== null && metric > MAX_METRIC) {
    throw new InputError(
      `Line ${String(line)}: metric ${String(metric)} is too large; a metric is at most ${String(MAX_METRIC)}.`,
      'table',
    );
  }
}

/** The one interface after the commas (time stamps such as 00:01:12 are skipped). */
function singleInterface(candidates: string[], line: number): string | null {
  if (candidates.length > 1) {
    throw new InputError(
      `Line ${String(line)}: '${candidates.join(', ')}' names more than one interface; a path leaves through one.`,
      'table',
    );
  }
  const name = candidates[0];
  if (name === undefined) return null;
  if (!INTERFACE.test(name)) {
    throw new InputError(
      `Line ${String(line)}: '${clip(name)}' is not an interface name (e.g. GigabitEthernet0/0, Serial0/1/0, Null0).`,
      'table',
    );
  }
  return name;
}

/** The error for "is directly connected" without an interface. */
function missingInterface(line: number): InputError {
  return new InputError(
    `Line ${String(line)}: a directly connected route names its interface after a comma, e.g. 'is directly connected, GigabitEthernet0/1'.`,
    'table',
  );
}

/** The error for a malformed "subnetted" header. */
function headerError(text: string, line: number): InputError {
  return new InputError(
    `Line ${String(line)}: '${clip(text)}' looks like a header; IOS writes it as '10.0.0.0/24 is subnetted, 2 subnets' or '10.0.0.0/8 is variably subnetted, 3 subnets, 2 masks', with no code in front.`,
    'table',
  );
}

/** Runs a parse and puts the line number in front of its InputError. */
function withLine<T>(line: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof InputError) {
      throw new InputError(`Line ${String(line)}: ${error.message}`, 'table');
    }
    throw error;
  }
}

/** Shortens echoed text so a pasted page is not repeated back. */
export function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
