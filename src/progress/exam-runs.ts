// The `exams` section of the progress document: one entry per finished exam or practice paper
// (Podnet's SAA-C03, CCNA and Kubernetes checkpoint simulations; its shape is ExamRunSchema in
// schema.ts). Like attempts, a run never changes once recorded, so two copies merge by adding up
// (each run has its own random id).
import { MAX_ATTEMPT_MS } from './constants';
import type { ExamRun, Progress } from './schema';

export type { ExamRun } from './schema';

/** Adds one finished paper under a new unique id; the duration is clamped to what the schema accepts. */
export function withExamRun(
  doc: Progress,
  runId: string,
  run: Omit<ExamRun, 'at'>,
  at: Date,
): Progress {
  const entry: ExamRun = {
    ...run,
    ms: Math.min(Math.max(Math.round(run.ms), 0), MAX_ATTEMPT_MS),
    domains: run.domains.map((d) => ({ ...d })),
    at: at.toISOString(),
  };
  return { ...doc, exams: { ...doc.exams, [runId]: entry } };
}
