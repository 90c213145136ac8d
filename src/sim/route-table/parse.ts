import { InputError } from '../ip/input-error';
import { formatIpv4, maskFromPrefix } from '../ip/ipv4';
import { defaultDistance, parseRouteCode } from './codes';
import { MAX_CHARS, MAX_LINE_LENGTH, MAX_LINES } from './limits';
import { parseLine, type PathPart } from './parse-line';
import { isIpv6Table, parseIpv6Routes } from './parse6';
import type { Route, RouteTable } from './types';

// Reads the text of Cisco IOS `show ip route` into a RouteTable (`show ipv6 route`: see parse6.ts). Real output prints the
// prefix length on every line under a "variably subnetted" header, but only in the header when all
// subnets of a classful network share one mask ("172.16.0.0/24 is subnetted, 2 subnets"): both work.

/** The "subnetted" header in force: its classful network and, when masks do not vary, their length. */
interface Header {
  major: number;
  majorLength: number;
  length: number;
  variable: boolean;
}

/** A route line whose path IOS wrapped onto the next line, waiting for it. */
interface Wrapped {
  codeText: string;
  address: number;
  length: number;
  line: number;
}

/** The error for a route line with nothing after its network and no "[AD/metric] via" line below. */
function unfinished(line: number): InputError {
  return new InputError(
    `Line ${String(line)}: the route has nothing after its network. Write where it goes on the same line, or on the next one as IOS does when a line is long ('[110/2] via 10.0.0.2, GigabitEthernet0/0').`,
    'table',
  );
}

/** Parses `show ip route` text; a malformed line throws an InputError naming the line. */
export function parseRouteTable(text: string): RouteTable {
  const lines = checkSize(text);
  if (isIpv6Table(lines)) return { family: 6, routes: parseIpv6Routes(lines) };
  const routes: Route[] = [];
  const table: RouteTable = { family: 4, routes };
  let header: Header | null = null;
  let wrapped: Wrapped | null = null;
  lines.forEach((content, index) => {
    const line = index + 1;
    const parsed = parseLine(content, line);
    if (wrapped) {
      if (parsed.kind !== 'continuation') throw unfinished(wrapped.line);
      routes.push(routeFrom({ ...wrapped, path: parsed.path }));
      wrapped = null;
      return;
    }
    if (parsed.kind === 'gateway') table.gatewayOfLastResort = parsed.value;
    if (parsed.kind === 'header')
      header = headerFrom(parsed.network, parsed.length, parsed.variable);
    if (parsed.kind === 'continuation') routes.push(continuation(routes.at(-1), parsed.path, line));
    if (parsed.kind !== 'route') return;
    if (header && !inside(header, parsed.address)) header = null;
    const length = parsed.length ?? lengthFromHeader(header, parsed.address, line);
    const { codeText, address, path } = parsed;
    if (path) routes.push(routeFrom({ codeText, address, length, path, line }));
    else wrapped = { codeText, address, length, line };
  });
  if (wrapped !== null) throw unfinished((wrapped as Wrapped).line);
  return table;
}

/** Refuses text too large to be one router's table; returns its lines. */
function checkSize(text: string): string[] {
  if (text.length > MAX_CHARS) {
    throw new InputError(
      `The table is ${text.length.toLocaleString('en-US')} characters long; paste at most ${MAX_CHARS.toLocaleString('en-US')} (one router's show ip route).`,
      'table',
    );
  }
  const lines = text.split(/\r?\n/);
  if (lines.length > MAX_LINES) {
    throw new InputError(
      `The table has ${String(lines.length)} lines; paste at most ${String(MAX_LINES)} (one router's show ip route).`,
      'table',
    );
  }
  const long = lines.findIndex((line) => line.length > MAX_LINE_LENGTH);
  if (long >= 0) {
    throw new InputError(
      `Line ${String(long + 1)} is ${String(lines[long]?.length ?? 0)} characters long; a route line is at most ${String(MAX_LINE_LENGTH)}.`,
      'table',
    );
  }
  return lines;
}

