import { InputError, parseCidr, parseIpv4, type Cidr } from '../ip';

// Small parsers shared by the model's compiler: each names where the bad value sits.

/** Parses a CIDR block, prefixing any refusal with where it was written. */
export function cidrAt(text: unknown, where: string): Cidr {
  if (typeof text !== 'string')
    throw new InputError(`${where}: a CIDR block (e.g. 10.0.0.0/16) is missing.`, where);
  try {
    return parseCidr(text, { field: where });
  } catch (error) {
    throw located(error, where);
  }
}

/** Parses an IPv4 address, prefixing any refusal with where it was written. */
export function ipAt(text: unknown, where: string): number {
  if (typeof text !== 'string')
    throw new InputError(`${where}: an IPv4 address (e.g. 10.0.1.10) is missing.`, where);
  try {
    return parseIpv4(text, where);
  } catch (error) {
    throw located(error, where);
  }
}

/** Adds the location to an InputError's message; anything else passes through untouched. */
function located(error: unknown, where: string): unknown {
  return error instanceof InputError ? new InputError(`${where}: ${error.message}`, where) : error;
}

/** Checks a port number (0–65535 as AWS accepts in rules), naming the field when it is not one. */
export function portAt(value: unknown, where: string): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new InputError(`${where}: enter a port, a whole number from 0 to 65535.`, where);
  }
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new InputError(
      `${where}: ${String(value)} is not a port; write a whole number from 0 to 65535.`,
      where,
    );
  }
  return value;
}

/** Remembers ids and refuses one seen before, since every lookup relies on ids being unique. */
export function uniqueId(seen: Set<string>, id: unknown, what: string): string {
  if (typeof id !== 'string' || id.trim() === '') {
    throw new InputError(`A ${what} has no id: give every ${what} an id.`, what);
  }
  if (seen.has(id))
    throw new InputError(`Two resources share the id '${id}': ids must be unique.`, id);
  seen.add(id);
  return id;
}
