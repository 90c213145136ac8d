import { getEntry } from 'astro:content';
import { questionRecords, type SearchRecord } from '~/search/records';
import { getCourse } from './course';

/** The search records of every lesson's quiz questions, in course order. */
export async function quizSearchRecords(): Promise<SearchRecord[]> {
  const course = await getCourse();
  const records: SearchRecord[] = [];
  for (const lesson of course.lessons) {
    if (!lesson.data.quiz) continue;
    const bank = await getEntry('questions', lesson.data.quiz);
    if (!bank) continue;
    // The lesson's path without the base path, as Pagefind stores the pages it indexes.
    const path = `/lessons/${lesson.slug}/`;
    records.push(...questionRecords({ title: lesson.data.title, path }, bank.data.questions));
  }
  return records;
}
