import { isScalar } from './yaml-nodes';
import { portNameProblem, quote } from './names';
import type { NetworkPolicyPort, Protocol } from './types';
import {
  isAbsent,
  joinPath,
  kindOf,
  readFields,
  readInteger,
  readList,
  readString,
  report,
} from './yaml-reader';
import type { Reader } from './yaml-reader';

const PORT_FIELDS = ['protocol', 'port', 'endPort'] as const;
const PORT_HINTS: Readonly<Record<string, string>> = {
  targetPort:
    'NetworkPolicy ports have no targetPort (that is a Service field): use port, the port on the destination pod.',
  containerPort:
    'use port: a NetworkPolicy port names the number or the name of the container port.',
  name: 'use port: a NetworkPolicy port is a number or a container port name, given in port.',
};
const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

/** Reads a rule's ports list; null when any entry has an error. */
export function readPorts(reader: Reader, node: unknown, path: string): NetworkPolicyPort[] | null {
  const items = readList(reader, node, path);
  if (!items) return null;
  const ports: NetworkPolicyPort[] = [];
  items.forEach((item, i) => {
    const port = readPort(reader, item, `${path}[${String(i)}]`);
    if (port) ports.push(port);
  });
  return ports.length === items.length ? ports : null;
}

/** Reads one port entry the way the API server validates it (protocol, port number or name, endPort). */
function readPort(reader: Reader, node: unknown, path: string): NetworkPolicyPort | null {
  if (isAbsent(node)) return {};
  const before = reader.errors.length;
  const fields = readFields(reader, node, path, PORT_FIELDS, PORT_HINTS);
  if (!fields) return null;
  const port: NetworkPolicyPort = {};
  const protocol = fields.get('protocol');
  if (protocol && !isAbsent(protocol.value)) {
    const value = readProtocolName(reader, protocol.value, joinPath(path, 'protocol'));
    if (value) port.protocol = value;
  }
  const number = fields.get('port');
  if (number && !isAbsent(number.value)) {
    const value = readPortValue(reader, number.value, joinPath(path, 'port'));
    if (value !== null) port.port = value;
  }
  const end = fields.get('endPort');
  if (end && !isAbsent(end.value)) {
    const value = readEndPort(reader, end.value, path, number?.value);
    if (value !== null) port.endPort = value;
  }
  return reader.errors.length === before ? port : null;
}

/** Reads a protocol: TCP, UDP or SCTP in capitals. */
function readProtocolName(reader: Reader, node: unknown, path: string): Protocol | null {
  const value = readString(reader, node, path);
  if (value === null) return null;
  const known = PROTOCOLS.find((protocol) => protocol === value);
  if (known) return known;
  const upper = PROTOCOLS.find((protocol) => protocol === value.toUpperCase());
  report(
    reader,
    node,
    path,
    upper
      ? `${path} is ${quote(value)}: protocols are written in capitals (${upper}).`
      : `${path} is ${quote(value)}: NetworkPolicy supports TCP, UDP and SCTP.`,
  );
  return null;
}

/** Reads a port: a number from 1 to 65535, or a container port name (IANA_SVC_NAME syntax). */
function readPortValue(reader: Reader, node: unknown, path: string): number | string | null {
  if (isScalar(node) && typeof node.value === 'string') {
    const problem = portNameProblem(node.value);
    if (problem) {
      report(reader, node, path, `${path}: ${problem}`);
      return null;
    }
    return node.value;
  }
  if (!(isScalar(node) && typeof node.value === 'number')) {
    report(
      reader,
      node,
      path,
      `${path} should be a port number or a port name, not ${kindOf(node)}.`,
    );
    return null;
  }
  return readPortNumber(reader, node, path);
}

/** Reads a whole number from 1 to 65535. */
function readPortNumber(reader: Reader, node: unknown, path: string): number | null {
  const value = readInteger(reader, node, path);
  if (value === null) return null;
  if (value < 1 || value > 65535) {
    report(reader, node, path, `${path} is ${String(value)}: a port number is from 1 to 65535.`);
    return null;
  }
  return value;
}

/** Reads endPort: it needs a numeric port and must not be below it. */
function readEndPort(
  reader: Reader,
  node: unknown,
  path: string,
  portNode: unknown,
): number | null {
  const endPath = joinPath(path, 'endPort');
  const end = readPortNumber(reader, node, endPath);
  if (end === null) return null;
  if (isAbsent(portNode)) {
    report(reader, node, endPath, `${endPath} needs a port: the range runs from port to endPort.`);
    return null;
  }
  if (isScalar(portNode) && typeof portNode.value === 'string') {
    report(
      reader,
      node,
      endPath,
      `${endPath} cannot be used with a named port (${quote(portNode.value)}): a range needs a numeric port.`,
    );
    return null;
  }
  if (isScalar(portNode) && typeof portNode.value === 'number' && end < portNode.value) {
    report(
      reader,
      node,
      endPath,
      `${endPath} is ${String(end)}, lower than port ${String(portNode.value)}: the range runs from port to endPort, so endPort must be at least ${String(portNode.value)}.`,
    );
    return null;
  }
  return end;
}
