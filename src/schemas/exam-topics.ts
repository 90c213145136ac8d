import blueprints from '~/data/exam-blueprints.json';

// The exam topic tags a question may carry ("<examId>:<topicId>"), built from the exam
// blueprints in src/data/exam-blueprints.json: the vendors' topic and sub-topic ids where an exam
// lists topics (SAA-C03 task statements, CCNA topics), its domain ids where it lists only domains
// (Podnet's own k8s blueprint).

/** The parts of one blueprint entry that the tags are built from. */
interface BlueprintTopic {
  id: string;
  subtopics?: readonly { id: string }[];
}

/** One exam in the blueprint file, reduced to its ids. */
interface BlueprintExam {
  id: string;
  domains: readonly (BlueprintTopic & { topics?: readonly BlueprintTopic[] })[];
}

/** Every topic id of one exam: topics and sub-topics when the exam lists them, else its domains. */
export function topicIdsOf(exam: BlueprintExam): string[] {
  const hasTopics = exam.domains.some((domain) => (domain.topics ?? []).length > 0);
  if (!hasTopics) return exam.domains.map((domain) => domain.id);
  return exam.domains.flatMap((domain) =>
    (domain.topics ?? []).flatMap((topic) => [
      topic.id,
      ...(topic.subtopics ?? []).map((sub) => sub.id),
    ]),
  );
}

/** Builds the set of valid "<examId>:<topicId>" tags from a list of blueprint exams. */
export function buildTopicTags(exams: readonly BlueprintExam[]): ReadonlySet<string> {
  return new Set(exams.flatMap((exam) => topicIdsOf(exam).map((topic) => `${exam.id}:${topic}`)));
}

/** The exam ids of the blueprint file, such as `saa-c03` and `ccna-200-301-v2`. */
export const EXAM_IDS: readonly string[] = blueprints.exams.map((exam) => exam.id);

/** Every valid topic tag, such as `ccna-200-301-v2:1.3` or `k8s:model`. */
export const TOPIC_TAGS: ReadonlySet<string> = buildTopicTags(blueprints.exams);

/** Says what is wrong with a tag (unknown exam, unknown topic, bad shape), or undefined when valid. */
export function topicTagProblem(tag: string): string | undefined {
  if (TOPIC_TAGS.has(tag)) return undefined;
  const [examId, topicId, ...rest] = tag.split(':');
  if (examId === undefined || topicId === undefined || rest.length > 0 || topicId === '') {
    return `topic tag "${tag}" must look like "<examId>:<topicId>", e.g. "ccna-200-301-v2:1.3"`;
  }
  if (!EXAM_IDS.includes(examId)) {
    return `topic tag "${tag}" names an unknown exam "${examId}"; use one of ${EXAM_IDS.join(', ')}`;
  }
  return `topic tag "${tag}" names a topic that exam ${examId} does not have (see src/data/exam-blueprints.json)`;
}
