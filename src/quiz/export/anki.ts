import type { Question } from '../types';
import type { ExportReport } from './flatten';
import { answerHtml, promptHtml } from './anki-html';

export { escapeAnkiHtml } from './anki-html';

// Anki's text import: one note per line, tab-separated fields (guid, front, back, tags), with
// header lines that tell Anki the separator, that fields are HTML, and which columns hold the
// guid and the tags. The guid is `podnet-<question id>`, so importing again updates the notes
// instead of duplicating them. Every question type is supported (rendered as text); a scenario
// is one note with all its parts.

/** The stable Anki guid of a question. */
export function ankiGuid(questionId: string): string {
  return `podnet-${questionId}`;
}

/** Anki tags of a question: `podnet` and its topic tags (Anki separates tags with spaces). */
function ankiTags(question: Question): string {
  return ['podnet', ...question.topics].map((tag) => tag.replace(/\s+/g, '_')).join(' ');
}

/** Writes questions as an Anki text-import file. */
export function exportAnki(questions: readonly Question[]): ExportReport & { text: string } {
  const header = ['#separator:tab', '#html:true', '#guid column:1', '#tags column:4'];
  const lines = questions.map((q) =>
    [ankiGuid(q.id), promptHtml(q), answerHtml(q), ankiTags(q)].join('\t'),
  );
  return {
    exported: questions.map((q) => q.id),
    skipped: [],
    text: `${[...header, ...lines].join('\n')}\n`,
  };
}
