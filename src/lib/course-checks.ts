/** A cross-file problem in the course content; errors fail the build, warnings are printed. */
export interface CourseIssue {
  level: 'error' | 'warning';
  file: string;
  message: string;
}

/** The facts the checks need, free of Astro types so they can be unit-tested. */
export interface CourseFacts {
  modules: { id: string; title: string; order: number }[];
  lessons: {
    id: string;
    module: string;
    order: number;
    prerequisites: string[];
    quiz?: string | undefined;
    /** The ids of the lesson's headings as its page renders them (for `lesson` links). */
    headingIds?: string[];
  }[];
  banks: {
    id: string;
    questionIds: string[];
    /** Each question's free-text `domain`, when it has one (checked for consistent spelling). */
    domains?: { questionId: string; domain: string }[];
    /** Each question's `lesson` link (`<module>/<lesson>#<heading-id>`), when it has one. */
    lessonLinks?: { questionId: string; lesson: string }[];
  }[];
}

/** Checks what one schema cannot: references between files, order without gaps, unique ids. */
export function checkCourse(facts: CourseFacts): CourseIssue[] {
  return [
    ...checkModules(facts),
    ...checkLessons(facts),
    ...checkBanks(facts),
    ...checkDomainSpelling(facts),
    ...checkLessonLinks(facts),
  ];
}

// Module order must run 1, 2, 3… and every module should have lessons.
function checkModules({ modules, lessons }: CourseFacts): CourseIssue[] {
  const issues: CourseIssue[] = [];
  issues.push(
    ...gapsIn(
      modules.map((m) => m.order),
      'content/modules.yaml',
      'module',
    ),
  );
  for (const m of modules) {
    if (!lessons.some((l) => l.module === m.id)) {
      issues.push({
        level: 'warning',
        file: 'content/modules.yaml',
        message: `module "${m.id}" has no lessons yet; it is hidden`,
      });
    }
  }
  return issues;
}

// Each lesson lives in its module's folder, names real prerequisites and quiz banks, in gap-free order.
function checkLessons({ modules, lessons, banks }: CourseFacts): CourseIssue[] {
  const issues: CourseIssue[] = [];
  const lessonIds = new Set(lessons.map((l) => l.id));
  for (const lesson of lessons) {
    const file = `content/lessons/${lesson.id}.mdx`;
    if (!modules.some((m) => m.id === lesson.module)) {
      issues.push({
        level: 'error',
        file,
        message: `module "${lesson.module}" is not in content/modules.yaml`,
      });
    }
    if (!lesson.id.startsWith(`${lesson.module}/`)) {
      issues.push({
        level: 'error',
        file,
        message: `a lesson of module "${lesson.module}" must live in content/lessons/${lesson.module}/`,
      });
    }
    for (const pre of lesson.prerequisites) {
      if (!lessonIds.has(pre))
        issues.push({ level: 'error', file, message: `prerequisite "${pre}" is not a lesson` });
      if (pre === lesson.id)
        issues.push({ level: 'error', file, message: 'a lesson cannot be its own prerequisite' });
    }
    if (lesson.quiz !== undefined && !banks.some((b) => b.id === lesson.quiz)) {
      issues.push({
        level: 'error',
        file,
        message: `quiz bank "${lesson.quiz}" is not in content/questions/`,
      });
    }
  }
  for (const m of modules) {
    const orders = lessons.filter((l) => l.module === m.id).map((l) => l.order);
    issues.push(...gapsIn(orders, `content/lessons/${m.id}/`, 'lesson'));
  }
  return issues;
}

// Question ids are unique across every bank, because progress is keyed by them.
function checkBanks({ banks }: CourseFacts): CourseIssue[] {
  const issues: CourseIssue[] = [];
  const seen = new Map<string, string>();
  for (const bank of banks) {
    for (const id of bank.questionIds) {
      const other = seen.get(id);
      if (other !== undefined) {
        issues.push({
          level: 'error',
          file: `content/questions/${bank.id}.yaml`,
          message: `question id "${id}" is also used in ${other}.yaml`,
        });
      }
      seen.set(id, bank.id);
    }
  }
  return issues;
}

