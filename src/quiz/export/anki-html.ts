import type { PartQuestion, Question } from '../types';

// The front and back of an Anki note as HTML (already escaped, one line, no tabs).

/** Escapes text for an HTML field of a tab-separated line: entities, no tabs, no raw newlines. */
export function escapeAnkiHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** The front: the prompt and what the learner chooses from. */
export function promptHtml(question: Question): string {
  const stem = escapeAnkiHtml(question.prompt);
  if (question.type !== 'scenario') return stem + choicesHtml(question);
  const parts = question.parts.map(
    (part, i) =>
      `<p><b>${String(i + 1)}.</b> ${escapeAnkiHtml(part.prompt)}${choicesHtml(part)}</p>`,
  );
  return stem + parts.join('');
}

/** The back: the right answer, the per-option explanations and the closing explanation. */
export function answerHtml(question: Question): string {
  const closing = question.explanation ? `<p>${escapeAnkiHtml(question.explanation)}</p>` : '';
  if (question.type !== 'scenario') return keyHtml(question) + closing;
  return (
    question.parts.map((part, i) => `<p><b>${String(i + 1)}.</b> ${keyHtml(part)}</p>`).join('') +
    closing
  );
}

/** A list of the options, items or targets a question shows. */
function choicesHtml(question: PartQuestion): string {
  const list = (texts: readonly string[]): string =>
    `<ul>${texts.map((t) => `<li>${escapeAnkiHtml(t)}</li>`).join('')}</ul>`;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return (
        (question.type === 'multiple' ? `<p>(Choose ${String(question.choose)}.)</p>` : '') +
        list(question.options.map((o) => o.text))
      );
    case 'ordering':
      return list(question.items.map((item) => item.text));
    case 'matching':
      return (
        list(question.items.map((item) => item.text)) + list(question.targets.map((t) => t.text))
      );
    case 'typed':
      return '';
  }
}

/** The answer key of one part, with explanations where the question has them. */
function keyHtml(question: PartQuestion): string {
  const text = escapeAnkiHtml;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return `<ul>${question.options.map((o) => `<li>${o.correct ? '✔' : '✘'} ${text(o.text)}: ${text(o.explanation)}</li>`).join('')}</ul>`;
    case 'ordering': {
      const byId = new Map(question.items.map((item) => [item.id, item.text]));
      return `<ol>${question.order.map((id) => `<li>${text(byId.get(id) ?? id)}</li>`).join('')}</ol>`;
    }
    case 'matching': {
      const target = (id: string | null | undefined): string =>
        question.targets.find((t) => t.id === id)?.text ?? '(none)';
      return `<ul>${question.items.map((item) => `<li>${text(item.text)} → ${text(target(question.key[item.id]))}</li>`).join('')}</ul>`;
    }
    case 'typed':
      return text(question.accepted.join(' or '));
  }
}
