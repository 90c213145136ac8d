import { formatIpv4, formatIpv6, formatIpv6Expanded, parseIpv4, parseIpv6 } from '../ip';
import { InputError } from '../ip/input-error';

// Domain-name helpers: checking what a learner typed, fully qualified forms, zone membership
// and the reverse (in-addr.arpa / ip6.arpa) names of addresses.

const LABEL = /^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/;

/** A name as typed, checked: lower case, without a trailing dot, and whether it had one. */
export function parseName(text: string, field = 'name'): { name: string; absolute: boolean } {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '' || trimmed === '.') {
    throw new InputError('Type a name to look up, such as web or api.example.com.', field);
  }
  if (/\s/.test(trimmed)) {
    throw new InputError(`"${text.trim()}" has a space in it; a DNS name has none.`, field);
  }
  const absolute = trimmed.endsWith('.');
  const name = absolute ? trimmed.slice(0, -1) : trimmed;
  if (name.length > 253) {
    throw new InputError(
      `"${name}" is ${String(name.length)} characters; a DNS name has at most 253.`,
      field,
    );
  }
  for (const label of name.split('.')) checkLabel(label, name, field);
  return { name, absolute };
}

/** Refuses an empty, over-long or badly spelled label, saying which. */
function checkLabel(label: string, name: string, field: string): void {
  if (label === '') {
    throw new InputError(`"${name}" has two dots in a row (an empty label); remove one.`, field);
  }
  if (label.length > 63) {
    throw new InputError(
      `The label "${label}" is ${String(label.length)} characters; a label has at most 63.`,
      field,
    );
  }
  if (!LABEL.test(label)) {
    throw new InputError(
      `The label "${label}" in "${name}" may hold only letters, digits, hyphens (not first or last) and underscores.`,
      field,
    );
  }
}

/** The fully qualified form of a name: lower case, one trailing dot. */
export function fqdn(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith('.') ? lower : `${lower}.`;
}

/** Counts the dots inside a name (a trailing dot does not count), as the stub resolver does. */
export function dotsIn(name: string): number {
  const inner = name.endsWith('.') ? name.slice(0, -1) : name;
  return inner.split('.').length - 1;
}

/** Whether a fully qualified name is the zone itself or inside it. */
export function inZone(name: string, zone: string): boolean {
  const z = fqdn(zone);
  const n = fqdn(name);
  return n === z || n.endsWith(`.${z}`);
}

/** The reverse-lookup name of an IPv4 or IPv6 address (a PTR question's name). */
export function reverseName(ip: string, field = 'ip'): string {
  if (ip.includes(':')) {
    const nibbles = formatIpv6Expanded(parseIpv6(ip, field)).replaceAll(':', '').split('');
    return `${nibbles.reverse().join('.')}.ip6.arpa.`;
  }
  const octets = formatIpv4(parseIpv4(ip, field)).split('.');
  return `${octets.reverse().join('.')}.in-addr.arpa.`;
}

/** The address a reverse name stands for, or null when it is not a whole reverse name. */
export function addressFromReverse(name: string): string | null {
  const n = fqdn(name);
  const v4 = /^((?:\d{1,3}\.){4})in-addr\.arpa\.$/.exec(n);
  if (v4?.[1] !== undefined) {
    const octets = v4[1].slice(0, -1).split('.').reverse();
    return octets.every((o) => Number(o) <= 255 && String(Number(o)) === o)
      ? octets.join('.')
      : null;
  }
  const v6 = /^((?:[0-9a-f]\.){32})ip6\.arpa\.$/.exec(n);
  if (v6?.[1] === undefined) return null;
  const hex = v6[1].replaceAll('.', '').split('').reverse().join('');
  return canonicalIp(hex.match(/.{4}/g)?.join(':') ?? '');
}

/** One spelling per address (so "fd00::1" and "fd00:0::1" compare equal), or null if invalid. */
export function canonicalIp(ip: string): string | null {
  try {
    return ip.includes(':') ? formatIpv6(parseIpv6(ip)) : formatIpv4(parseIpv4(ip));
  } catch {
    return null;
  }
}

/** The address a pod-record label (`10-244-1-5`, `fd00--1`) spells, or null. */
export function addressFromDashed(label: string): string | null {
  if (/^\d{1,3}(-\d{1,3}){3}$/.test(label)) return canonicalIp(label.replaceAll('-', '.'));
  return label.includes('--') || label.split('-').length === 8
    ? canonicalIp(label.replaceAll('-', ':'))
    : null;
}

/** The dashed label of an address, as pod records and unnamed endpoints use it. */
export function dashedFromAddress(ip: string): string {
  return ip.replaceAll(/[.:]/g, '-');
}