/** The classful length of an address: /8 for class A, /16 for B, /24 for C (and above). */
function classfulLength(address: number): number {
  const first = address >>> 24;
  return first < 128 ? 8 : first < 192 ? 16 : 24;
}

/** A header's scope: the classful network it names (or its own length, if shorter). */
function headerFrom(network: number, length: number, variable: boolean): Header {
  const majorLength = Math.min(classfulLength(network), length);
  const major = (network & maskFromPrefix(majorLength)) >>> 0;
  return { major, majorLength, length, variable };
}

/** Whether an address lies in the header's classful network. */
function inside(header: Header, address: number): boolean {
  return (address & maskFromPrefix(header.majorLength)) >>> 0 === header.major;
}

/** The length of a line that prints none: the header's, when one is in force and masks do not vary. */
function lengthFromHeader(header: Header | null, address: number, line: number): number {
  const shown = formatIpv4(address);
  if (header && !header.variable) return header.length;
  if (header) {
    throw new InputError(
      `Line ${String(line)}: ${shown} has no prefix length. Under a 'variably subnetted' header each line gives its own (write ${shown}/24, for example).`,
      'table',
    );
  }
  throw new InputError(
    `Line ${String(line)}: ${shown} has no prefix length. Write ${shown}/24 (for example), or put the line under a header such as '${shown}/24 is subnetted, 1 subnets' as IOS does.`,
    'table',
  );
}

/** Builds a route from a line's parts, checking what only makes sense for the whole route. */
function routeFrom({ codeText, address, length, path, line }: Wrapped & { path: PathPart }): Route {
  const { code, source: coded, candidateDefault } = parseRouteCode(codeText, line);
  const network = (address & maskFromPrefix(length)) >>> 0;
  const prefix = `${formatIpv4(network)}/${String(length)}`;
  if (network !== address) {
    throw new InputError(
      `Line ${String(line)}: ${formatIpv4(address)}/${String(length)} has host bits set; the network of that /${String(length)} is ${prefix}.`,
      'table',
    );
  }
  const source = path.summary && coded === 'eigrp' ? 'eigrp-summary' : coded;
  checkConnected(source, length, path, line);
  const distance = path.distance ?? defaultDistance(source);
  if (distance === null) {
    throw new InputError(
      `Line ${String(line)}: a BGP route prints its distance, [20/0] for eBGP or [200/0] for iBGP; add it before 'via'.`,
      'table',
    );
  }
  const { nextHop, exitInterface } = path;
  const metric = path.metric ?? 0;
  return {
    line,
    family: 4,
    code,
    source,
    candidateDefault,
    prefix,
    network,
    length,
    distance,
    metric,
    nextHop,
    exitInterface,
  };
}

/** Connected and local routes have no next hop, and a local route is one /32 address. */
function checkConnected(
  source: Route['source'],
  length: number,
  path: PathPart,
  line: number,
): void {
  if ((source === 'connected' || source === 'local') && path.nextHop !== null) {
    throw new InputError(
      `Line ${String(line)}: a ${source === 'local' ? 'local (L)' : 'connected (C)'} route has no next hop; write it as 'is directly connected, interface'.`,
      'table',
    );
  }
  if (source === 'local' && length !== 32) {
    throw new InputError(
      `Line ${String(line)}: a local (L) route is the router's own address, always a /32; this one is a /${String(length)}.`,
      'table',
    );
  }
}

/** A further equal-cost path ("[110/2] via …" on its own line) of the route above it. */
function continuation(previous: Route | undefined, path: PathPart, line: number): Route {
  if (!previous || path.nextHop === null) {
    throw new InputError(
      `Line ${String(line)}: a line starting with '[' adds another path to the route above it ('[110/2] via 10.0.0.6, GigabitEthernet0/1'), but ${previous ? 'it has no via' : 'there is no route above it'}.`,
      'table',
    );
  }
  return {
    ...previous,
    line,
    distance: path.distance ?? previous.distance,
    metric: path.metric ?? previous.metric,
    nextHop: path.nextHop,
    exitInterface: path.exitInterface,
  };
}