// A domain is one name everywhere: two spellings that differ only in case or spacing would split
// the learner's accuracy per domain, so every spelling after the first is an error.
function checkDomainSpelling({ banks }: CourseFacts): CourseIssue[] {
  const issues: CourseIssue[] = [];
  const firstSpelling = new Map<string, { domain: string; bank: string }>();
  for (const bank of banks) {
    for (const { questionId, domain } of bank.domains ?? []) {
      const key = domain.trim().replace(/\s+/g, ' ').toLowerCase();
      const first = firstSpelling.get(key);
      if (first === undefined) firstSpelling.set(key, { domain, bank: bank.id });
      else if (first.domain !== domain) {
        issues.push({
          level: 'error',
          file: `content/questions/${bank.id}.yaml`,
          message: `question ${questionId}: domain "${domain}" is spelled "${first.domain}" in ${first.bank}.yaml; use one spelling`,
        });
      }
    }
  }
  return issues;
}

// A question's `lesson` link names a real lesson and one of that lesson's headings.
function checkLessonLinks({ lessons, banks }: CourseFacts): CourseIssue[] {
  const headingsOf = new Map(lessons.map((l) => [l.id, new Set(l.headingIds ?? [])]));
  return banks.flatMap((bank) =>
    (bank.lessonLinks ?? []).flatMap(({ questionId, lesson }) => {
      const message = lessonLinkProblem(lesson, headingsOf);
      if (message === undefined) return [];
      const file = `content/questions/${bank.id}.yaml`;
      return [{ level: 'error' as const, file, message: `question ${questionId}: ${message}` }];
    }),
  );
}

/**
 * The engine-generated questions' `lesson` links name real lessons and headings too (a generator
 * cannot see the content, so a renamed heading would otherwise break its links silently).
 */
export function checkGeneratedLinks(
  lessons: CourseFacts['lessons'],
  questions: readonly { id: string; lesson?: string | undefined }[],
): CourseIssue[] {
  const headingsOf = new Map(lessons.map((l) => [l.id, new Set(l.headingIds ?? [])]));
  return questions.flatMap(({ id, lesson }) => {
    const message = lesson === undefined ? undefined : lessonLinkProblem(lesson, headingsOf);
    if (message === undefined) return [];
    const file = 'src/quiz/generators/';
    return [{ level: 'error' as const, file, message: `generated question ${id}: ${message}` }];
  });
}

// What is wrong with one `lesson` link, or undefined when its lesson and heading both exist.
function lessonLinkProblem(
  link: string,
  headingsOf: ReadonlyMap<string, ReadonlySet<string>>,
): string | undefined {
  const [lessonId = '', headingId = ''] = link.split('#');
  const headings = headingsOf.get(lessonId);
  if (headings === undefined) {
    return `lesson link "${link}" names lesson "${lessonId}", which is not in content/lessons/`;
  }
  if (headings.has(headingId)) return undefined;
  return `lesson link "${link}": lesson "${lessonId}" has no heading with id "${headingId}"; use one of ${[...headings].join(', ')}`;
}

/** Orders must be exactly 1..n: a duplicate or a gap is an error (reported once per list). */
export function gapsIn(orders: number[], file: string, what: string): CourseIssue[] {
  const sorted = [...orders].sort((a, b) => a - b);
  const issues: CourseIssue[] = [];
  sorted.forEach((order, index) => {
    if (order !== index + 1) {
      issues.push({
        level: 'error',
        file,
        message: `${what} order should run 1..${sorted.length} without gaps or repeats; found ${sorted.join(', ')}`,
      });
    }
  });
  return issues.slice(0, 1);
}
