import { InputError, parseIpv4, parseMask } from '../ip';

/** An IPv4 address (uint32) together with the prefix length of the block it is in. */
export interface AddressWithPrefix {
  address: number;
  prefix: number;
}

const EXAMPLE = 'e.g. 10.1.2.3/21 or 10.1.2.3 255.255.248.0';

/** Reads "10.1.2.3/21", "10.1.2.3 255.255.248.0" or "10.1.2.3/255.255.248.0" into an address and prefix. */
export function parseAddressWithPrefix(text: string, field?: string): AddressWithPrefix {
  const input = text.trim();
  if (input === '') {
    throw new InputError(
      `Enter an address with a prefix length or a mask (${EXAMPLE}); this one is empty.`,
      field,
    );
  }
  if (input.length > 64) {
    throw new InputError(
      `That entry is ${String(input.length)} characters long; an address with a mask is at most 31 (${EXAMPLE}).`,
      field,
    );
  }
  const pieces = input.split(/\s*\/\s*|\s+/);
  const [addressText = '', prefixText] = pieces;
  const address = parseIpv4(addressText, field);
  if (prefixText === undefined) {
    throw new InputError(
      `'${input}' has no prefix length or mask: add one after the address (${input}/24 or ${input} 255.255.255.0, for example).`,
      field,
    );
  }
  if (pieces.length > 2) {
    throw new InputError(
      `'${input}' has too many parts: write an address, then a prefix length or a mask (${EXAMPLE}).`,
      field,
    );
  }
  return { address, prefix: readPrefixOrMask(input, prefixText, field) };
}

/** Reads what follows the address: "/21"'s 21, or a dotted mask such as 255.255.248.0. */
function readPrefixOrMask(input: string, text: string, field?: string): number {
  if (text.includes('.')) return parseMask(text, field);
  if (!/^\d{1,2}$/.test(text) || Number(text) > 32 || /^0\d/.test(text)) {
    throw new InputError(
      `'${input}' has prefix length ${text === '' ? 'missing' : `/${text}`}: an IPv4 prefix length is a whole number from 0 to 32 (or write a mask such as 255.255.255.0).`,
      field,
    );
  }
  return Number(text);
}
