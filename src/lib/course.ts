import { getCollection, render, type CollectionEntry } from 'astro:content';
import { checkBankScale } from './bank-scale';
import { checkCourse, checkGeneratedLinks, type CourseIssue } from './course-checks';
import { generatedSupplement } from './generated-pool';
import { checkNetpolScenarios } from './netpol-scenario';

/** A lesson as the site shows it: its entry plus where it sits and where it lives. */
export interface CourseLesson {
  id: string;
  slug: string;
  href: string;
  entry: CollectionEntry<'lessons'>;
  data: CollectionEntry<'lessons'>['data'];
}

/** A module with its lessons in order. */
export interface CourseModuleView {
  id: string;
  title: string;
  summary: string;
  order: number;
  lessons: CourseLesson[];
}

/** The whole course: modules in order, and every lesson in reading order. */
export interface Course {
  modules: CourseModuleView[];
  lessons: CourseLesson[];
}

let cached: Promise<Course> | undefined;

/** Joins a site path onto the configured base path (which may be `/` or `/podnet/`). */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

/** Builds the course once per build, failing it with every cross-file problem found. */
export function getCourse(): Promise<Course> {
  cached ??= loadCourse();
  return cached;
}

// Reads the collections, checks them against each other, and orders modules and lessons.
async function loadCourse(): Promise<Course> {
  const [modules, lessons, banks] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('questions'),
  ]);
  const headingIds = await lessonHeadingIds(lessons);
  const lessonFacts = lessons.map((l) => ({
    id: l.id,
    ...l.data,
    headingIds: headingIds.get(l.id) ?? [],
  }));
  const issues: CourseIssue[] = [
    ...checkCourse({
      modules: modules.map((m) => m.data),
      lessons: lessonFacts,
      banks: banks.map((b) => ({
        id: b.id,
        questionIds: b.data.questions.map((q) => q.id),
        domains: b.data.questions.flatMap((q) =>
          q.domain === undefined ? [] : [{ questionId: q.id, domain: q.domain }],
        ),
        lessonLinks: b.data.questions.flatMap((q) =>
          q.lesson === undefined ? [] : [{ questionId: q.id, lesson: q.lesson }],
        ),
      })),
    }),
    ...checkGeneratedLinks(lessonFacts, generatedSupplement()),
    ...checkBankScale(
      banks.map((b) => ({
        id: b.id,
        questions: b.data.questions.map((q) => ({ ...q, topics: q.topics ?? [] })),
      })),
    ),
    ...(await checkNetpol()),
  ];
  const errors = issues.filter((i) => i.level === 'error');
  for (const warning of issues.filter((i) => i.level === 'warning')) {
    console.warn(`[podnet] ${warning.file}: ${warning.message}`);
  }
  if (errors.length > 0) {
    throw new Error(
      `The course content has ${errors.length} problem(s):\n` +
        errors.map((e) => `  - ${e.file}: ${e.message}`).join('\n'),
    );
  }
  const views = [...modules]
    .sort((a, b) => a.data.order - b.data.order)
    .map((m) => ({
      ...m.data,
      lessons: lessons
        .filter((l) => l.data.module === m.data.id)
        .sort((a, b) => a.data.order - b.data.order)
        .map(lessonView),
    }))
    .filter((m) => m.lessons.length > 0);
  return { modules: views, lessons: views.flatMap((m) => m.lessons) };
}

// Renders every lesson to learn the ids its page gives its headings (the targets of `lesson` links).
async function lessonHeadingIds(
  lessons: CollectionEntry<'lessons'>[],
): Promise<Map<string, string[]>> {
  const rendered = await Promise.all(
    lessons.map(async (l) => [l.id, (await render(l)).headings.map((h) => h.slug)] as const),
  );
  return new Map(rendered);
}

// Checks the netpol presets and challenges against each other, and grades every challenge's
// solution and starter with the engine.
async function checkNetpol(): Promise<CourseIssue[]> {
  const [scenarios, challenges] = await Promise.all([
    getCollection('netpolScenarios'),
    getCollection('netpolChallenges'),
  ]);
  return checkNetpolScenarios(scenarios, challenges);
}

// Turns a lesson entry (id `<module>/<slug>`) into its view with its page URL.
function lessonView(entry: CollectionEntry<'lessons'>): CourseLesson {
  const slug = entry.id;
  return { id: entry.id, slug, href: withBase(`lessons/${slug}/`), entry, data: entry.data };
}
