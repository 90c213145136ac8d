import { InputError } from '../ip/input-error';
import { parseIpv4 } from '../ip/ipv4';
import type { Protocol, ServiceModel, ServicePort, TrafficDistribution } from './types';

// Field checks of a Service, each refusal in plain words with the field at fault.

const TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];
const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];
const DISTRIBUTIONS: readonly TrafficDistribution[] = [
  'PreferClose',
  'PreferSameZone',
  'PreferSameNode',
];
const DNS_LABEL = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_NAME =
  /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\.?$/i;

/** Refuses a Service name that is not a DNS-1035 label (Service names become DNS names). */
export function checkName(name: string, owner: string): void {
  if (!DNS_LABEL.test(name)) {
    throw new InputError(
      `${owner}: a Service name must be at most 63 characters of lowercase letters, digits and '-', start with a letter and end with a letter or digit ('${name}' is not).`,
      'metadata.name',
    );
  }
}

/** Refuses an unknown Service type. */
export function checkType(type: string, owner: string): void {
  if (!TYPES.includes(type)) {
    throw new InputError(
      `${owner}: type '${type}' is not a Service type; use ClusterIP, NodePort, LoadBalancer or ExternalName.`,
      'spec.type',
    );
  }
}

/** Refuses an ExternalName that is not a DNS name. */
export function checkExternalName(value: string | undefined, owner: string): string {
  if (value === undefined || !DNS_NAME.test(value) || /^[\d.]+$/.test(value)) {
    throw new InputError(
      `${owner}: an ExternalName Service needs spec.externalName set to a DNS name such as db.example.com (not an IP address).`,
      'spec.externalName',
    );
  }
  return value;
}

/** Refuses a port number outside 1-65535. */
function checkPortNumber(value: number, owner: string, field: string, what: string): void {
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new InputError(
      `${owner}: ${what} ${String(value)} is not a port; use a whole number from 1 to 65535.`,
      field,
    );
  }
}

/** Checks one port's numbers and protocol. */
function checkPort(port: ServicePort, index: number, owner: string): void {
  const at = `spec.ports[${String(index)}]`;
  checkPortNumber(port.port, owner, `${at}.port`, 'port');
  if (port.targetPort !== undefined) {
    checkPortNumber(port.targetPort, owner, `${at}.targetPort`, 'targetPort');
  }
  if (port.protocol !== undefined && !PROTOCOLS.includes(port.protocol)) {
    throw new InputError(
      `${owner}: protocol '${String(port.protocol)}' is not supported; use TCP, UDP or SCTP.`,
      `${at}.protocol`,
    );
  }
}

/** Checks the port list: numbers, names (required and unique when there are several). */
export function checkPorts(ports: readonly ServicePort[], owner: string): void {
  ports.forEach((port, i) => {
    checkPort(port, i, owner);
  });
  if (ports.length < 2) return;
  const names = new Set<string>();
  ports.forEach((port, i) => {
    const name = port.name ?? '';
    if (name === '' || names.has(name)) {
      throw new InputError(
        `${owner}: when a Service has more than one port, every port needs its own name (port ${String(i + 1)} ${name === '' ? 'has none' : `repeats '${name}'`}).`,
        `spec.ports[${String(i)}].name`,
      );
    }
    names.add(name);
  });
}

/** Refuses an unknown trafficDistribution value. */
export function checkDistribution(value: string | undefined, owner: string): void {
  if (value !== undefined && !DISTRIBUTIONS.includes(value as TrafficDistribution)) {
    throw new InputError(
      `${owner}: trafficDistribution '${value}' is not known; use PreferSameZone, PreferSameNode or PreferClose (the older name of PreferSameZone).`,
      'spec.trafficDistribution',
    );
  }
}

/** The affinity timeout in seconds, refusing one outside 1-86400. */
export function affinityTimeout(service: ServiceModel, fallback: number, owner: string): number {
  const value = service.spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > 86400) {
    throw new InputError(
      `${owner}: sessionAffinityConfig.clientIP.timeoutSeconds must be a whole number of seconds from 1 to 86400 (one day)${Number.isNaN(value) ? '' : `; got ${String(value)}`}.`,
      'spec.sessionAffinityConfig.clientIP.timeoutSeconds',
    );
  }
  return value;
}

/** Parses a list of IPv4 addresses, naming the field of a bad one. */
export function checkAddresses(values: readonly string[], field: string): string[] {
  return values.map((value, i) => {
    parseIpv4(value, `${field}[${String(i)}]`);
    return value.trim();
  });
}
