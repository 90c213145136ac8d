// The per-question rules the field schemas cannot express. Each rule returns problems as
// `{ path, message }` pairs, and every message starts with `question <id>:` so that the build
// error (which already names the bank file and the path) also names the question.

/** One problem in a question: where it is (relative to the question) and what is wrong. */
export interface QuestionProblem {
  path: (string | number)[];
  message: string;
}

/** The parts of a parsed question the rules read. */
export interface CheckedQuestion {
  id: string;
  type: 'single' | 'multiple';
  prompt: string;
  domain?: string | undefined;
  options: readonly { id: string; text: string; correct: boolean; explanation: string }[];
}

/** The shortest explanation an option may carry, in characters, ignoring surrounding spaces. */
export const MIN_EXPLANATION_LENGTH = 10;

const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };
const CHOOSE_PATTERN = /\bchoose\s+(two|three|four|five)\b/i;

/** Runs every rule on a well-formed question and returns all problems found. */
export function questionProblems(q: CheckedQuestion): QuestionProblem[] {
  return [
    ...optionIdProblems(q),
    ...correctCountProblems(q),
    ...chooseCountProblems(q),
    ...explanationProblems(q),
    ...duplicateTextProblems(q),
    ...domainProblems(q),
  ];
}

/** How many options a prompt asks for ("Choose two." → word `two`, count 2), if it says. */
export function chooseCount(prompt: string): { word: string; count: number } | undefined {
  const word = CHOOSE_PATTERN.exec(prompt)?.[1]?.toLowerCase();
  const count = word === undefined ? undefined : COUNT_WORDS[word];
  return word === undefined || count === undefined ? undefined : { word, count };
}

// Option ids must be unique within the question.
function optionIdProblems(q: CheckedQuestion): QuestionProblem[] {
  const ids = q.options.map((o) => o.id);
  if (new Set(ids).size === ids.length) return [];
  return [{ path: ['options'], message: `question ${q.id}: option ids must be unique` }];
}

// A single-choice question has one correct option; a multiple-response one at least two.
function correctCountProblems(q: CheckedQuestion): QuestionProblem[] {
  const correct = q.options.filter((o) => o.correct).length;
  if (q.type === 'single' && correct !== 1) {
    const message = `question ${q.id}: a single-choice question needs exactly one correct option, found ${correct}`;
    return [{ path: ['options'], message }];
  }
  if (q.type === 'multiple' && correct < 2) {
    const message = `question ${q.id}: a multiple-response question needs at least two correct options, found ${correct}`;
    return [{ path: ['options'], message }];
  }
  return [];
}

// A multiple-response prompt says how many to choose, matching the key; a single-choice one does not.
function chooseCountProblems(q: CheckedQuestion): QuestionProblem[] {
  const asked = chooseCount(q.prompt);
  const correct = q.options.filter((o) => o.correct).length;
  if (q.type === 'single') {
    if (asked === undefined) return [];
    const message = `question ${q.id}: a single-choice prompt must not say "Choose ${asked.word}"; make the question type multiple or reword the prompt`;
    return [{ path: ['prompt'], message }];
  }
  if (asked === undefined) {
    const message = `question ${q.id}: a multiple-response prompt must say how many to choose ("Choose two." … "Choose five."); ${correct} options are correct`;
    return [{ path: ['prompt'], message }];
  }
  if (asked.count === correct) return [];
  const message = `question ${q.id}: the prompt says "Choose ${asked.word}" but ${correct} options are correct`;
  return [{ path: ['prompt'], message }];
}

// Every option explains why it is right or wrong, in a real sentence rather than a stub.
function explanationProblems(q: CheckedQuestion): QuestionProblem[] {
  return q.options.flatMap((option, index) =>
    option.explanation.trim().length >= MIN_EXPLANATION_LENGTH
      ? []
      : [
          {
            path: ['options', index, 'explanation'],
            message: `question ${q.id}: option ${option.id} needs an explanation of at least ${MIN_EXPLANATION_LENGTH} characters saying why it is right or wrong`,
          },
        ],
  );
}

// Two options with the same text (ignoring spacing; case can matter, as in `2001:DB8::`) are an
// authoring mistake.
function duplicateTextProblems(q: CheckedQuestion): QuestionProblem[] {
  const firstWithText = new Map<string, string>();
  return q.options.flatMap((option, index) => {
    const key = option.text.trim().replace(/\s+/g, ' ');
    const first = firstWithText.get(key);
    if (first === undefined) {
      firstWithText.set(key, option.id);
      return [];
    }
    const message = `question ${q.id}: options ${first} and ${option.id} have the same text`;
    return [{ path: ['options', index, 'text'], message }];
  });
}

// A domain, when given, is a visible name: not blank and without stray spaces around it.
function domainProblems(q: CheckedQuestion): QuestionProblem[] {
  if (q.domain === undefined || (q.domain !== '' && q.domain.trim() === q.domain)) return [];
  const message = `question ${q.id}: domain "${q.domain}" must be a non-empty name without leading or trailing spaces`;
  return [{ path: ['domain'], message }];
}

/**
 * Finds options with no explanation at all in a question that may not have parsed, so the
 * message can name the question and option even when the field schema already failed.
 */
export function missingExplanationProblems(raw: unknown): QuestionProblem[] {
  if (!isRecord(raw) || !Array.isArray(raw['options'])) return [];
  const questionId = typeof raw['id'] === 'string' ? raw['id'] : '(no id)';
  return raw['options'].flatMap((option: unknown, index) => {
    if (!isRecord(option) || option['explanation'] !== undefined) return [];
    const optionId = typeof option['id'] === 'string' ? option['id'] : `#${index + 1}`;
    const message = `question ${questionId}: option ${optionId} has no explanation; add one saying why it is right or wrong`;
    return [{ path: ['options', index, 'explanation'], message }];
  });
}

// Whether a value is a plain object whose fields can be read by name.
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
