import { portNameProblem } from '../netpol/names';
import { fieldValue, isMap } from '../netpol/yaml-nodes';
import { isAbsent, joinPath, readFields, readInteger, report } from '../netpol/yaml-reader';
import type { Reader } from '../netpol/yaml-reader';
import { optionalString, requiredString } from './read-fields';
import type { IngressBackend, ServiceBackendPort } from './types';

// Validates an IngressBackend (a Service port or a resource) as the API server does.

const V1BETA1 =
  'that is the networking.k8s.io/v1beta1 shape, removed in Kubernetes v1.22: write service: { name: …, port: { number: … } } instead.';
const BACKEND_HINTS = { serviceName: V1BETA1, servicePort: V1BETA1 };
const SERVICE_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** Reads service.port: exactly one of number (1–65535) or name. */
function readPort(reader: Reader, node: unknown, path: string): ServiceBackendPort | null {
  const fields = readFields(reader, node, path, ['number', 'name']);
  if (!fields) return null;
  const numberField = fields.get('number');
  const name = optionalString(reader, fields, 'name', path);
  if (numberField && !isAbsent(numberField.value)) {
    const number = readInteger(reader, numberField.value, joinPath(path, 'number'));
    if (number === null) return null;
    if (name !== undefined) {
      report(reader, node, path, `${path} has both number and name: keep one of them.`);
      return null;
    }
    if (number < 1 || number > 65535) {
      report(
        reader,
        numberField.value,
        joinPath(path, 'number'),
        `${joinPath(path, 'number')} must be between 1 and 65535, not ${String(number)}.`,
      );
      return null;
    }
    return { number };
  }
  if (name === undefined) {
    report(
      reader,
      node,
      path,
      `${path} needs a number (port: { number: 80 }) or the name of a Service port.`,
    );
    return null;
  }
  // An Ingress names a number in its own field, so a quoted number gets this fix, not netpol's.
  const problem = /^\d+$/.test(name)
    ? `port name '${name}' is a number in quotes: use number: ${name} instead of name.`
    : portNameProblem(name);
  if (problem) report(reader, fields.get('name')?.value, joinPath(path, 'name'), problem);
  return problem ? null : { name };
}

/** Reads backend.service: a Service name and port. */
function readService(
  reader: Reader,
  node: unknown,
  path: string,
): IngressBackend['service'] | null {
  const fields = readFields(reader, node, path, ['name', 'port']);
  if (!fields) return null;
  const name = requiredString(reader, node, fields, 'name', path);
  if (name !== undefined && (name.length > 63 || !SERVICE_NAME.test(name))) {
    report(
      reader,
      fields.get('name')?.value,
      joinPath(path, 'name'),
      `'${name}' is not a valid Service name: use lower-case letters, digits and '-', starting with a letter (e.g. web-frontend).`,
    );
    return null;
  }
  const portField = fields.get('port');
  if (!portField || isAbsent(portField.value)) {
    report(
      reader,
      node,
      joinPath(path, 'port'),
      `${joinPath(path, 'port')} is required: add port: { number: 80 } (or name: http).`,
    );
    return null;
  }
  const port = readPort(reader, portField.value, joinPath(path, 'port'));
  return name === undefined || port === null ? null : { name, port };
}

/** Reads backend.resource: a reference to another object in the same namespace. */
function readResource(
  reader: Reader,
  node: unknown,
  path: string,
): IngressBackend['resource'] | null {
  const fields = readFields(reader, node, path, ['apiGroup', 'kind', 'name']);
  if (!fields) return null;
  const apiGroup = optionalString(reader, fields, 'apiGroup', path);
  const kind = requiredString(reader, node, fields, 'kind', path);
  const name = requiredString(reader, node, fields, 'name', path);
  if (kind === undefined || name === undefined) return null;
  return apiGroup === undefined ? { kind, name } : { apiGroup, kind, name };
}

/** Reads an IngressBackend: exactly one of service and resource. Null (with errors) when invalid. */
export function readBackend(reader: Reader, node: unknown, path: string): IngressBackend | null {
  const fields = readFields(reader, node, path, ['service', 'resource'], BACKEND_HINTS);
  if (!fields) return null;
  const service = fields.get('service');
  const resource = fields.get('resource');
  const hasService = service !== undefined && !isAbsent(service.value);
  const hasResource = resource !== undefined && !isAbsent(resource.value);
  if (!hasService && !hasResource && isMap(node) && fieldValue(node, 'serviceName') !== undefined) {
    return null; // the v1beta1 hint already says what to write
  }
  if (hasService === hasResource) {
    report(
      reader,
      node,
      path,
      hasService
        ? `${path} has both service and resource: a backend is one or the other.`
        : `${path} needs a service (name and port) or a resource.`,
    );
    return null;
  }
  if (hasService) {
    const read = readService(reader, service.value, joinPath(path, 'service'));
    return read ? { service: read } : null;
  }
  const read = readResource(reader, resource?.value, joinPath(path, 'resource'));
  return read ? { resource: read } : null;
}
