// What the learner types in the cluster forms, read and checked with the engine's own naming rules
// and IP parser: labels as "app=web, tier=front", container ports as "http:8080/TCP, 9090".
// Every problem is returned as a message for the field, never thrown.
import { isInputError } from '~/sim/ip/input-error';
import { parseIpv4 } from '~/sim/ip/ipv4';
import {
  dnsLabelProblem,
  dnsSubdomainProblem,
  labelKeyProblem,
  labelValueProblem,
  portNameProblem,
} from '~/sim/netpol/names';
import type { ContainerPort, Protocol } from '~/sim/netpol/types';

/** A parsed field, or the problem to show beside it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const MAX_ITEMS = 32;

/** Reads "app=web, tier=front" into labels (empty text: no labels). */
export function parseLabels(text: string): Parsed<Record<string, string>> {
  const labels = Object.create(null) as Record<string, string>;
  const parts = splitList(text);
  if (parts.length > MAX_ITEMS) return fail(`At most ${String(MAX_ITEMS)} labels, please.`);
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq === -1) return fail(`'${part}' needs a value: write key=value, e.g. app=web.`);
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    const problem = labelKeyProblem(key) ?? labelValueProblem(value);
    if (problem) return fail(capitalize(problem));
    if (Object.hasOwn(labels, key)) return fail(`The label ${key} is given twice.`);
    labels[key] = value;
  }
  return { ok: true, value: { ...labels } };
}

/** Writes labels back as the forms show them: "app=web, tier=front". */
export function formatLabels(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}

/** Reads "http:8080/TCP, 9090, dns:53/UDP" into container ports (protocol default TCP). */
export function parsePorts(text: string): Parsed<ContainerPort[]> {
  const ports: ContainerPort[] = [];
  const parts = splitList(text);
  if (parts.length > MAX_ITEMS) return fail(`At most ${String(MAX_ITEMS)} ports, please.`);
  for (const part of parts) {
    const match = /^(?:([^:/\s]+):)?(\d{1,5})(?:\/([A-Za-z]+))?$/.exec(part);
    if (!match) {
      return fail(
        `'${part}' is not a port: write name:number/protocol, e.g. http:8080/TCP or 9090.`,
      );
    }
    const [, name, digits = '', proto] = match;
    const port = Number(digits);
    if (port < 1 || port > 65535) return fail(`Port ${digits} does not exist: use 1 to 65535.`);
    const protocol = (proto ?? 'TCP').toUpperCase();
    if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') {
      return fail(`'${proto ?? ''}' is not a protocol: use TCP, UDP or SCTP.`);
    }
    const problem = name === undefined ? null : portNameProblem(name);
    if (problem) return fail(capitalize(problem));
    const clash = ports.find(
      (p) =>
        (name !== undefined && p.name === name) || (p.port === port && p.protocol === protocol),
    );
    if (clash) return fail(`'${part}' repeats a port name or a port and protocol.`);
    ports.push({ ...(name === undefined ? {} : { name }), port, protocol: protocol as Protocol });
  }
  return { ok: true, value: ports };
}

/** Writes container ports back as the forms show them: "http:8080/TCP, 53/UDP". */
export function formatPorts(ports: readonly ContainerPort[]): string {
  return ports
    .map((p) => `${p.name ? `${p.name}:` : ''}${String(p.port)}/${p.protocol ?? 'TCP'}`)
    .join(', ');
}

/** A namespace name (a DNS label), or its problem. */
export function parseNamespaceName(text: string): Parsed<string> {
  const name = text.trim();
  if (name === '') return fail('Give the namespace a name, e.g. shop.');
  const problem = dnsLabelProblem(name);
  return problem ? fail(problem) : { ok: true, value: name };
}

/** A pod name (a DNS subdomain), or its problem. */
export function parsePodName(text: string): Parsed<string> {
  const name = text.trim();
  if (name === '') return fail('Give the pod a name, e.g. web.');
  const problem = dnsSubdomainProblem(name);
  return problem ? fail(problem) : { ok: true, value: name };
}

/** An IPv4 address in canonical form, or the engine's explanation of what is wrong with it. */
export function parseAddress(text: string): Parsed<string> {
  try {
    const value = parseIpv4(text);
    return {
      ok: true,
      value: [24, 16, 8, 0].map((shift) => String((value >>> shift) & 255)).join('.'),
    };
  } catch (error) {
    if (isInputError(error)) return fail(error.message);
    throw error;
  }
}

/** Splits a comma-separated list, dropping empty items. */
function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A failed parse. */
function fail<T>(problem: string): Parsed<T> {
  return { ok: false, problem };
}

/** Starts a sentence with a capital letter. */
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
