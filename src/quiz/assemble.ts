import type { PaperBlueprint, BlueprintDomain } from './blueprints';
import { primaryDomain } from './exam-data';
import { runGenerator, type QuestionGenerator } from './generators';
import type { Paper, PaperQuestion, Shortfall } from './paper';
import { normalizeExamCode, randomFor, shuffled } from './random';
import { shuffleQuestion } from './shuffle-question';
import type { Question } from './types';

/** What a paper is assembled from. */
export interface AssembleOptions {
  blueprint: PaperBlueprint;
  /** Authored questions; those of a disallowed type or with no tag of the exam are left out. */
  pool: readonly Question[];
  /** The exam code an instructor hands out, e.g. `SAA-7F3K2` (case and spaces do not matter). */
  seed: string;
  /** Generators that fill a domain whose pool is short (tried only after the pool). */
  generators?: readonly QuestionGenerator[];
}

/** Draws a paper: per domain, a seeded pick from the pool (then generators), never a question twice, shuffled. */
export function assemblePaper(options: AssembleOptions): Paper {
  const { blueprint } = options;
  const seed = normalizeExamCode(options.seed);
  const used = new Set<string>();
  const drawn: PaperQuestion[] = [];
  const shortfalls: Shortfall[] = [];
  const byDomain = poolByDomain(blueprint, options.pool);
  for (const domain of blueprint.domains) {
    const picked = drawDomain(domain, byDomain.get(domain.id) ?? [], seed, blueprint, used);
    if (picked.length < domain.count) {
      picked.push(...generateForDomain(domain, domain.count - picked.length, options, seed, used));
    }
    if (picked.length < domain.count) {
      shortfalls.push({ domain: domain.id, wanted: domain.count, got: picked.length });
    }
    drawn.push(...picked.map((question) => ({ question, domain: domain.id })));
  }
  const ordered = shuffled(drawn, randomFor(seed, blueprint.id, 'order'));
  const questions = ordered.map((item) => ({
    ...item,
    question: shuffleQuestion(item.question, seed),
  }));
  return { blueprint, seed, questions, shortfalls };
}

/** Groups the usable pool by the domain each question counts toward, first copy of an id winning. */
function poolByDomain(
  blueprint: PaperBlueprint,
  pool: readonly Question[],
): Map<string, Question[]> {
  const groups = new Map<string, Question[]>();
  const seen = new Set<string>();
  for (const question of pool) {
    if (seen.has(question.id) || !blueprint.allowedTypes.includes(question.type)) continue;
    const domain = primaryDomain(question.topics, blueprint.examId);
    if (domain === undefined) continue;
    seen.add(question.id);
    groups.set(domain, [...(groups.get(domain) ?? []), question]);
  }
  return groups;
}

/** Picks up to the domain's count from its pool in seeded order, skipping questions already used. */
function drawDomain(
  domain: BlueprintDomain,
  candidates: readonly Question[],
  seed: string,
  blueprint: PaperBlueprint,
  used: Set<string>,
): Question[] {
  const picked: Question[] = [];
  for (const question of shuffled(candidates, randomFor(seed, blueprint.id, 'domain', domain.id))) {
    if (picked.length === domain.count) break;
    if (used.has(question.id)) continue;
    used.add(question.id);
    picked.push(question);
  }
  return picked;
}

/** Makes up to `missing` questions for a domain with the generators that cover it. */
function generateForDomain(
  domain: BlueprintDomain,
  missing: number,
  options: AssembleOptions,
  seed: string,
  used: Set<string>,
): Question[] {
  const { blueprint } = options;
  const suitable = (options.generators ?? []).filter(
    (generator) =>
      generator.kinds.some((kind) => blueprint.allowedTypes.includes(kind)) &&
      primaryDomain(generator.topics, blueprint.examId) === domain.id,
  );
  const made: Question[] = [];
  if (suitable.length === 0) return made;
  const random = randomFor(seed, blueprint.id, 'generate', domain.id);
  // A few spare attempts per question absorb seeds that repeat a question or make a disallowed type.
  for (let attempt = 0; attempt < missing * 4 && made.length < missing; attempt++) {
    const generator = suitable[attempt % suitable.length] as QuestionGenerator;
    const question = runGenerator(generator, Math.floor(random() * 2 ** 32));
    const fits =
      blueprint.allowedTypes.includes(question.type) &&
      primaryDomain(question.topics, blueprint.examId) === domain.id;
    if (!fits || used.has(question.id)) continue;
    used.add(question.id);
    made.push(question);
  }
  return made;
}
