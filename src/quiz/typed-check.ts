import { InputError, isInputError, parseCidr, parseIpv4, parseIpv6 } from '~/sim/ip';
import type { TypedChecker, TypedQuestion } from './types';

/** The verdict on a typed answer; `problem` says why the text is not even a valid answer of its kind. */
export interface TypedVerdict {
  correct: boolean;
  problem?: string;
}

/** Turns a typed answer into a canonical key for its checker, or throws an InputError. */
export function canonicalTyped(checker: TypedChecker, text: string, caseSensitive = false): string {
  const input = text.trim();
  switch (checker) {
    case 'ipv4':
      return String(parseIpv4(input, 'answer'));
    case 'ipv6':
      return parseIpv6(input, 'answer').toString(16);
    case 'cidr': {
      const block = parseCidr(input, { field: 'answer' });
      return `${String(block.network)}/${String(block.prefix)}`;
    }
    case 'number':
      return String(parseNumberAnswer(input));
    case 'text': {
      const spaced = input.replace(/\s+/g, ' ');
      return caseSensitive ? spaced : spaced.toLowerCase();
    }
  }
}

/** Reads a number as people type it: "1,022", "1 022" and "1022" are the same. */
function parseNumberAnswer(input: string): number {
  const compact = input.replace(/[\s,_]/g, '');
  const value = compact === '' ? Number.NaN : Number(compact);
  if (!Number.isFinite(value)) {
    throw new InputError(`'${input}' is not a number: type digits, such as 254.`, 'answer');
  }
  return value;
}

/** Checks a typed answer against every accepted answer, comparing canonical forms. */
export function checkTyped(question: TypedQuestion, text: string): TypedVerdict {
  let given: string;
  try {
    given = canonicalTyped(question.checker, text, question.caseSensitive);
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { correct: false, problem: error.message };
  }
  const correct = question.accepted.some((accepted) => {
    try {
      return canonicalTyped(question.checker, accepted, question.caseSensitive) === given;
    } catch {
      // A malformed accepted answer (an author's typo) is simply never matched here; the
      // content check reports it (see typedKeyProblems).
      return false;
    }
  });
  return { correct };
}

/** Lists accepted answers that their own checker cannot read (for build-time content checks). */
export function typedKeyProblems(question: TypedQuestion): string[] {
  const problems: string[] = [];
  for (const accepted of question.accepted) {
    try {
      canonicalTyped(question.checker, accepted, question.caseSensitive);
    } catch (error) {
      problems.push(
        `question ${question.id}: accepted answer '${accepted}' is not a valid ${question.checker}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return problems;
}
