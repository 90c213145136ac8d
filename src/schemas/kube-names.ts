import { z } from 'astro/zod';

// The naming rules the Kubernetes API server applies (k8s.io/apimachinery's validation package),
// so content is refused at build time for the same reasons a cluster would refuse it.

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const PORT_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** A DNS-1123 label (namespace names): lowercase letters, digits and inner hyphens, at most 63. */
export const dnsLabel = z
  .string()
  .max(63, 'at most 63 characters')
  .regex(
    DNS_LABEL,
    'use lowercase letters, digits and hyphens, starting and ending with a letter or digit',
  );

/** A DNS-1123 subdomain (pod, node and policy names): dot-separated labels, at most 253 characters. */
export const dnsSubdomain = z
  .string()
  .max(253, 'at most 253 characters')
  .regex(
    DNS_SUBDOMAIN,
    'use lowercase letters, digits, hyphens and dots, starting and ending with a letter or digit',
  );

/** Whether a string is a valid label key such as `app` or `kubernetes.io/metadata.name`. */
export function isLabelKey(key: string): boolean {
  const slash = key.indexOf('/');
  const name = slash === -1 ? key : key.slice(slash + 1);
  const prefix = slash === -1 ? undefined : key.slice(0, slash);
  const nameOk = name.length <= 63 && QUALIFIED_NAME.test(name);
  const prefixOk = prefix === undefined || (prefix.length <= 253 && DNS_SUBDOMAIN.test(prefix));
  return nameOk && prefixOk;
}

/** A label key: an optional DNS-subdomain prefix and a slash, then a name of at most 63 characters. */
export const labelKey = z
  .string()
  .refine(isLabelKey, 'not a valid label key (e.g. `app` or `kubernetes.io/metadata.name`)');

/** A label value: empty, or at most 63 letters, digits, `-`, `_` and `.`, starting and ending alphanumeric. */
export const labelValue = z
  .string()
  .max(63, 'a label value has at most 63 characters')
  .regex(/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/, 'not a valid label value');

/** A set of labels, as in `metadata.labels`. */
export const labels = z.record(labelKey, labelValue);

/** Whether a string is a valid named port (IANA_SVC_NAME), such as `http` or `dns-tcp`. */
export function isPortName(name: string): boolean {
  return name.length <= 15 && PORT_NAME.test(name) && /[a-z]/.test(name) && !name.includes('--');
}

/** A named port: at most 15 lowercase letters, digits and single inner hyphens, with at least one letter. */
export const portName = z
  .string()
  .refine(
    isPortName,
    'a port name has at most 15 lowercase letters, digits and single hyphens, and at least one letter',
  );

/** A port number from 1 to 65535. */
export const portNumber = z.number().int().min(1).max(65535);

/** The transport protocols a NetworkPolicy port can name; the API's default is TCP. */
export const ProtocolSchema = z.enum(['TCP', 'UDP', 'SCTP']);

export type Protocol = z.output<typeof ProtocolSchema>;
