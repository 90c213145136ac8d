// The store action of the exam simulations, kept out of store.ts (which every page loads) and
// imported only by the exam session island.
import { newId } from './ids';
import { withExamRun, type ExamRun } from './exam-runs';
import { update } from './store';

/** Records one finished exam or practice paper in the learner's progress. */
export function recordExamRun(run: Omit<ExamRun, 'at'>, now = new Date()): void {
  update((doc) => withExamRun(doc, newId(), run, now));
}
