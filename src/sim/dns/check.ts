import { InputError } from '../ip/input-error';
import { canonicalIp, parseName } from './names';
import type { DnsCluster, DnsService } from './types';

// Checks a cluster model before any record is built, so a typo in a Service becomes a plain
// message naming the Service and field, not a wrong answer.

const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];
const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

/** Refuses a name that is not an RFC 1123 label (what namespaces and Service names must be). */
export function checkLabel(value: string, what: string, field: string): void {
  if (!DNS_LABEL.test(value)) {
    throw new InputError(
      `${what} "${value}" is not a valid name: use 1 to 63 lower-case letters, digits or hyphens, starting and ending with a letter or digit.`,
      field,
    );
  }
}

/** Refuses an address that is not IPv4 or IPv6. */
function checkIp(ip: string, what: string, field: string): void {
  if (canonicalIp(ip) === null) {
    throw new InputError(`${what} "${ip}" is not an IPv4 or IPv6 address.`, field);
  }
}

/** Checks one Service's type, cluster IP, external name, ports and endpoints. */
function checkService(service: DnsService, at: string): void {
  checkLabel(service.name, 'The Service name', `${at}.name`);
  checkLabel(service.namespace, 'The namespace', `${at}.namespace`);
  if (!TYPES.includes(service.type)) {
    throw new InputError(
      `Service ${service.name} has type "${service.type}"; use one of ${TYPES.join(', ')}.`,
      `${at}.type`,
    );
  }
  if (service.type === 'ExternalName') {
    if (service.externalName === undefined || service.externalName === '') {
      throw new InputError(
        `ExternalName Service ${service.name} needs spec.externalName (a DNS name such as db.example.com).`,
        `${at}.externalName`,
      );
    }
    parseName(service.externalName, `${at}.externalName`);
  } else if (service.clusterIP === undefined) {
    throw new InputError(
      `Service ${service.name} needs a clusterIP: an address, or "None" for a headless Service.`,
      `${at}.clusterIP`,
    );
  } else if (service.clusterIP === 'None' && service.type !== 'ClusterIP') {
    throw new InputError(
      `Service ${service.name} is ${service.type}, which needs a cluster IP; only a ClusterIP Service can be headless (clusterIP: None).`,
      `${at}.clusterIP`,
    );
  } else if (service.clusterIP !== 'None') {
    checkIp(service.clusterIP, `The clusterIP of ${service.name}`, `${at}.clusterIP`);
  }
  service.ports.forEach((port, i) => {
    if (!Number.isInteger(port.port) || port.port < 1 || port.port > 65535) {
      throw new InputError(
        `Port ${String(port.port)} of ${service.name} is not a port number (1 to 65535).`,
        `${at}.ports[${String(i)}]`,
      );
    }
    if (!PROTOCOLS.includes(port.protocol)) {
      throw new InputError(
        `Port ${String(port.port)} of ${service.name} has protocol "${port.protocol}"; use TCP, UDP or SCTP.`,
        `${at}.ports[${String(i)}]`,
      );
    }
    if (port.name !== null && port.name !== '')
      checkLabel(port.name, 'The port name', `${at}.ports[${String(i)}].name`);
  });
  service.endpoints?.forEach((endpoint, i) => {
    checkIp(
      endpoint.ip,
      `Endpoint ${String(i + 1)} of ${service.name}`,
      `${at}.endpoints[${String(i)}]`,
    );
    if (endpoint.hostname !== undefined)
      checkLabel(
        endpoint.hostname,
        'The endpoint hostname',
        `${at}.endpoints[${String(i)}].hostname`,
      );
  });
}

/** Checks a whole cluster; throws InputError at the first mistake. */
export function checkCluster(cluster: DnsCluster): void {
  parseName(cluster.zone, 'zone');
  const seen = new Set<string>();
  cluster.services.forEach((service, i) => {
    checkService(service, `services[${String(i)}]`);
    const key = `${service.namespace}/${service.name}`;
    if (seen.has(key)) {
      throw new InputError(
        `There are two Services named ${key}; names are unique within a namespace.`,
        `services[${String(i)}]`,
      );
    }
    seen.add(key);
  });
  cluster.pods.forEach((pod, i) => {
    checkLabel(pod.namespace, 'The namespace', `pods[${String(i)}].namespace`);
    checkIp(pod.ip, `The IP of pod ${pod.name}`, `pods[${String(i)}].ip`);
  });
}
