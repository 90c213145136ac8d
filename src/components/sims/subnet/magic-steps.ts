// The magic-number method worked out for one calculator result, as sentences (the figures come
// from the engine's magicNumber and describeSubnet; this only words them).
import type { CalculatorFigures } from './calculator-model';

/** The steps from prefix to network, broadcast and host range, one sentence each. */
export function magicSteps({ subnet, magic }: CalculatorFigures): string[] {
  const { octet, blockSize, maskOctet, networkOctetValue, addressOctetValue } = magic;
  const next = networkOctetValue + blockSize;
  const steps = [
    `/${String(subnet.prefix)} is the mask ${subnet.mask}. The interesting octet is octet ${String(octet)}: its mask value is ${String(maskOctet)}; the octets before it are all network bits and the ones after it all host bits.`,
    `Magic number (block size) = 256 − ${String(maskOctet)} = ${String(blockSize)}, so subnets start every ${String(blockSize)} in octet ${String(octet)}.`,
    `The address has ${String(addressOctetValue)} in octet ${String(octet)}; the largest multiple of ${String(blockSize)} not above it is ${String(networkOctetValue)}. Keep the octets before, set the ones after to 0: the network is ${subnet.network}.`,
  ];
  if (subnet.broadcast === null) {
    steps.push(
      subnet.prefix === 32
        ? `A /32 is one address, ${subnet.network}: no network or broadcast address of its own.`
        : `A /31 is a point-to-point link (RFC 3021): both addresses, ${subnet.firstHost} and ${subnet.lastHost}, are hosts and there is no broadcast.`,
    );
    return steps;
  }
  steps.push(
    `The next subnet starts at ${String(networkOctetValue)} + ${String(blockSize)} = ${String(next)}${next === 256 ? ' (past the end of the octet)' : ''}; one less, with the later octets at 255, is the broadcast: ${subnet.broadcast}.`,
    `Hosts are everything in between: ${subnet.firstHost} to ${subnet.lastHost}, that is 2^${String(32 - subnet.prefix)} − 2 = ${subnet.usableHosts.toLocaleString('en-US')} usable addresses.`,
  );
  return steps;
}
