import { canonicalTyped } from '../typed-check';
import type { MatchingQuestion, PartQuestion, Question, QuizOption } from '../types';
import { flattenScenarios, targetText, unplacedItemsReason, type ExportReport } from './flatten';

// GIFT, Moodle's plain-text question format. Supported: single, multiple (Moodle gives partial
// credit: each right option earns its share, each wrong one −100%), matching (three pairs or
// more, every item placed, no "->" in item text, no feedback), typed (number → numerical, the others → short answer, which Moodle
// compares as literal text, so only the listed accepted forms pass), scenario parts (as separate
// questions with the stem in front). Skipped: ordering (GIFT has no ordering type).

/** Escapes GIFT's special characters (~ = # { } : and the backslash) and newlines in text. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

/** Text in GIFT's plain format, shown literally by Moodle. */
function plain(text: string): string {
  return `[plain]${escapeGift(text)}`;
}

/** The answer lines of a single or multiple question. */
function choiceLines(question: PartQuestion & { options: QuizOption[] }): string[] {
  const right = question.options.filter((o) => o.correct).length;
  return question.options.map((option) => {
    const feedback = `#${plain(option.explanation)}`;
    if (question.type === 'single')
      return `${option.correct ? '=' : '~'}${plain(option.text)}${feedback}`;
    const weight = option.correct ? formatWeight(100 / right) : '-100';
    return `~%${weight}%${plain(option.text)}${feedback}`;
  });
}

/** A GIFT weight: Moodle accepts its own list of fractions, written with up to 5 decimals. */
function formatWeight(percent: number): string {
  return String(Math.round(percent * 100000) / 100000);
}

/** The pairs of a matching question, or why GIFT cannot hold it (it needs three pairs or more, every item placed). */
function matchingLines(question: MatchingQuestion): string[] | string {
  const reason = unplacedItemsReason(question);
  if (reason !== undefined) return reason;
  if (question.items.length < 3)
    return 'matching with fewer than three pairs (GIFT needs at least three)';
  if (question.items.some((item) => item.text.includes('->')))
    return 'matching item text contains "->"';
  return question.items.map(
    (item) =>
      `=${plain(item.text)} -> ${escapeGift(targetText(question, question.key[item.id] ?? null))}`,
  );
}

/** The answer block of one question, or the reason it cannot be written. */
function answerBlock(question: PartQuestion): string[] | string {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return choiceLines(question);
    case 'ordering':
      return 'ordering (GIFT has no ordering question type)';
    case 'matching':
      return matchingLines(question);
    case 'typed':
      if (question.checker === 'number') {
        return [
          `#${question.accepted.map((accepted) => `=${canonicalTyped('number', accepted)}`).join(' ')}`,
        ];
      }
      return [question.accepted.map((accepted) => `=${escapeGift(accepted)}`).join(' ')];
  }
}

/** One question in GIFT, or the reason it is skipped. */
function giftQuestion(question: PartQuestion): string | { reason: string } {
  const block = answerBlock(question);
  if (typeof block === 'string') return { reason: block };
  // GIFT matching takes no feedback at all.
  const general =
    question.explanation && question.type !== 'matching'
      ? [`####${plain(question.explanation)}`]
      : [];
  const tags = question.topics.length > 0 ? [`// tags: ${question.topics.join(' ')}`] : [];
  const head = `::${escapeGift(question.id)}::${plain(question.prompt)}`;
  return [...tags, `${head} {`, ...block, ...general, '}'].join('\n');
}

/** Writes questions as a GIFT file (blank lines between questions) and reports what was skipped. */
export function exportGift(questions: readonly Question[]): ExportReport & { text: string } {
  const blocks: string[] = [];
  const report: ExportReport = { exported: [], skipped: [] };
  for (const question of flattenScenarios(questions)) {
    const written = giftQuestion(question);
    if (typeof written === 'string') {
      blocks.push(written);
      report.exported.push(question.id);
    } else report.skipped.push({ id: question.id, reason: written.reason });
  }
  return { ...report, text: `${blocks.join('\n\n')}\n` };
}
