import { InputError } from '../ip';
import type { Party, ResolvedProbe } from './match';
import type { Protocol } from './types';

/** A flow's port as given: a number, or the name of a container port on the destination pod. */
export type FlowPort = { kind: 'number'; port: number } | { kind: 'name'; name: string };

const PROTOCOLS: readonly string[] = ['TCP', 'UDP', 'SCTP'];

/** Reads a flow's port: a whole number from 1 to 65535, digits in a string, or a port name. */
export function readFlowPort(port: number | string, field = 'port'): FlowPort {
  if (typeof port === 'string') {
    const text = port.trim();
    if (/^\d+$/.test(text)) return readFlowPort(Number(text), field);
    if (text === '' || text.length > 63) {
      throw new InputError(
        'Give a port number (1 to 65535) or the name of a container port, such as http.',
        field,
      );
    }
    return { kind: 'name', name: text };
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new InputError(
      `Port ${String(port)} does not exist: a port is a whole number from 1 to 65535.`,
      field,
    );
  }
  return { kind: 'number', port };
}

/** Reads a flow's protocol (default TCP); anything but TCP, UDP or SCTP is an InputError. */
export function readProtocol(protocol: string | undefined, field = 'protocol'): Protocol {
  const value = protocol ?? 'TCP';
  if (!PROTOCOLS.includes(value)) {
    throw new InputError(
      `'${value}' is not a protocol NetworkPolicy knows: use TCP, UDP or SCTP (in capitals).`,
      field,
    );
  }
  return value as Protocol;
}

/**
 * Turns the flow's port into a number: a name is looked up in the destination pod's container
 * ports (same name and protocol). When that fails the connection cannot be made: the reason says why.
 */
export function resolveFlowPort(
  port: FlowPort,
  protocol: Protocol,
  destination: Party,
): { probe: ResolvedProbe } | { problem: string } {
  if (port.kind === 'number') return { probe: { protocol, port: port.port } };
  if (destination.kind !== 'pod') {
    return {
      problem: `A named port ('${port.name}') is looked up in the destination pod's container ports, and ${destination.text} is not a pod, so this connection has no port to reach.`,
    };
  }
  const { pod } = destination;
  const sameName = pod.ports.filter((candidate) => candidate.name === port.name);
  const found = sameName.find((candidate) => (candidate.protocol ?? 'TCP') === protocol);
  if (found) return { probe: { protocol, port: found.port } };
  const other = sameName[0];
  return {
    problem: other
      ? `${pod.key}'s container port '${port.name}' is ${other.protocol ?? 'TCP'}, not ${protocol}, so this ${protocol} connection has no port to reach.`
      : `${pod.key} has no ${protocol} container port named '${port.name}', so this connection has no port to reach.`,
  };
}
