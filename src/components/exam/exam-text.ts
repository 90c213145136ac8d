// The sentences the exam pages use to describe a paper: its size against the real exam, its
// navigation rule, its version. Shared by the picker and the session so both say the same.
import { CCNA_V2_FIRST_DAY, type PaperBlueprint, type Shortfall } from '~/quiz';
import type { ExamMode } from './session-state';

/** A paper's short name for sentences: `SAA-C03`, `CCNA v1.1`, `Kubernetes checkpoint`. */
export function shortName(blueprint: PaperBlueprint): string {
  if (blueprint.id === 'saa-c03') return 'SAA-C03';
  if (blueprint.id.startsWith('ccna-')) return `CCNA ${blueprint.id.slice('ccna-'.length)}`;
  return 'checkpoint';
}

/** How many questions the banks give this paper, honestly against the real count. */
export function sizeSentence(
  blueprint: PaperBlueprint,
  available: number,
  shortfalls: readonly Shortfall[],
): string {
  if (shortfalls.length === 0) return `${available} questions, as many as the paper asks for.`;
  return `The banks hold ${available} ${shortName(blueprint)} questions so far; this paper has ${available} of ${blueprint.questionCount}.`;
}

/** The navigation rule in plain words, for a mode. */
export function navigationSentence(blueprint: PaperBlueprint, mode: ExamMode): string {
  if (mode === 'practice') {
    return 'Relaxed: no clock, move back and forth freely, and check each answer to read at once why every option is right or wrong — unlike the exam.';
  }
  if (blueprint.navigation === 'forward-only') {
    return 'Forward only, as candidates report it (Cisco states no rule on an official page): once you move on you cannot go back, and there is no flag to return to a question.';
  }
  return 'You can move back and forth, flag questions for review and change answers until you submit; a review screen lists the answered, unanswered and flagged questions.';
}

/** Which CCNA version a paper follows and when v2.0 starts; nothing for other papers. */
export function versionSentence(blueprint: PaperBlueprint): string | undefined {
  if (!blueprint.id.startsWith('ccna-')) return undefined;
  const version = blueprint.id.slice('ccna-'.length);
  return `This paper follows the CCNA 200-301 ${version} blueprint. Cisco's v2.0 starts on ${CCNA_V2_FIRST_DAY}; before that date v1.1 is the exam in force.`;
}

/** The time limit in words for a mode. */
export function timeSentence(blueprint: PaperBlueprint, mode: ExamMode): string {
  if (mode === 'practice') return 'No time limit in practice.';
  return `${blueprint.timeLimitMinutes} minutes; when time runs out the paper is submitted automatically.`;
}
