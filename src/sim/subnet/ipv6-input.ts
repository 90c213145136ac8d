import { InputError, parseIpv4, parseIpv6 } from '../ip';

/** Parses an IPv6 address, also accepting a trailing dotted quad ("::ffff:192.0.2.1", RFC 4291 2.2). */
export function readIpv6(text: string, field?: string): bigint {
  const input = text.trim();
  const dotted = /^(.*:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(input);
  if (!dotted) return parseIpv6(input, field);
  const [, head = '', quad = ''] = dotted;
  const v4 = parseIpv4(quad, field);
  const hex = `${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  try {
    return parseIpv6(`${head}${hex}`, field);
  } catch (error) {
    if (error instanceof InputError) {
      throw new InputError(
        `'${input}' is not an IPv6 address: a dotted IPv4 part may only stand for the last two of the eight groups (e.g. ::ffff:192.0.2.1).`,
        field,
      );
    }
    throw error;
  }
}
