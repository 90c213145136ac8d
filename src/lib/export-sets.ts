import { exportAnki, exportGift, exportMoodleXml, exportQti } from '~/quiz/export';
import { questionFromBank, runGenerator, type BankQuestion } from '~/quiz';
import type { QuestionGenerator } from '~/quiz/generators';
import type { Question } from '~/quiz/types';
import { EXAM_TAGS, type ExamTag } from '~/schemas/common';
import { EXAM_LABELS } from './labels';

// The question sets instructors can download from /exports/: one per exam plus every question,
// each written in four formats (GIFT, Moodle XML, a QTI 2.1 zip, Anki text). A bank question
// belongs to its own `exams`, or its bank's; a generated question to the exams of its topic tags.
// Generated questions go in as a fixed sample, so every build writes the same files.

/** The fixed sample of generated questions: how many per generator, and the first seed (then seed + 1, …). */
export const GENERATED_SAMPLE = { perGenerator: 4, seed: 2026 } as const;

/** A question bank as the exports read it (the content collection entry, reduced). */
export interface ExportBank {
  id: string;
  exams: readonly ExamTag[];
  questions: readonly (BankQuestion & { exams?: readonly ExamTag[] | undefined })[];
}

/** One downloadable set: its slug (in file names), title and questions. */
export interface ExportSet {
  slug: string;
  title: string;
  exam: ExamTag | 'all';
  questions: Question[];
}

/** The exam a topic tag belongs to (`ccna-200-301-v2:1.3` → `ccna`), or undefined. */
export function examOfTopic(tag: string): ExamTag | undefined {
  const exam = tag.split(':')[0] ?? '';
  if (exam === 'ccna-200-301' || exam === 'ccna-200-301-v2') return 'ccna';
  return (EXAM_TAGS as readonly string[]).includes(exam) ? (exam as ExamTag) : undefined;
}

/** The exams of a question by its topic tags (scenario parts included), in EXAM_TAGS order. */
export function examsOfTopics(question: Question): ExamTag[] {
  const tags = [
    ...question.topics,
    ...(question.type === 'scenario' ? question.parts.flatMap((p) => p.topics) : []),
  ];
  const exams = new Set(tags.map(examOfTopic));
  return EXAM_TAGS.filter((exam) => exams.has(exam));
}

/**
 * The generated sample: `perGenerator` questions from each generator, taken in turn, question i
 * from generator i mod n with seed `seed + i`.
 */
export function generatedSample(
  generators: readonly QuestionGenerator[],
  sample: { perGenerator: number; seed: number } = GENERATED_SAMPLE,
): Question[] {
  return Array.from({ length: sample.perGenerator * generators.length }, (_, i) => {
    const generator = generators[i % generators.length] as QuestionGenerator;
    return runGenerator(generator, sample.seed + i);
  });
}

/** Every question with the exams it belongs to: bank questions first (bank by bank), then generated ones. */
export function examQuestions(
  banks: readonly ExportBank[],
  generated: readonly Question[],
): { question: Question; exams: readonly ExamTag[] }[] {
  const fromBanks = banks.flatMap((bank) =>
    bank.questions.map((q) => ({ question: questionFromBank(q), exams: q.exams ?? bank.exams })),
  );
  const fromGenerators = generated.map((q) => ({ question: q, exams: examsOfTopics(q) }));
  return [...fromBanks, ...fromGenerators];
}

/** The set slug of an exam, as it appears in file names. */
function examSlug(exam: ExamTag): string {
  return exam === 'k8s' ? 'kubernetes' : exam;
}

/** The downloadable sets: one per exam (SAA-C03, CCNA, Kubernetes), then all questions. */
export function exportSets(
  banks: readonly ExportBank[],
  generated: readonly Question[],
): ExportSet[] {
  const all = examQuestions(banks, generated);
  const order: ExamTag[] = ['saa-c03', 'ccna', 'k8s'];
  const perExam = order.map((exam) => ({
    slug: examSlug(exam),
    title: EXAM_LABELS[exam],
    exam,
    questions: all.filter((entry) => entry.exams.includes(exam)).map((entry) => entry.question),
  }));
  return [
    ...perExam,
    { slug: 'all', title: 'All questions', exam: 'all', questions: all.map((e) => e.question) },
  ];
}

/** What one export file holds: its body, media type, and which questions went in or were left out. */
export interface ExportFile {
  body: string | Uint8Array;
  contentType: string;
  exported: string[];
  skipped: { id: string; reason: string }[];
}

/** A file format of the exports: id, name, file-name suffix and writer. */
export interface ExportFormat {
  id: 'gift' | 'moodle-xml' | 'qti' | 'anki';
  name: string;
  suffix: string;
  write(questions: readonly Question[]): ExportFile;
}

/** The four formats, in the order the page lists them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'gift',
    name: 'Moodle GIFT',
    suffix: '.gift.txt',
    write: (questions) => {
      const { text, ...report } = exportGift(questions);
      return { body: text, contentType: 'text/plain; charset=utf-8', ...report };
    },
  },
  {
    id: 'moodle-xml',
    name: 'Moodle XML',
    suffix: '.moodle.xml',
    write: (questions) => {
      const { xml, ...report } = exportMoodleXml(questions);
      return { body: xml, contentType: 'application/xml; charset=utf-8', ...report };
    },
  },
  {
    id: 'qti',
    name: 'QTI 2.1 package',
    suffix: '.qti.zip',
    write: (questions) => {
      const { zip, ...report } = exportQti(questions);
      return { body: zip, contentType: 'application/zip', ...report };
    },
  },
  {
    id: 'anki',
    name: 'Anki text import',
    suffix: '.anki.txt',
    write: (questions) => {
      const { text, ...report } = exportAnki(questions);
      return { body: text, contentType: 'text/plain; charset=utf-8', ...report };
    },
  },
];

/** The file name of a set in a format, e.g. `podnet-ccna.gift.txt`. */
export function exportFileName(set: ExportSet, format: ExportFormat): string {
  return `podnet-${set.slug}${format.suffix}`;
}

/** The size in bytes of a file body (UTF-8 for text). */
export function bodyBytes(body: string | Uint8Array): number {
  return typeof body === 'string' ? new TextEncoder().encode(body).length : body.length;
}
