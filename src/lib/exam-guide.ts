// Build time only: the exam guide pages' content. Each guide maps an exam's official domains and
// topics to the lessons, simulators and questions that prepare them (exam-guide-map.ts does the
// mapping) and states the exam's facts with their sources, from src/data/exam-blueprints.json.
import blueprints from '~/data/exam-blueprints.json';
import { getCourse, withBase } from './course';
import { examPool } from './exam-pool';
import { domainsOf, guideDomains, type GuideDomain, type GuideLesson } from './exam-guide-map';

/** The guides: one page per exam; CCNA shows v2.0 first and the outgoing v1.1 after it. */
export const GUIDES = [
  { slug: 'saa-c03', title: 'AWS SAA-C03 exam guide', blueprints: ['saa-c03'] },
  {
    slug: 'ccna',
    title: 'Cisco CCNA 200-301 exam guide',
    blueprints: ['ccna-200-301-v2', 'ccna-200-301'],
  },
  { slug: 'kubernetes', title: 'Kubernetes networking guide', blueprints: ['k8s'] },
] as const;

export type GuideSlug = (typeof GUIDES)[number]['slug'];

/** The simulators and drills, by the component name a lesson embeds, as the guide names them. */
export const TOOL_TITLES: Readonly<Record<string, string>> = {
  PodNetworkSimulator: 'Pod network simulator',
  PacketWalker: 'Packet walker',
  CniRunner: 'CNI runner',
  PluginChooser: 'CNI plugin chooser',
  SubnetCalculator: 'Subnet calculator',
  SubnetDrill: 'Subnetting drill',
  VlsmPlanner: 'VLSM planner',
  ClusterIpPlanner: 'Cluster IP planner',
  ServiceSimulator: 'Service simulator',
  DnsResolver: 'DNS resolver',
  RoutingPlayground: 'Ingress and Gateway API routing playground',
  NetpolSimulator: 'NetworkPolicy simulator',
  VpcWalker: 'VPC packet walker',
  EksSizing: 'EKS node sizing',
};

/** A fact a candidate needs, with where it comes from. */
export interface ExamFact {
  label: string;
  value: string;
  /** Why to trust it, or how sure it is (the blueprint file's evidence notes). */
  note?: string | undefined;
}

/** One blueprint's part of a guide: its name, status, facts, sources and domains. */
export interface GuideSection {
  id: string;
  name: string;
  version: string;
  status: string;
  facts: ExamFact[];
  /** The vendor's own pages the facts were checked against. */
  sources: string[];
  /** Copies of the vendor's documents and third-party readings that were also used. */
  otherSources: string[];
  domains: GuideDomain[];
  /** Each question's domains in this blueprint, for the learner's accuracy (ids only). */
  domainsByQuestion: Record<string, string[]>;
}

/** A whole guide page. */
export interface ExamGuide {
  slug: GuideSlug;
  title: string;
  checked: string;
  sections: GuideSection[];
}

type Blueprint = (typeof blueprints.exams)[number];

/** Builds one guide from the blueprint file, the lessons and the exam pool. */
export async function examGuide(slug: GuideSlug): Promise<ExamGuide> {
  const guide = GUIDES.find((g) => g.slug === slug);
  if (!guide) throw new Error(`No exam guide "${slug}"`);
  const [course, pool] = await Promise.all([getCourse(), examPool()]);
  const lessons: GuideLesson[] = course.lessons.map((l) => ({
    id: l.id,
    title: l.data.title,
    href: l.href,
    islands: islandsIn(l.entry.body ?? ''),
  }));
  const questions = pool.map((q) => ({
    id: q.id,
    topics: q.topics,
    lesson: q.lesson,
    generated: q.generated !== undefined,
  }));
  const sections = guide.blueprints.map((id) => {
    const exam = blueprints.exams.find((e) => e.id === id);
    if (!exam) throw new Error(`exam-blueprints.json has no exam "${id}"`);
    const domains = guideDomains(exam, questions, lessons, TOOL_TITLES);
    const domainsByQuestion: Record<string, string[]> = {};
    for (const q of questions) {
      const ids = domainsOf(q.topics, exam);
      if (ids.length > 0) domainsByQuestion[q.id] = ids;
    }
    return { ...describe(exam), domains, domainsByQuestion };
  });
  return { slug, title: guide.title, checked: blueprints._meta.checked, sections };
}

