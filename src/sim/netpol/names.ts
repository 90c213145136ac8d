// Syntax checks the API server applies to names, label keys and values, and port names
// (k8s.io/apimachinery/pkg/util/validation). Each returns a plain-language problem, or null.

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
/** Longer text is not echoed back in messages. */
const ECHO_LIMIT = 40;

/** Quotes a value for a message, shortened when long and with control characters made visible. */
export function quote(value: string): string {
  // Control characters would break the message layout, so they are written as escapes.
  const visible = value.replace(
    /\p{Cc}/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const short = visible.length > ECHO_LIMIT ? `${visible.slice(0, ECHO_LIMIT)}…` : visible;
  return `'${short}'`;
}

/** A DNS-1123 subdomain (metadata.name of most objects): lower case, digits, '-' and '.', at most 253. */
export function dnsSubdomainProblem(value: string): string | null {
  if (value.length > 253) return `${quote(value)} is longer than 253 characters.`;
  if (DNS_SUBDOMAIN.test(value)) return null;
  return `${quote(value)} is not a valid name: use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit (e.g. allow-frontend).`;
}

/** A DNS-1123 label (a namespace name): lower case, digits and '-', at most 63. */
export function dnsLabelProblem(value: string): string | null {
  if (value.length > 63) return `${quote(value)} is longer than 63 characters.`;
  if (DNS_LABEL.test(value)) return null;
  return `${quote(value)} is not a valid namespace name: use lower-case letters, digits and '-', starting and ending with a letter or digit (e.g. prod).`;
}

/** A label key: an optional DNS subdomain prefix and '/', then a name of at most 63 characters. */
export function labelKeyProblem(key: string): string | null {
  const parts = key.split('/');
  if (parts.length > 2) return `label key ${quote(key)} has more than one '/'.`;
  const [first = '', second] = parts;
  const name = second ?? first;
  if (second !== undefined) {
    if (first === '') return `label key ${quote(key)} has an empty prefix before '/'.`;
    if (first.length > 253 || !DNS_SUBDOMAIN.test(first)) {
      return `label key ${quote(key)} has an invalid prefix: it must be a lower-case DNS name such as example.com.`;
    }
  }
  if (name === '') return `label key ${quote(key)} has an empty name.`;
  if (name.length > 63) return `label key ${quote(key)} has a name longer than 63 characters.`;
  if (!LABEL_PART.test(name)) {
    return `label key ${quote(key)} is not valid: use letters, digits, '-', '_' and '.', starting and ending with a letter or digit.`;
  }
  return null;
}

/** A label value: empty, or at most 63 letters, digits, '-', '_' and '.', starting and ending alphanumeric. */
export function labelValueProblem(value: string): string | null {
  if (value === '') return null;
  if (value.length > 63) return `label value ${quote(value)} is longer than 63 characters.`;
  if (LABEL_PART.test(value)) return null;
  return `label value ${quote(value)} is not valid: use letters, digits, '-', '_' and '.', starting and ending with a letter or digit.`;
}

/** A named port (IANA_SVC_NAME): at most 15 lower-case letters, digits and '-', at least one letter. */
export function portNameProblem(name: string): string | null {
  if (/^\d+$/.test(name)) {
    return `port ${quote(name)} is a string because it is quoted: write the number without quotes (port: ${name}).`;
  }
  if (name.length > 15) return `port name ${quote(name)} is longer than 15 characters.`;
  if (!/^[-a-z0-9]+$/.test(name)) {
    return `port name ${quote(name)} may contain only lower-case letters, digits and '-'.`;
  }
  if (!/[a-z]/.test(name)) return `port name ${quote(name)} must contain at least one letter.`;
  if (name.includes('--')) return `port name ${quote(name)} may not contain '--'.`;
  if (name.startsWith('-') || name.endsWith('-')) {
    return `port name ${quote(name)} may not start or end with '-'.`;
  }
  return null;
}
