import type { DrillQuestion } from '~/sim/subnet';
import { randomFromNumber, shuffled } from '../random';
import type { QuestionBase, QuizOption, TypedChecker, TypedQuestion } from '../types';

// Shared pieces of the subnet generators: tags, lesson links, references, option lettering.

export const IPV4_TAGS = ['ccna-200-301:1.6', 'ccna-200-301-v2:1.3'];
export const IPV6_TYPE_TAGS = ['ccna-200-301:1.9', 'ccna-200-301-v2:1.4'];
export const EUI64_TAGS = ['ccna-200-301:1.9.d', 'ccna-200-301-v2:1.4'];

const LESSON = 'addressing/ip-addressing';

/** A link to a heading of the addressing lesson. */
export function lessonLink(headingId: string): string {
  return `${LESSON}#${headingId}`;
}

export const RFC_4632 = {
  title: 'RFC 4632: Classless Inter-domain Routing (CIDR)',
  url: 'https://www.rfc-editor.org/rfc/rfc4632',
};
export const RFC_4291 = {
  title: 'RFC 4291: IP Version 6 Addressing Architecture',
  url: 'https://www.rfc-editor.org/rfc/rfc4291',
};

/** The shared fields of a generated question; the id is replaced by the registry. */
export function base(
  id: string,
  prompt: string,
  extra: Omit<QuestionBase, 'id' | 'prompt'>,
): QuestionBase {
  return { id, prompt, ...extra };
}

/** Letters the options a–z in a seeded order, so the right one is not always first. */
export function letteredOptions(
  seed: number,
  options: readonly Omit<QuizOption, 'id'>[],
): QuizOption[] {
  const order = shuffled(options, randomFromNumber(seed ^ 0x5bd1e995));
  return order.map((option, i) => ({ ...option, id: String.fromCharCode(97 + i) }));
}

/** The drill's given values as text lines ("Address: 10.0.0.1/24"). */
export function givenText(drill: DrillQuestion): string {
  return drill.given.map((g) => `${g.label}: ${g.value}`).join('\n');
}

/** A typed part for one drill field. */
export function typedPart(
  id: string,
  prompt: string,
  checker: TypedChecker,
  accepted: string[],
  extra: Omit<QuestionBase, 'id' | 'prompt'>,
): TypedQuestion {
  return { ...base(id, prompt, extra), type: 'typed', checker, accepted };
}
