// From a finished session to what is scored and recorded: the responses scorePaper reads, the
// attempts written to progress (one per answered question) and the run summary.
import { scorePaper, type Answer, type Paper, type PaperResponse, type PaperResult } from '~/quiz';
import type { Attempt } from '~/progress/schema';
import type { ExamRun } from '~/progress/exam-runs';
import { responseOf } from '~/lib/response';
import type { SessionState } from './session-state';

/** The responses of a session, keyed by question id, as scorePaper reads them. */
export function responsesOf(state: SessionState): Record<string, PaperResponse> {
  const ids = new Set([...Object.keys(state.answers), ...Object.keys(state.ms)]);
  return Object.fromEntries(
    [...ids].map((id) => [id, { answer: state.answers[id], ms: state.ms[id] }] as const),
  );
}

/** Scores a session's paper. */
export function scoreSession(paper: Paper, state: SessionState): PaperResult {
  return scorePaper(paper, responsesOf(state));
}

/** The letters chosen in a choice answer (an attempt's `selected`); other kinds keep a `response`. */
export function chosenLetters(answer: Answer | undefined): string[] {
  if (answer?.kind !== 'choice') return [];
  return answer.selected.filter((id) => /^[a-z]$/.test(id)).slice(0, 8);
}

/** One attempt per answered question, source `exam`. */
export function attemptsOf(state: SessionState, result: PaperResult): Omit<Attempt, 'at'>[] {
  return result.questions
    .filter((q) => q.answered && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(q.id))
    .map((q) => {
      const answer = state.answers[q.id];
      const attempt: Omit<Attempt, 'at'> = {
        question: q.id,
        selected: chosenLetters(answer),
        correct: q.correct,
        source: 'exam',
      };
      if (answer !== undefined && answer.kind !== 'choice') attempt.response = responseOf(answer);
      if (q.ms !== undefined) attempt.ms = Math.round(q.ms);
      return attempt;
    });
}

/** The summary of a finished paper for the progress document's `exams` section. */
export function runOf(paper: Paper, state: SessionState, result: PaperResult): Omit<ExamRun, 'at'> {
  const run: Omit<ExamRun, 'at'> = {
    exam: paper.blueprint.id,
    code: state.code,
    mode: state.mode,
    questions: result.total.questions,
    answered: result.total.answered,
    correct: result.total.correct,
    points: result.total.points,
    maxPoints: result.total.maxPoints,
    ms: Math.max(0, (state.finishedAt ?? state.startedAt) - state.startedAt),
    timedOut: state.timedOut,
    domains: result.domains.map((d) => ({ id: d.id, points: d.points, maxPoints: d.maxPoints })),
  };
  if (result.scaled) run.scaled = result.scaled.score;
  return run;
}
