import { getCollection } from 'astro:content';
import { DRILL_SKILLS } from '~/sim/subnet';
import type { CourseInfo } from './course-info';
import { getCourse, withBase } from './course';
import { examChoices } from './exam-catalog';
import { checkpointModules } from './exam-pool';
import { EXAM_LABELS } from './labels';
import { getChallenges } from './netpol-challenges';

/** What the progress page needs to know about the course, read from the content at build time. */
export async function progressCatalog(): Promise<CourseInfo> {
  const course = await getCourse();
  const banks = await getCollection('questions');
  const quizPage = new Map(
    course.lessons.flatMap((l) => (l.data.quiz ? [[l.data.quiz, l.href]] : [])),
  );
  const info: CourseInfo = {
    modules: course.modules.map((m) => ({
      id: m.id,
      title: m.title,
      lessons: m.lessons.map((l) => ({ id: l.id, title: l.data.title, href: l.href })),
    })),
    banks: {},
    questions: {},
    exams: { ...EXAM_LABELS },
    challenges: {},
    drillSkills: Object.fromEntries(
      DRILL_SKILLS.map((skill) => [
        skill.id,
        { title: skill.title, href: withBase('drills/subnetting/') },
      ]),
    ),
  };
  for (const bank of banks) {
    info.banks[bank.id] = { title: bank.data.title, href: quizPage.get(bank.id) ?? null };
    for (const q of bank.data.questions) {
      info.questions[q.id] = {
        bank: bank.id,
        domain: q.domain ?? null,
        exams: q.exams ?? bank.data.exams,
      };
    }
  }
  for (const challenge of await getChallenges()) {
    info.challenges[challenge.progressId] = { title: challenge.data.title, href: challenge.href };
  }
  info.papers = await examPapers();
  info.links = { exams: withBase('exams/'), review: withBase('review/') };
  return info;
}

// Every exam paper on offer, in the exam picker's order, with its domains' titles.
async function examPapers(): Promise<NonNullable<CourseInfo['papers']>> {
  const choices = examChoices(await checkpointModules(), new Date());
  return Object.fromEntries(
    choices.map(({ blueprint }) => [
      blueprint.id,
      {
        title: blueprint.title,
        domains: Object.fromEntries(blueprint.domains.map((d) => [d.id, d.title])),
      },
    ]),
  );
}
