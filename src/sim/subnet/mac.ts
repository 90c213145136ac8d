import { InputError } from '../ip';

const MAC_FORMATS = [
  /^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/i,
  /^[0-9a-f]{2}(?:-[0-9a-f]{2}){5}$/i,
  /^[0-9a-f]{4}(?:\.[0-9a-f]{4}){2}$/i,
  /^[0-9a-f]{12}$/i,
];
const MAC_EXAMPLE = 'e.g. 00:1a:2b:3c:4d:5e, 00-1A-2B-3C-4D-5E or 001a.2b3c.4d5e';

/** Parses a 48-bit MAC address (colons, dashes, Cisco dots, or bare hex) into its six octets. */
export function parseMac(text: string, field?: string): number[] {
  const input = text.trim();
  if (input === '') {
    throw new InputError(`Enter a MAC address (${MAC_EXAMPLE}); this one is empty.`, field);
  }
  if (input.length <= 17 && MAC_FORMATS.some((format) => format.test(input))) {
    const hex = input.replace(/[:.-]/g, '');
    return Array.from({ length: 6 }, (_, i) => Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16));
  }
  const digits = input.replace(/[:.-]/g, '');
  throw new InputError(
    /^[0-9a-f]*$/i.test(digits) && digits.length !== 12
      ? `'${input.slice(0, 40)}' has ${String(digits.length)} hex digits; a MAC address has 12 (${MAC_EXAMPLE}).`
      : `'${input.slice(0, 40)}' is not a MAC address: write six pairs of hex digits (0-9, a-f) with one kind of separator (${MAC_EXAMPLE}).`,
    field,
  );
}

/** The modified EUI-64 interface ID of a MAC: ff:fe inserted in the middle, the universal/local bit (0x02 of the first octet) flipped. */
export function interfaceIdFromMac(octets: readonly number[]): bigint {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = octets;
  return [a ^ 0x02, b, c, 0xff, 0xfe, d, e, f].reduce(
    (id, octet) => (id << 8n) | BigInt(octet),
    0n,
  );
}
