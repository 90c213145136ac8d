import { binaryFromIpv4, maskFromPrefix, parseIpv4 } from '../ip';
import { parseAddressWithPrefix } from './address-input';
import type { MagicNumber } from './types';

/** An address (or a mask) as four groups of eight bits: "11000000.10101000.00000001.00000001". */
export function binaryOctets(address: string): string {
  return binaryFromIpv4(parseIpv4(address, 'address'));
}

/** The CCNA magic-number figures: the interesting octet, its block size and the network's value there. */
export function magicNumber(input: string): MagicNumber {
  const { address, prefix } = parseAddressWithPrefix(input);
  const octet = interestingOctet(prefix);
  const shift = 2 ** (8 * (4 - octet));
  const maskOctet = Math.floor(maskFromPrefix(prefix) / shift) % 256;
  const addressOctetValue = Math.floor(address / shift) % 256;
  const blockSize = 256 - maskOctet;
  return {
    octet,
    blockSize,
    maskOctet,
    networkOctetValue: Math.floor(addressOctetValue / blockSize) * blockSize,
    addressOctetValue,
  };
}

/** The octet where the network bits end (/27 → 4, /24 → 3, /0 → 1). */
export function interestingOctet(prefix: number): 1 | 2 | 3 | 4 {
  const octet = Math.max(1, Math.ceil(prefix / 8));
  return octet === 1 || octet === 2 || octet === 3 ? octet : 4;
}
