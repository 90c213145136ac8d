import { canonicalTyped } from '../typed-check';
import type { PartQuestion, Question, QuizOption } from '../types';
import { flattenScenarios, targetText, unplacedItemsReason, type ExportReport } from './flatten';
import { XML_DECLARATION, element, textElement } from './xml';

// Moodle XML. Supported: single and multiple (multichoice; Moodle gives partial credit for
// multiple response: each right option its share, each wrong one −100%), ordering (the
// `ordering` type, core since Moodle 4.4, graded all or nothing), matching (every item placed;
// targets no item goes to are added as distractor answers), typed (number → numerical, the
// others → short answer, literal text, case-insensitive unless the question says otherwise),
// scenario parts (separate questions with the stem in front). Skipped: matching with an item
// that belongs to no target, or with fewer than two items or three targets (Moodle's minimum).

/** A `<text>` wrapper in plain-text format, as Moodle writes question text and feedback. */
function formatted(name: string, text: string): string {
  return element(name, { format: 'plain_text' }, textElement('text', text));
}

/** The elements every question starts with: name, text, general feedback, grade, tags. */
function commonParts(question: PartQuestion): string {
  const tags = question.topics.map((tag) => element('tag', {}, textElement('text', tag))).join('');
  return [
    element('name', {}, textElement('text', question.id)),
    formatted('questiontext', question.prompt),
    formatted('generalfeedback', question.explanation ?? ''),
    textElement('defaultgrade', '1'),
    tags === '' ? '' : element('tags', {}, tags),
  ].join('');
}

/** One `<answer>` with a fraction, its text and optional feedback. */
function answer(fraction: string, text: string, feedback?: string, extra = ''): string {
  const fb = feedback === undefined ? '' : formatted('feedback', feedback);
  return element(
    'answer',
    { fraction, format: 'plain_text' },
    textElement('text', text) + extra + fb,
  );
}

/** The answers of a multichoice question: single 100/0; multiple each right option its share, each wrong −100. */
function choiceAnswers(question: PartQuestion & { options: QuizOption[] }): string {
  const right = question.options.filter((o) => o.correct).length;
  const share = String(Math.round((100 / right) * 100000) / 100000);
  const [rightFraction, wrongFraction] =
    question.type === 'single' ? ['100', '0'] : [share, '-100'];
  return question.options
    .map((o) => answer(o.correct ? rightFraction : wrongFraction, o.text, o.explanation))
    .join('');
}

/** The type and body of one question, or the reason it is skipped. */
function body(question: PartQuestion): { type: string; inner: string } | string {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        type: 'multichoice',
        inner:
          textElement('single', String(question.type === 'single')) +
          textElement('shuffleanswers', '1') +
          textElement('answernumbering', 'abc') +
          choiceAnswers(question),
      };
    case 'ordering': {
      const byId = new Map(question.items.map((item) => [item.id, item.text]));
      const settings = [
        ['layouttype', 'VERTICAL'],
        ['selecttype', 'ALL'],
        ['selectcount', '0'],
        ['gradingtype', 'ALL_OR_NOTHING'],
      ];
      return {
        type: 'ordering',
        inner:
          settings.map(([k, v]) => textElement(k ?? '', v ?? '')).join('') +
          question.order.map((id) => answer('1', byId.get(id) ?? '')).join(''),
      };
    }
    case 'matching': {
      const reason = unplacedItemsReason(question);
      if (reason !== undefined) return reason;
      if (question.items.length < 2 || question.targets.length < 3) {
        return 'matching with fewer than two items or three targets (Moodle needs at least that)';
      }
      const used = new Set(Object.values(question.key));
      const pairs = question.items.map(
        (item) => [item.text, targetText(question, question.key[item.id] ?? null)] as const,
      );
      const distractors = question.targets
        .filter((t) => !used.has(t.id))
        .map((t) => ['', t.text] as const);
      const subs = [...pairs, ...distractors].map(([text, target]) =>
        element(
          'subquestion',
          { format: 'plain_text' },
          textElement('text', text) + element('answer', {}, textElement('text', target)),
        ),
      );
      return { type: 'matching', inner: textElement('shuffleanswers', '1') + subs.join('') };
    }
    case 'typed':
      if (question.checker === 'number') {
        return {
          type: 'numerical',
          inner: question.accepted
            .map((a) =>
              answer('100', canonicalTyped('number', a), undefined, textElement('tolerance', '0')),
            )
            .join(''),
        };
      }
      return {
        type: 'shortanswer',
        inner:
          textElement('usecase', question.caseSensitive ? '1' : '0') +
          question.accepted.map((a) => answer('100', a)).join(''),
      };
  }
}

/** Writes questions as a Moodle XML quiz file and reports what was skipped. */
export function exportMoodleXml(questions: readonly Question[]): ExportReport & { xml: string } {
  const report: ExportReport = { exported: [], skipped: [] };
  const written: string[] = [];
  for (const question of flattenScenarios(questions)) {
    const part = body(question);
    if (typeof part === 'string') {
      report.skipped.push({ id: question.id, reason: part });
      continue;
    }
    written.push(element('question', { type: part.type }, commonParts(question) + part.inner));
    report.exported.push(question.id);
  }
  return {
    ...report,
    xml: `${XML_DECLARATION}\n${element('quiz', {}, `\n${written.join('\n')}\n`)}\n`,
  };
}
