// Where drill questions come from: a seed per question (random at start, or from the page address
// so an instructor can hand out "question #N"), the next seed, and which skill a seed asks about.
import type { DrillSkill } from '~/sim/subnet';

/** The largest seed, so that a seed fits in 32 bits. */
const MAX_SEED = 0xffff_ffff;

/** The skill the learner chose, or every skill of the drill in turn. */
export type SkillChoice = DrillSkill | 'mixed';

/** A fresh random seed for the first question of a session. */
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? Date.now() % MAX_SEED;
}

/** The seed of the question after this one. */
export function nextSeed(seed: number): number {
  return seed >= MAX_SEED ? 0 : seed + 1;
}

/** The skill a question asks about: the chosen one, or (mixed) one picked by the seed. */
export function skillFor(choice: SkillChoice, skills: readonly DrillSkill[], seed: number) {
  if (choice !== 'mixed') return choice;
  return skills[seed % skills.length] ?? skills[0] ?? 'analyze';
}

/**
 * A seed and skill asked for in the page address (`?skill=vlsm&seed=42`), when valid. A link to a
 * skill this drill does not practise is for another drill on the page: this one ignores it.
 */
export function startFromAddress(
  search: string,
  skills: readonly DrillSkill[],
): { seed: number | null; skill: DrillSkill | null } {
  const params = new URLSearchParams(search);
  const skillText = params.get('skill');
  const skill = skills.find((s) => s === skillText) ?? null;
  if (skillText !== null && skill === null) return { seed: null, skill: null };
  const seedText = params.get('seed') ?? '';
  const valid = /^\d{1,10}$/.test(seedText) && Number(seedText) <= MAX_SEED;
  return { seed: valid ? Number(seedText) : null, skill };
}

/** The address of one question, to share or to come back to. */
export function questionLink(skill: DrillSkill, seed: number): string {
  return `?skill=${encodeURIComponent(skill)}&seed=${String(seed)}`;
}

/**
 * The seed of an embed's first question, made at build time from the embed's id and skill (32-bit
 * FNV-1a), so each drill on a page shows its own question and shows the same one on every visit.
 */
export function embedSeed(embedId: string, skill: DrillSkill): number {
  let hash = 0x811c_9dc5;
  for (const char of `${embedId}:${skill}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x0100_0193) >>> 0;
  }
  return hash;
}
