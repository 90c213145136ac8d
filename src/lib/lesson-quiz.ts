// Which questions of a bank the end-of-lesson quiz shows. A bank at exam scale (the SAA-C03 and
// CCNA banks hold 40 to 60 questions) would make a lesson page too heavy to load on a phone and
// too long to finish in one sitting, so a lesson shows at most LESSON_QUIZ_SIZE of them, taken in
// turn from every section the bank links to; the rest are practised from the review page and in
// the exam trainer, which read the whole bank.

/** The most questions a lesson's own quiz shows; larger banks are practised in full elsewhere. */
export const LESSON_QUIZ_SIZE = 24;

/** A question as far as the choice is concerned: its id and the lesson section it links to. */
export interface SectionedQuestion {
  id: string;
  lesson?: string | undefined;
}

/**
 * The questions a lesson quiz shows, in the bank's order: all of them when the bank is small,
 * otherwise `size` picked round-robin over the sections (the first question of each section,
 * then the second of each, …), so every section the bank covers is asked about.
 */
export function pickLessonQuiz<Q extends SectionedQuestion>(
  questions: readonly Q[],
  size: number = LESSON_QUIZ_SIZE,
): Q[] {
  if (questions.length <= size) return [...questions];
  const sections = new Map<string, Q[]>();
  for (const q of questions) {
    const key = q.lesson ?? '';
    sections.set(key, [...(sections.get(key) ?? []), q]);
  }
  const chosen = new Set<string>();
  for (let round = 0; chosen.size < size; round += 1) {
    for (const inSection of sections.values()) {
      const q = inSection[round];
      if (q && chosen.size < size) chosen.add(q.id);
    }
  }
  return questions.filter((q) => chosen.has(q.id));
}
