import { InputError } from '../ip/input-error';
import { cidr6Contains, formatIpv6, parseCidr6, parseIpv6 } from '../ip/ipv6';
import { parseRouteCode6 } from './codes6';
import { clip } from './parse-line';
import type { Route } from './types';

// Reads Cisco IOS `show ipv6 route`: each route is a line with its code, prefix and [AD/metric],
// then one "via" line per path ("via FE80::2, GigabitEthernet0/1", "via GigabitEthernet0/0,
// directly connected", "via GigabitEthernet0/0, receive"; older releases write "via ::, Gi0/0").

/** A route line waiting for its "via" lines. */
interface Head {
  code: string;
  prefix: string;
  length: number;
  distance: number;
  metric: number;
  line: number;
  paths: number;
}

const SKIP = [
  /^\s*$/,
  /^\s*Codes:/i,
  /^\s*[A-Za-z0-9*+%&]{1,3} - \S/,
  /^\S+[#>]/,
  /^\s*IPv6 Routing Table\b/i,
];
const HEX_ADDRESS = /^[0-9A-Fa-f:.]+$/;
const INTERFACE = /^[A-Za-z][A-Za-z0-9\-/.]*$/;
const LINK_LOCAL = parseCidr6('fe80::/10');

/** Whether pasted text is `show ipv6 route` (its title, or a route line with an IPv6 prefix). */
export function isIpv6Table(lines: readonly string[]): boolean {
  return lines.some(
    (line) =>
      /^\s*IPv6 Routing Table\b/i.test(line) ||
      /^\S+\s+[0-9A-Fa-f]*:[0-9A-Fa-f:.]*\/\d+/.test(line),
  );
}

/** Reads the routes of `show ipv6 route`; a malformed line throws an InputError naming it. */
export function parseIpv6Routes(lines: readonly string[]): Route[] {
  const routes: Route[] = [];
  let head: Head | null = null;
  lines.forEach((content, index) => {
    const line = index + 1;
    if (SKIP.some((pattern) => pattern.test(content))) return;
    const via = /^\s+via\s+(.+)$/.exec(content);
    if (via) {
      if (!head)
        throw lineError(
          line,
          `'${clip(content.trim())}' belongs under a route line such as 'S 2001:DB8:20::/48 [1/0]'.`,
        );
      routes.push(routeFrom(head, via[1] ?? '', line));
      head.paths += 1;
      return;
    }
    if (head && head.paths === 0) throw noPath(head.line);
    head = parseHead(content, line);
  });
  const last = head as Head | null;
  if (last && last.paths === 0) throw noPath(last.line);
  return routes;
}

/** Reads "OI  2001:DB8:44::/64 [110/30]". */
function parseHead(content: string, line: number): Head {
  const tokens = content.trim().split(/\s+/);
  const [code = '', prefixText = '', bracket = ''] = tokens;
  if (code.includes(':') || prefixText === '') {
    throw lineError(
      line,
      `'${clip(content.trim())}' is not a route line. An IPv6 route reads 'O 2001:DB8:20:30::/64 [110/20]', with 'via …' on the next line.`,
    );
  }
  parseRouteCode6(code, line);
  const block = withLine(line, () => parseCidr6(prefixText, { field: 'table' }));
  const numbers = /^\[(\d+)\/(\d+)\]$/.exec(bracket);
  if (!numbers || tokens.length > 3) {
    throw lineError(
      line,
      `after ${prefixText} write the [AD/metric] as IOS prints it, e.g. [110/20], and put 'via …' on the next line.`,
    );
  }
  const distance = Number(numbers[1]);
  if (distance > 255)
    throw lineError(
      line,
      `administrative distance ${String(distance)} is out of range; an AD is from 0 to 255.`,
    );
  return {
    code,
    // Not formatCidr6: the shared IPv6 chunk keeps every export used anywhere in the build, and
    // it is loaded by pages that sit at the 150 KB script budget.
    prefix: `${formatIpv6(block.network)}/${String(block.prefix)}`,
    length: block.prefix,
    distance,
    metric: Number(numbers[2]),
    line,
    paths: 0,
  };
}

/** Builds one path of a route from its "via" line. */
function routeFrom(head: Head, viaText: string, line: number): Route {
  const source = parseRouteCode6(head.code, head.line);
  const { nextHop, exitInterface } = parseVia(viaText, line);
  const connected = source === 'connected' || source === 'local';
  if (connected && nextHop !== null) {
    throw lineError(
      line,
      `a ${head.code} route has no next hop; IOS writes 'via GigabitEthernet0/0, ${source === 'local' ? 'receive' : 'directly connected'}'.`,
    );
  }
  if (nextHop !== null && exitInterface === null && cidr6Contains(LINK_LOCAL, parseIpv6(nextHop))) {
    throw lineError(
      line,
      `the next hop ${nextHop} is a link-local address, valid only on one link, so it needs its exit interface: 'via ${nextHop.toUpperCase()}, GigabitEthernet0/1'.`,
    );
  }
  return {
    line,
    family: 6,
    code: head.code,
    source,
    candidateDefault: false,
    prefix: head.prefix,
    network: 0,
    length: head.length,
    distance: head.distance,
    metric: head.metric,
    nextHop,
    exitInterface,
  };
}

/** Reads "FE80::2, GigabitEthernet0/1", "GigabitEthernet0/0, directly connected" or "::, Gi0/0". */
function parseVia(
  text: string,
  line: number,
): { nextHop: string | null; exitInterface: string | null } {
  let nextHop: string | null = null;
  let exitInterface: string | null = null;
  text
    .split(',')
    .map((part) => part.trim())
    .forEach((part, index) => {
      if (part === 'directly connected' || part === 'receive' || part === '') return;
      if (index === 0 && HEX_ADDRESS.test(part) && part.includes(':')) {
        const address = withLine(line, () => parseIpv6(part, 'table'));
        if (address !== 0n) nextHop = formatIpv6(address);
      } else if (INTERFACE.test(part) && exitInterface === null) {
        exitInterface = part;
      } else if (!/^\d[\dwdhmy:]*$/.test(part)) {
        throw lineError(
          line,
          `'${clip(part)}' is not understood here: a via line gives a next hop, an interface, or both ('via FE80::2, GigabitEthernet0/1').`,
        );
      }
    });
  if (nextHop === null && exitInterface === null) {
    throw lineError(line, `'via ${clip(text)}' gives neither a next hop nor an interface.`);
  }
  return { nextHop, exitInterface };
}

/** The error for a route line without any "via" line under it. */
function noPath(line: number): InputError {
  return lineError(
    line,
    "the route has no 'via' line under it; IOS prints where each IPv6 route goes on the next line.",
  );
}

/** An InputError for a line. */
function lineError(line: number, message: string): InputError {
  return new InputError(`Line ${String(line)}: ${message}`, 'table');
}

/** Runs a parse and puts the line number in front of its InputError. */
function withLine<T>(line: number, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof InputError) throw lineError(line, error.message);
    throw error;
  }
}
