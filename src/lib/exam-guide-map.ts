// The pure part of the exam guide pages: which lessons, simulators and questions prepare each
// official domain and topic of an exam, and the learner's accuracy per domain. The page
// (src/pages/exams/guide/[exam].astro) feeds it the course read at build time; the guide's island
// feeds it the learner's attempts. No astro:content here, so it is tested in Node.

/** One exam as the blueprint file describes it (src/data/exam-blueprints.json), reduced to ids. */
export interface GuideBlueprint {
  id: string;
  domains: readonly {
    id: string;
    title: string;
    weight: number;
    topics?: readonly { id: string; title: string }[];
  }[];
}

/** A question of the course as the guide sees it: its tags and the lesson section teaching it. */
export interface GuideQuestion {
  id: string;
  topics: readonly string[];
  /** `module/lesson#heading` or undefined. */
  lesson?: string | undefined;
  /** True for an engine-generated question (from the generated sample). */
  generated: boolean;
}

/** A lesson and the simulators it embeds (component names, e.g. "VpcWalker"). */
export interface GuideLesson {
  id: string;
  title: string;
  href: string;
  islands: readonly string[];
}

/** A link the guide shows: a lesson, or a simulator or drill inside one. */
export interface GuideLink {
  title: string;
  href: string;
}

/** One topic (or a domain without topics, as in Podnet's own k8s blueprint) and what prepares it. */
export interface GuideTopic {
  id: string;
  title: string;
  /** The tag questions carry for it, e.g. `saa-c03:1.2`. */
  tag: string;
  lessons: GuideLink[];
  tools: GuideLink[];
  written: number;
  generated: number;
}

/** One official domain with its topics, its question count and its practice key. */
export interface GuideDomain {
  id: string;
  title: string;
  weight: number;
  topics: GuideTopic[];
  /** Distinct questions in the domain, written and generated. */
  questions: number;
  /** The key of the review page's practice session on this domain: `<exam>:<domain>`. */
  practiceKey: string;
}

/** Whether a topic tag belongs to a domain of an exam: `saa-c03:1.2` is in `saa-c03` domain 1. */
export function tagInDomain(tag: string, exam: string, domain: string): boolean {
  const prefix = `${exam}:${domain}`;
  return tag === prefix || tag.startsWith(`${prefix}.`);
}

/** The domain ids of an exam that a question's tags fall into. */
export function domainsOf(
  topics: readonly string[],
  blueprint: Pick<GuideBlueprint, 'id' | 'domains'>,
): string[] {
  return blueprint.domains
    .filter((d) => topics.some((tag) => tagInDomain(tag, blueprint.id, d.id)))
    .map((d) => d.id);
}

/**
 * Maps every domain and topic of an exam to the lessons that teach its questions, the simulators
 * those lessons embed (named by `toolTitles`; unnamed islands are left out) and its question counts.
 */
export function guideDomains(
  blueprint: GuideBlueprint,
  questions: readonly GuideQuestion[],
  lessons: readonly GuideLesson[],
  toolTitles: Readonly<Record<string, string>>,
): GuideDomain[] {
  const lessonById = new Map(lessons.map((l) => [l.id, l]));
  return blueprint.domains.map((domain) => {
    const topicList = domain.topics?.length ? domain.topics : [domain];
    const topics = topicList.map((topic) => {
      const tag = `${blueprint.id}:${topic.id}`;
      const tagged = questions.filter((q) =>
        q.topics.some((t) => t === tag || t.startsWith(`${tag}.`)),
      );
      const taught = unique(tagged.map((q) => q.lesson?.split('#')[0] ?? ''))
        .map((id) => lessonById.get(id))
        .filter((l): l is GuideLesson => l !== undefined);
      return {
        id: topic.id,
        title: topic.title,
        tag,
        lessons: taught.map((l) => ({ title: l.title, href: l.href })),
        tools: toolsOf(taught, toolTitles),
        written: tagged.filter((q) => !q.generated).length,
        generated: tagged.filter((q) => q.generated).length,
      };
    });
    const inDomain = questions.filter((q) =>
      q.topics.some((t) => tagInDomain(t, blueprint.id, domain.id)),
    );
    return {
      id: domain.id,
      title: domain.title,
      weight: domain.weight,
      topics,
      questions: inDomain.length,
      practiceKey: `${blueprint.id}:${domain.id}`,
    };
  });
}

// The simulators and drills the given lessons embed, each once, linked to its lesson.
function toolsOf(
  lessons: readonly GuideLesson[],
  titles: Readonly<Record<string, string>>,
): GuideLink[] {
  const seen = new Map<string, GuideLink>();
  for (const lesson of lessons) {
    for (const island of lesson.islands) {
      const title = Object.hasOwn(titles, island) ? titles[island] : undefined;
      if (title !== undefined && !seen.has(title)) seen.set(title, { title, href: lesson.href });
    }
  }
  return [...seen.values()];
}

// The distinct non-empty strings, in first-seen order.
function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

/** The learner's accuracy on one domain. */
export interface DomainAccuracy {
  domain: string;
  /** Distinct questions answered at least once. */
  answered: number;
  attempts: number;
  correct: number;
}

/** Accuracy per domain from the learner's attempts and each question's domains (unknown ids are skipped). */
export function accuracyPerDomain(
  attempts: Iterable<{ question: string; correct: boolean }>,
  domainsByQuestion: Readonly<Record<string, readonly string[]>>,
  domainIds: readonly string[],
): DomainAccuracy[] {
  const rows = new Map(
    domainIds.map((d) => [d, { answered: new Set<string>(), attempts: 0, correct: 0 }]),
  );
  for (const attempt of attempts) {
    const domains = Object.hasOwn(domainsByQuestion, attempt.question)
      ? (domainsByQuestion[attempt.question] ?? [])
      : [];
    for (const domain of domains) {
      const row = rows.get(domain);
      if (!row) continue;
      row.answered.add(attempt.question);
      row.attempts += 1;
      if (attempt.correct) row.correct += 1;
    }
  }
  return domainIds.map((domain) => {
    const row = rows.get(domain) ?? { answered: new Set<string>(), attempts: 0, correct: 0 };
    return { domain, answered: row.answered.size, attempts: row.attempts, correct: row.correct };
  });
}
