import { useCallback, useEffect, useMemo, useState } from 'react';
import { recordAttempt } from '~/progress/store';
import { recordExamRun } from '~/progress/exam-actions';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import type { CheckpointModule } from '~/lib/exam-catalog';
import { ExamIntro } from './ExamIntro';
import { ExamResults, resultHeadline } from './ExamResults';
import { ExamRunner } from './ExamRunner';
import { attemptsOf, runOf, scoreSession } from './session-results';
import { startSession, withSubmitted, type ExamMode, type SessionState } from './session-state';
import { loadSession, removeSession, saveSession } from './session-storage';
import { usePaper } from './use-paper';
import './exam.css';

interface Props {
  /** Where the build put the question pools (`<base>exams/pool/`, one `<family>.json` each, precached). */
  poolBase: string;
  /** The exam picker page. */
  indexHref: string;
  modules: CheckpointModule[];
}

/** The exam session page: loads the paper named by `#code=…`, runs it, scores it, keeps it across reloads. */
export default function ExamSession(props: Props) {
  return (
    <ErrorBoundary name="exam" subject="exam">
      <Session {...props} />
    </ErrorBoundary>
  );
}

// The session: which paper, its saved state, and which screen shows.
function Session({ poolBase, indexHref, modules }: Props) {
  const loaded = usePaper(poolBase, modules);
  const [state, setState] = useState<SessionState | null>(null);
  const [damaged, setDamaged] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const paper = loaded.kind === 'paper' ? loaded.paper : null;

  useEffect(() => {
    if (!paper) return;
    const saved = loadSession(paper.seed);
    if (saved.kind === 'ok' && saved.state.position >= paper.questions.length) {
      setDamaged('the saved position is outside this paper');
    } else if (saved.kind === 'ok') setState(saved.state);
    else if (saved.kind === 'damaged') setDamaged(saved.reason);
  }, [paper]);

  const update = useCallback((change: (s: SessionState) => SessionState) => {
    setState((current) => {
      if (!current) return current;
      const next = change(current);
      if (next !== current) saveSession(next);
      return next;
    });
  }, []);
  const ids = useMemo(() => paper?.questions.map((q) => q.question.id) ?? [], [paper]);
  const limitMs = (paper?.blueprint.timeLimitMinutes ?? 0) * 60_000;
  // Time that ran out while the page was closed ends the paper at its deadline, not at the reload.
  const submit = useCallback(
    (timedOut: boolean) =>
      update((s) =>
        withSubmitted(
          s,
          ids,
          timedOut ? Math.min(Date.now(), s.startedAt + limitMs) : Date.now(),
          timedOut,
        ),
      ),
    [update, ids, limitMs],
  );
  const result = useMemo(
    () => (paper && state?.finishedAt ? scoreSession(paper, state) : null),
    [paper, state],
  );
  const running = state !== null && state.finishedAt === null;
  useExamActiveFlag(running);

  // A finished paper is written to progress once, then marked so that a reload does not repeat it.
  useEffect(() => {
    if (!paper || !state || !result || state.recorded) return;
    for (const attempt of attemptsOf(state, result)) recordAttempt(attempt);
    recordExamRun(runOf(paper, state, result));
    update((s) => ({ ...s, recorded: true }));
    setAnnouncement(`Results. ${resultHeadline(result)}`);
  }, [paper, state, result, update]);

  const begin = (mode: ExamMode) => {
    if (!paper) return;
    const fresh = startSession(paper.seed, mode, Date.now());
    saveSession(fresh);
    setDamaged(null);
    setState(fresh);
  };
  const restart = () => {
    if (!paper) return;
    removeSession(paper.seed);
    setDamaged(null);
    setState(null);
  };

  return (
    <div className="exam-session">
      <p className="sr-only" aria-live="polite" role="status">
        {announcement}
      </p>
      {loaded.kind === 'loading' &&
        (loaded.preview && loadSession(loaded.preview.code).kind === 'none' ? (
          <ExamIntro
            {...loaded.preview}
            paper={null}
            onStart={() => undefined}
            indexHref={indexHref}
          />
        ) : (
          <p className="exam-loading">Loading the paper…</p>
        ))}
      {loaded.kind === 'problem' && (
        <div className="exam-problem" role="alert">
          <p>{loaded.message}</p>
          <p>
            <a href={indexHref}>Choose a paper</a>
          </p>
        </div>
      )}
      {paper && damaged !== null && (
        <div className="exam-problem" role="alert">
          <p>
            The saved session for code <strong>{paper.seed}</strong> cannot be read ({damaged}), so
            it cannot be resumed.
          </p>
          <button type="button" className="button" onClick={restart}>
            Start this paper again
          </button>
        </div>
      )}
      {paper && damaged === null && state === null && loaded.kind === 'paper' && (
        <ExamIntro
          blueprint={paper.blueprint}
          code={paper.seed}
          paper={paper}
          mode={loaded.mode}
          onStart={begin}
          indexHref={indexHref}
        />
      )}
      {paper && state && running && (
        <ExamRunner
          paper={paper}
          state={state}
          update={update}
          announce={setAnnouncement}
          onSubmit={submit}
        />
      )}
      {paper && state && result && (
        <ExamResults
          paper={paper}
          state={state}
          result={result}
          indexHref={indexHref}
          onRestart={restart}
        />
      )}
    </div>
  );
}

// Tells the update banner to wait while a paper runs (README: "The exam hook").
function useExamActiveFlag(running: boolean): void {
  useEffect(() => {
    if (!running) return;
    document.documentElement.dataset['examActive'] = 'true';
    return () => {
      delete document.documentElement.dataset['examActive'];
    };
  }, [running]);
}
