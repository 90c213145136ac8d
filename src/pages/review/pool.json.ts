// Every lesson-quiz question as the review page's pool, written at build time to
// /review/pool.json; the review island fetches it, and the service worker precaches it.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getCourse } from '~/lib/course';
import type { PoolQuestion, ReviewPool } from '~/lib/review-pool';
import { questionFromBank } from '~/quiz/bank';

/** Writes the pool at build time. */
export const GET: APIRoute = async () => Response.json(await reviewPool());

// Reads the banks and the lessons that quiz them.
async function reviewPool(): Promise<ReviewPool> {
  const course = await getCourse();
  const banks = await getCollection('questions');
  const lessonOf = new Map(course.lessons.flatMap((l) => (l.data.quiz ? [[l.data.quiz, l]] : [])));
  const questions: PoolQuestion[] = banks.flatMap((bank) => {
    const lesson = lessonOf.get(bank.id);
    return bank.data.questions.map((q) => ({
      ...questionFromBank(q, q.lesson),
      domain: q.domain,
      bank: bank.id,
      exams: [...(q.exams ?? bank.data.exams)],
      lessonHref: lesson?.href ?? null,
      lessonTitle: lesson?.data.title ?? bank.data.title,
    }));
  });
  return { questions: questions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}
