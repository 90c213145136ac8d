// Every lesson-quiz question, and the generated sample exam papers draw on, as the review page's
// pool, written at build time to
// /review/pool.json; the review island fetches it, and the service worker precaches it.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getCourse, type CourseLesson } from '~/lib/course';
import { withModuleDomain } from '~/lib/exam-pool';
import { generatedSupplement } from '~/lib/generated-pool';
import { lessonSection } from '~/lib/lesson-section';
import { examsOfTopics } from '~/lib/export-sets';
import type { PoolQuestion, ReviewPool } from '~/lib/review-pool';
import { questionFromBank } from '~/quiz/bank';
import type { Question } from '~/quiz/types';

/** Writes the pool at build time. */
export const GET: APIRoute = async () => Response.json(await reviewPool());

// Reads the banks and the lessons that quiz them.
async function reviewPool(): Promise<ReviewPool> {
  const course = await getCourse();
  const banks = await getCollection('questions');
  const lessonOf = new Map(course.lessons.flatMap((l) => (l.data.quiz ? [[l.data.quiz, l]] : [])));
  const questions: PoolQuestion[] = banks.flatMap((bank) => {
    const lesson = lessonOf.get(bank.id);
    return bank.data.questions.map((q) => {
      const exams = [...(q.exams ?? bank.data.exams)];
      const question = questionFromBank(q, q.lesson);
      return {
        ...question,
        topics: withModuleDomain(question.topics, exams, lesson?.id.split('/')[0]),
        domain: q.domain,
        bank: bank.id,
        exams,
        lessonHref: lesson?.href ?? null,
        lessonTitle: lesson?.data.title ?? bank.data.title,
      };
    });
  });
  const generated = await Promise.all(
    generatedSupplement().map((q) => generatedPoolQuestion(q, course.lessons)),
  );
  const all = [...questions, ...generated];
  return { questions: all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

// A generated question as the review page shows it: from its generator, linked to its section.
async function generatedPoolQuestion(
  question: Question,
  lessons: readonly CourseLesson[],
): Promise<PoolQuestion> {
  const lesson = lessons.find((l) => l.id === question.lesson?.split('#')[0]);
  return {
    ...question,
    read: await lessonSection(question.lesson, '/review/'),
    bank: question.generated?.generator ?? 'generated',
    exams: examsOfTopics(question),
    lessonHref: lesson?.href ?? null,
    lessonTitle: lesson?.data.title ?? 'Generated questions',
  };
}
