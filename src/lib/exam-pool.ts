// Build time only: the question pool of the exam simulations, from every bank in content/questions
// turned into engine questions (questionFromBank), and the course modules that get checkpoints.
import { getCollection } from 'astro:content';
import { K8S_MODULE_DOMAINS, questionFromBank, type Question } from '~/quiz';
import { generatedSupplement } from './generated-pool';

/**
 * Every bank question as an engine question, then the generated sample (generated-pool.ts). A question of a Kubernetes bank (`exams: [k8s]`)
 * that carries no `k8s:` topic counts toward the first checkpoint domain of its lesson's module
 * (K8S_MODULE_DOMAINS), so that each module's checkpoint can draw its own lessons' questions.
 */
export async function examPool(): Promise<Question[]> {
  const [banks, lessons] = await Promise.all([
    getCollection('questions'),
    getCollection('lessons'),
  ]);
  const lessonOfBank = new Map(
    lessons.flatMap((l) => (l.data.quiz ? [[l.data.quiz, l.id] as const] : [])),
  );
  const written = banks.flatMap((bank) => {
    const lesson = lessonOfBank.get(bank.id);
    const module = lesson?.split('/')[0];
    return bank.data.questions.map((q) => {
      // The question's own section link is more precise than its bank's lesson.
      const question = { ...questionFromBank(q, q.lesson ?? lesson), difficulty: q.difficulty };
      const exams = q.exams ?? bank.data.exams ?? [];
      return { ...question, topics: withModuleDomain(question.topics, exams, module) };
    });
  });
  return [...written, ...generatedSupplement()];
}

/**
 * A question's topics, plus `k8s:<domain>` of its lesson's module (K8S_MODULE_DOMAINS) when it is
 * a Kubernetes question without a `k8s:` tag of its own.
 */
export function withModuleDomain(
  topics: readonly string[],
  exams: readonly string[],
  module: string | undefined,
): string[] {
  const fallback = module === undefined ? undefined : K8S_MODULE_DOMAINS[module]?.[0];
  const tagged = topics.some((t) => t.startsWith('k8s:'));
  if (exams.includes('k8s') && !tagged && fallback !== undefined) {
    return [...topics, `k8s:${fallback}`];
  }
  return [...topics];
}

/**
 * The course modules that get a Kubernetes checkpoint, in course order: those with at least one
 * lesson for the Kubernetes track (`exams` includes `k8s`), so an exam-only module such as the
 * SAA-C03 one gets none.
 */
export async function checkpointModules(): Promise<{ id: string; title: string }[]> {
  const [modules, lessons] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
  ]);
  const withK8s = new Set(
    lessons.filter((l) => l.data.exams.includes('k8s')).map((l) => l.id.split('/')[0]),
  );
  return [...modules]
    .filter((m) => withK8s.has(m.id))
    .sort((a, b) => a.data.order - b.data.order)
    .map((m) => ({ id: m.id, title: m.data.title }));
}
