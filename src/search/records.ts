// Search records for quiz questions: what Pagefind indexes for each question so a search can find
// it and lead to it on its lesson page. Pure: the build-time loader (src/lib/search-records.ts)
// feeds it the course's data.

/** Prefix of a question card's id on its lesson page (src/components/quiz/QuestionCard.tsx). */
export const QUESTION_ANCHOR_PREFIX = 'question-';

/** The file the build writes the records to, read and removed by the search-index integration. */
export const SEARCH_RECORDS_FILE = 'search-records.json';

/** A custom record in the shape of Pagefind's `addCustomRecord`. */
export interface SearchRecord {
  /** Site path without the base path; Pagefind's runtime adds the base. */
  url: string;
  content: string;
  language: 'en';
  meta: { title: string; section: string; kind: 'question' };
}

/** A text with its explanation: an option, or an item to order or match. */
interface ExplainedText {
  text: string;
  explanation?: string | undefined;
}

/** The parts of a question (of any kind, or a scenario's part) that are indexed. */
export interface IndexedQuestion {
  id: string;
  prompt: string;
  explanation?: string | undefined;
  options?: ExplainedText[];
  items?: ExplainedText[];
  targets?: { text: string }[];
  parts?: IndexedQuestion[];
}

/** The id of a question card's element, the target of a search result's link. */
export function questionAnchor(questionId: string): string {
  return `${QUESTION_ANCHOR_PREFIX}${questionId}`;
}

/** One record per question of a lesson's quiz, linking to the question on the lesson's page. */
export function questionRecords(
  lesson: { title: string; path: string },
  questions: IndexedQuestion[],
): SearchRecord[] {
  return questions.map((question, index) => ({
    url: `${lesson.path}#${questionAnchor(question.id)}`,
    content: questionText(question),
    language: 'en',
    meta: { title: lesson.title, section: `Quiz question ${index + 1}`, kind: 'question' },
  }));
}

// The prompt, every option or item with its explanation, the targets, the parts, then the closing
// explanation, as plain text.
function questionText(question: IndexedQuestion): string {
  const explained = [...(question.options ?? []), ...(question.items ?? [])];
  const lines = [
    question.prompt,
    ...explained.flatMap((x) => [x.text, x.explanation ?? '']),
    ...(question.targets ?? []).map((target) => target.text),
    ...(question.parts ?? []).map(questionText),
    question.explanation ?? '',
  ];
  return lines.map(plainText).filter(Boolean).join('\n');
}

/** Author text without the backticks that mark inline code. */
export function plainText(text: string): string {
  return text.replace(/`/g, '').trim();
}
