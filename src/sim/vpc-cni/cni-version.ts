import { InputError } from '../ip/input-error';

/** "1.18.0", "v1.9", "v1.19.2-eksbuild.1": major and minor are what the calculator compares. */
const VERSION_PATTERN = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:-[0-9A-Za-z.-]+)?$/;

/** The major and minor numbers of a VPC CNI version string; anything else is an InputError. */
export function parseCniVersion(version: string): { major: number; minor: number } {
  const match = VERSION_PATTERN.exec(version.trim());
  if (!match) {
    throw new InputError(
      `"${version}" is not a VPC CNI version: write it as major.minor.patch, for example "1.18.0".`,
      'cniVersion',
    );
  }
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/**
 * Whether this VPC CNI version can hand out /28 prefixes: 1.9.0 or later, the same test as the
 * EKS AMI's max-pods-calculator.sh (major > 1, or major 1 with minor > 8). No version given means
 * a current VPC CNI, which can.
 */
export function cniSupportsPrefixDelegation(version: string | undefined): boolean {
  if (version === undefined) return true;
  const { major, minor } = parseCniVersion(version);
  return major > 1 || (major === 1 && minor > 8);
}
