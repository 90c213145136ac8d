// The papers Podnet offers and how exam codes name them. A code starts with its paper's prefix
// (`SAA-7F3K2`, `CCNA11-…`, `K8S-POLICY-…`), so one code is all an instructor hands out: the same
// code always gives the same paper.
import {
  ccnaBlueprint,
  defaultCcnaVersion,
  formatExamCode,
  k8sCheckpointBlueprint,
  normalizeExamCode,
  saaBlueprint,
  type PaperBlueprint,
} from '~/quiz';

/** A course module that closes with a Kubernetes checkpoint. */
export interface CheckpointModule {
  id: string;
  title: string;
}

/** One paper the learner can pick. */
export interface ExamChoice {
  /** The blueprint id: `saa-c03`, `ccna-v1.1`, `ccna-v2.0`, `k8s-<module>`. */
  id: string;
  /** What every exam code of this paper starts with, before a hyphen. */
  prefix: string;
  blueprint: PaperBlueprint;
}

/** Every paper on offer: SAA-C03, both CCNA versions (the one in force first), one checkpoint per module. */
export function examChoices(modules: readonly CheckpointModule[], now: Date): ExamChoice[] {
  const ccna =
    defaultCcnaVersion(now) === 'v1.1' ? (['v1.1', 'v2.0'] as const) : (['v2.0', 'v1.1'] as const);
  return [
    {
      id: 'saa-c03',
      prefix: 'SAA',
      blueprint: { ...saaBlueprint(), title: 'AWS Solutions Architect – Associate (SAA-C03)' },
    },
    ...ccna.map((version) => ({
      id: `ccna-${version}`,
      prefix: `CCNA${version.replace(/\D/g, '')}`,
      blueprint: { ...ccnaBlueprint(version), title: `Cisco CCNA 200-301 ${version}` },
    })),
    ...modules.map((module) => ({
      id: `k8s-${module.id}`,
      prefix: `K8S-${module.id.toUpperCase()}`,
      blueprint: {
        ...k8sCheckpointBlueprint({ module: module.id }),
        title: `Kubernetes checkpoint: ${module.title}`,
      },
    })),
  ];
}

/** The paper an exam code names (by its prefix), or undefined when no prefix fits. */
export function choiceForCode(
  code: string,
  choices: readonly ExamChoice[],
): ExamChoice | undefined {
  const normal = normalizeExamCode(code);
  // The longest prefix wins, so that `K8S-POLICY-…` is never read as a shorter prefix.
  return [...choices]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find(
      (choice) =>
        normal.startsWith(`${choice.prefix}-`) && normal.length > choice.prefix.length + 1,
    );
}

/** Cleans a code as typed: upper case, letters, digits and single hyphens only, at most 40 characters. */
export function cleanCode(typed: string): string {
  return normalizeExamCode(typed)
    .replace(/[^A-Z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
}

/**
 * The full code for what the learner typed with a paper selected: a code that already names a
 * paper is kept, anything else gets the selected paper's prefix (`class7` → `SAA-CLASS7`).
 */
export function codeFor(
  typed: string,
  selected: ExamChoice,
  choices: readonly ExamChoice[],
): string {
  const clean = cleanCode(typed);
  if (clean === '') return '';
  if (choiceForCode(clean, choices)) return clean;
  return cleanCode(`${selected.prefix}-${clean}`);
}

/** A fresh random code for a paper, e.g. `SAA-7F3K2`. */
export function newExamCode(choice: ExamChoice, random: () => number = Math.random): string {
  return formatExamCode(choice.prefix, Math.floor(random() * 32 ** 5));
}

/** The session page address part after `#` for a code and a mode. */
export function sessionHash(code: string, mode: 'exam' | 'practice'): string {
  return `code=${encodeURIComponent(code)}&mode=${mode}`;
}

/** Reads the code and mode from the session page's `#…`; the mode defaults to exam. */
export function parseSessionHash(hash: string): { code: string; mode: 'exam' | 'practice' } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return {
    code: cleanCode(params.get('code') ?? ''),
    mode: params.get('mode') === 'practice' ? 'practice' : 'exam',
  };
}

/** The exam families whose papers share a question pool file (`exams/pool/<family>.json`). */
export const POOL_FAMILIES = ['saa-c03', 'ccna', 'k8s'] as const;
export type PoolFamily = (typeof POOL_FAMILIES)[number];

/** The pool family of a paper (`saa-c03`, `ccna-v2.0` → `ccna`, `k8s-policy` → `k8s`). */
export function poolFamily(choiceId: string): PoolFamily {
  if (choiceId.startsWith('ccna')) return 'ccna';
  return choiceId.startsWith('k8s') ? 'k8s' : 'saa-c03';
}

/** Whether a question belongs to a family's pool: one of its topic tags names the family's exam. */
export function inPoolFamily(topics: readonly string[], family: PoolFamily): boolean {
  const exam = family === 'ccna' ? 'ccna-200-301' : family;
  return topics.some((tag) => tag.startsWith(`${exam}:`) || tag.startsWith(`${exam}-v2:`));
}
