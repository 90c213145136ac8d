/** Why a correct IPv6 address is not in the asked-for form, or null when it is. */
export function ipv6FormProblem(
  form: 'compressed' | 'expanded',
  given: string,
  expected: string,
): string | null {
  return form === 'expanded' ? expandedProblem(given) : compressedProblem(given, expected);
}

/** The full form: eight groups of exactly four hex digits, no '::' (either letter case). */
function expandedProblem(given: string): string | null {
  if (/^[0-9a-f]{4}(?::[0-9a-f]{4}){7}$/i.test(given)) return null;
  if (given.includes('::')) {
    return `Right address, but not the full form: write out the zero groups that '::' hides, so there are eight groups.`;
  }
  return 'Right address, but not the full form: pad every group with leading zeros to four hex digits.';
}

/** The RFC 5952 form: the exact canonical text, with the first rule broken named. */
function compressedProblem(given: string, expected: string): string | null {
  if (given === expected) return null;
  const lead = 'Right address, but not the RFC 5952 form';
  if (/[A-F]/.test(given)) return `${lead}: write hex letters in lower case (section 4.3).`;
  const groups = given.split(/::|:/).filter((g) => g !== '');
  if (groups.some((g) => g.length > 1 && g.startsWith('0'))) {
    return `${lead}: drop the leading zeros in each group (section 4.1).`;
  }
  if (!given.includes('::'))
    return `${lead}: replace the longest run of zero groups with '::' (section 4.2.1).`;
  if (groups.length === 7)
    return `${lead}: '::' must not stand for a single 0 group; write that 0 (section 4.2.2).`;
  return `${lead}: '::' must replace the whole of the longest run of zero groups, the first one when two runs are equally long (sections 4.2.1 and 4.2.3): ${expected}.`;
}