// The component names of the simulators a lesson's MDX embeds.
function islandsIn(body: string): string[] {
  const names = [...body.matchAll(/^\s*<([A-Z][A-Za-z]+)\b/gm)].map((m) => m[1] ?? '');
  return [...new Set(names.filter((n) => Object.hasOwn(TOOL_TITLES, n)))];
}

// An exam's name, status, facts and sources, in the words of the blueprint file.
function describe(exam: Blueprint): Omit<GuideSection, 'domains' | 'domainsByQuestion'> {
  const e = exam as Blueprint & Record<string, unknown>;
  const text = (key: string): string | undefined =>
    typeof e[key] === 'string' ? (e[key] as string) : undefined;
  const facts: ExamFact[] = [];
  const minutes = e['durationMinutes'];
  if (typeof minutes === 'number') {
    facts.push({ label: 'Time', value: `${String(minutes)} minutes`, note: text('durationNote') });
  }
  const questions = e['questions'] as Record<string, unknown> | undefined;
  if (questions) facts.push(...questionFacts(questions));
  const scoring = e['scoring'] as Record<string, unknown> | undefined;
  if (scoring) facts.push(scoringFact(scoring));
  const navigation = text('navigation');
  if (navigation) {
    facts.push({ label: 'Navigation', value: navigation, note: text('navigationEvidence') });
  }
  const sources = Array.isArray(e['sources']) ? (e['sources'] as string[]) : [];
  const status = [text('currentNote'), text('notes'), text('note')].filter(Boolean).join(' ');
  return {
    id: exam.id,
    name: exam.name,
    version: text('version') ?? '',
    status,
    facts,
    sources: sources.filter(isVendorPage),
    otherSources: sources.filter((url) => !isVendorPage(url)),
  };
}

// The length and the question types, as the blueprint file states them.
function questionFacts(q: Record<string, unknown>): ExamFact[] {
  const facts: ExamFact[] = [];
  if (typeof q['total'] === 'number') {
    const scored =
      typeof q['scored'] === 'number'
        ? ` (${String(q['scored'])} scored, ${String(q['unscored'])} unscored and not marked as such)`
        : '';
    facts.push({ label: 'Length', value: `${String(q['total'])} questions${scored}` });
  } else if (typeof q['note'] === 'string') {
    facts.push({ label: 'Length', value: q['note'] });
  }
  if (Array.isArray(q['types'])) {
    const note = [q['typesNote'], q['typesEvidence']].filter((x) => typeof x === 'string');
    facts.push({
      label: 'Question types',
      value: (q['types'] as string[]).join('; '),
      note: note.length > 0 ? note.join(' ') : undefined,
    });
  }
  return facts;
}

// The score scale, the pass mark and how the score is built.
function scoringFact(s: Record<string, unknown>): ExamFact {
  const scale = Array.isArray(s['scale']) ? `scaled ${(s['scale'] as number[]).join('–')}` : '';
  const pass = typeof s['pass'] === 'number' ? `, pass at ${String(s['pass'])}` : '';
  const parts = [
    s['model'],
    s['unanswered'],
    s['passNote'],
    s['retake'] && `retake: ${String(s['retake'])}`,
  ];
  return {
    label: 'Scoring',
    value: `${scale}${pass}`.replace(/^, /, ''),
    note: parts.filter((x) => typeof x === 'string' && x !== '').join('. '),
  };
}

/** The vendors' own sites (AWS, Cisco): what the guide calls official. */
const VENDOR_HOSTS = ['amazon.com', 'awsstatic.com', 'amazonaws.cn', 'cisco.com'];

// Whether a source is a page of the exam's vendor rather than a copy or a third party.
function isVendorPage(url: string): boolean {
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  return VENDOR_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** The guide pages' addresses. */
export function guideHref(slug: GuideSlug): string {
  return withBase(`exams/guide/${slug}/`);
}
