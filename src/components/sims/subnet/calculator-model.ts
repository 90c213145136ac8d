// What the subnet calculator shows for one input, worked out from the subnet engine and worded in
// one call, so that the island only renders strings: the build computes the first view, and the
// island loads this module (with the engine files) on the learner's first input. Learner mistakes
// come back as InputError (thrown by the engine).
// Engine files, not the index, so this chunk holds only these (see DrillStats.tsx).
import { binaryOctets, magicNumber } from '~/sim/subnet/binary';
import { classfulClass, specialRange } from '~/sim/subnet/classify';
import { describeSubnet } from '~/sim/subnet/describe';
import { isInputError } from '~/sim/ip/input-error';
import { magicSteps } from './magic-steps';

type Description = ReturnType<typeof describeSubnet>;

/** The engine's figures for an input, before they are worded. */
export interface CalculatorFigures {
  subnet: Description;
  magic: ReturnType<typeof magicNumber>;
}

/** One 32-bit value in binary: its dotted form and its bits, network part and host part apart. */
export interface BinaryRow {
  label: string;
  value: string;
  networkBits: string;
  hostBits: string;
}

/** Everything the calculator shows about an address and its prefix or mask, as display text. */
export interface CalculatorView {
  /** The input as the learner typed it, trimmed. */
  input: string;
  /** What the status line announces, e.g. "10.1.0.0/21: 2,046 usable hosts". */
  summary: string;
  /** The results table: label and value per row. */
  rows: [string, string][];
  prefix: number;
  /** Address, mask and network in binary. */
  binary: BinaryRow[];
  /** The magic-number method, one sentence per step. */
  steps: string[];
}

/** Works out every figure the calculator shows; throws the engine's InputError on a mistake. */
export function calculate(text: string): CalculatorView {
  const input = text.trim();
  const subnet = describeSubnet(input);
  // describeSubnet accepted the input, so its first part is a valid dotted address.
  const address = input.split(/\s*\/\s*|\s+/)[0] ?? input;
  const { prefix } = subnet;
  const bits = (label: string, value: string) => ({ label, value, ...splitBits(value, prefix) });
  return {
    input,
    summary: `${subnet.network}/${String(prefix)}: ${count(subnet.usableHosts)} usable hosts`,
    rows: resultRows(subnet, address),
    prefix,
    binary: [bits('Address', address), bits('Mask', subnet.mask), bits('Network', subnet.network)],
    steps: magicSteps({ subnet, magic: magicNumber(input) }),
  };
}

/** Tries a text: the view, or the learner's mistake as a message (any other error is a bug). */
export function attemptCalculation(text: string): { view: CalculatorView } | { error: string } {
  try {
    return { view: calculate(text) };
  } catch (error) {
    if (isInputError(error)) return { error: error.message };
    throw error;
  }
}

// A count with thousands separators, as the calculator writes it.
function count(n: number): string {
  return n.toLocaleString('en-US');
}

// The figures of the block an address is in, one row each.
function resultRows(subnet: Description, address: string): [string, string][] {
  const special = specialRange(address);
  return [
    ['Network', `${subnet.network}/${String(subnet.prefix)}`],
    ['Broadcast', subnet.broadcast ?? noBroadcast(subnet.prefix)],
    ['First host', subnet.firstHost],
    ['Last host', subnet.lastHost],
    ['Usable hosts', count(subnet.usableHosts)],
    ['Total addresses', count(subnet.totalAddresses)],
    ['Subnet mask', `${subnet.mask} (/${String(subnet.prefix)})`],
    ['Wildcard mask', subnet.wildcard],
    ['Class (classful, historical)', classfulClass(address)],
    [
      'Special range',
      special ? `${special.name}: ${special.cidr} (${special.rfc})` : 'None of the reserved ranges',
    ],
  ];
}

// Why a block has no broadcast address.
function noBroadcast(prefix: number): string {
  return prefix === 32 ? 'None (a /32 is one address)' : 'None (a /31 link, RFC 3021)';
}

/** A dotted address's bits split at the prefix; where the split falls between octets, the dot goes. */
export function splitBits(
  dotted: string,
  prefix: number,
): { networkBits: string; hostBits: string } {
  const network: string[] = [];
  const host: string[] = [];
  let index = 0;
  for (const char of binaryOctets(dotted)) {
    if (char === '.') {
      // Where the boundary falls between two octets, the bar stands in for the dot.
      if (index !== prefix) (index < prefix ? network : host).push(char);
      continue;
    }
    (index < prefix ? network : host).push(char);
    index += 1;
  }
  return { networkBits: network.join(''), hostBits: host.join('') };
}
