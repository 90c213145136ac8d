import table from '~/data/eni-limits.json';
import { InputError } from '../ip/input-error';
import { closeNames } from './suggest';
import type { EniLimits } from './types';

/** One row of src/data/eni-limits.json (fields explained in its _meta). */
interface TableRow {
  enis: number;
  ipv4PerEni: number;
  hypervisor: string;
  baremetal: boolean;
  vcpus?: number;
}

const rows: Readonly<Record<string, TableRow>> = table.instanceTypes;
const names: readonly string[] = Object.keys(rows).sort();

/** Every instance type in the shipped table, sorted by name (for a search box). */
export function instanceTypeNames(): readonly string[] {
  return names;
}

/** The table row as EniLimits, without the fields the formula does not use. */
function toLimits(row: TableRow): EniLimits {
  const hypervisor =
    row.hypervisor === 'nitro' || row.hypervisor === 'xen' ? row.hypervisor : 'unknown';
  const limits: EniLimits = {
    enis: row.enis,
    ipv4PerEni: row.ipv4PerEni,
    hypervisor,
    baremetal: row.baremetal,
  };
  if (row.vcpus !== undefined) limits.vcpus = row.vcpus;
  return limits;
}

/** The "did you mean …?" tail of the unknown-type message, or '' when nothing is close. */
function didYouMean(typed: string): string {
  const close = closeNames(typed, names);
  if (close.length === 0) return ' Check the spelling, e.g. "m5.large".';
  return ` Did you mean ${close.map((name) => `"${name}"`).join(' or ')}?`;
}

/** The ENI limits of an EC2 instance type from the shipped table; unknown names are an InputError. */
export function eniLimits(instanceType: string): EniLimits {
  if (typeof instanceType !== 'string' || instanceType.trim() === '') {
    throw new InputError('Type an EC2 instance type, for example "m5.large".', 'instanceType');
  }
  const name = instanceType.trim().toLowerCase();
  const row = Object.hasOwn(rows, name) ? rows[name] : undefined;
  if (row === undefined) {
    throw new InputError(
      `"${instanceType}" is not an instance type in the table.${didYouMean(name)}`,
      'instanceType',
    );
  }
  return toLimits(row);
}
