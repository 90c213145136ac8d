import blueprints from '~/data/exam-blueprints.json';

// The exam facts the engine reads from src/data/exam-blueprints.json: domains, weights,
// durations and navigation, and which domain each topic tag belongs to.

/** One exam domain with its weight in percent. */
export interface ExamDomain {
  id: string;
  title: string;
  weight: number;
}

/** The facts of one exam that assembly and scoring need. */
export interface ExamFacts {
  id: string;
  name: string;
  version: string;
  durationMinutes: number | undefined;
  questionTotal: number | null | undefined;
  navigation: string | undefined;
  domains: ExamDomain[];
}

/** The loosely typed shape of an exam entry in the JSON file. */
interface RawExam {
  id: string;
  name: string;
  version?: string;
  durationMinutes?: number;
  questions?: { total?: number | null };
  navigation?: string;
  domains: { id: string; title: string; weight: number; topics?: RawTopic[] }[];
}

/** A topic entry with optional sub-topics. */
interface RawTopic {
  id: string;
  subtopics?: { id: string }[];
}

/** The exams of the blueprint file (read lazily, so importing this module costs nothing until used). */
function rawExams(): readonly RawExam[] {
  return blueprints.exams as readonly RawExam[];
}

/** The facts of an exam by id (`saa-c03`, `ccna-200-301`, `ccna-200-301-v2`, `k8s`). */
export function examFacts(examId: string): ExamFacts {
  const raw = rawExams().find((exam) => exam.id === examId);
  if (!raw) throw new RangeError(`Unknown exam ${examId} in src/data/exam-blueprints.json`);
  return {
    id: raw.id,
    name: raw.name,
    version: raw.version ?? '',
    durationMinutes: raw.durationMinutes,
    questionTotal: raw.questions?.total,
    navigation: raw.navigation,
    domains: raw.domains.map(({ id, title, weight }) => ({ id, title, weight })),
  };
}

/** Maps every topic tag of every exam to its domain id: `saa-c03:1.2` → `1`, `k8s:policy` → `policy`. */
function buildDomainIndex(): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const exam of rawExams()) {
    for (const domain of exam.domains) {
      index.set(`${exam.id}:${domain.id}`, domain.id);
      for (const topic of domain.topics ?? []) {
        index.set(`${exam.id}:${topic.id}`, domain.id);
        for (const sub of topic.subtopics ?? []) index.set(`${exam.id}:${sub.id}`, domain.id);
      }
    }
  }
  return index;
}

let domainIndex: ReadonlyMap<string, string> | undefined;

/** The tag → domain index, built on first use. */
function domainByTag(): ReadonlyMap<string, string> {
  domainIndex ??= buildDomainIndex();
  return domainIndex;
}

/** The domain of a topic tag, or undefined when the tag is not in the blueprint file. */
export function domainOfTag(tag: string): string | undefined {
  return domainByTag().get(tag);
}

/** The exam id of a topic tag (`saa-c03` for `saa-c03:1.2`). */
export function examOfTag(tag: string): string {
  return tag.slice(0, Math.max(0, tag.indexOf(':')));
}

/** The topic tags of a question that belong to one exam, in the question's order. */
export function tagsForExam(topics: readonly string[], examId: string): string[] {
  return topics.filter((tag) => examOfTag(tag) === examId && domainByTag().has(tag));
}

/** The domain a question counts toward in one exam: that of its first tag for the exam. */
export function primaryDomain(topics: readonly string[], examId: string): string | undefined {
  const [first] = tagsForExam(topics, examId);
  return first === undefined ? undefined : domainByTag().get(first);
}
