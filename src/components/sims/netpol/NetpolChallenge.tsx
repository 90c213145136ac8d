import { useEffect, useId, useRef, useState } from 'react';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import { InlineText } from '~/components/InlineText';
import { useHydratedStore } from '~/components/use-hydrated-store';
import { withSolution } from '~/lib/netpol-solution';
import { passedChallenges } from '~/progress/selectors';
import { $progress, recordChallengeRun } from '~/progress/store';
import { gradeChallenge, type Expectation, type GradeResult } from '~/sim/netpol/grade';
import { clearDraft, readDraft, writeDraft } from './challenge-drafts';
import { describeMismatch } from './challenge-result';
import { ClusterSection } from './ClusterList';
import { PanelHeadingLevel } from './PanelHeading';
import { GridPanel } from './GridPanel';
import { enabledPolicies, type PolicyInput, type SimProbe, type SimSeed } from './model';
import { PolicyPanel } from './PolicyPanel';
import { ProbeChoices } from './ProbeChoices';
import * as simEngine from './sim-engine';
import { useSim } from './use-sim';
import './netpol-sim.css';

/** A challenge page's island: the seed, the solution, the expectations and their probes. */
export interface NetpolChallengeProps {
  /** The id results are recorded under in progress, e.g. "netpol-frontend-to-backend". */
  challengeId: string;
  seed: SimSeed;
  solution: PolicyInput[];
  expect: Expectation[];
  probes: SimProbe[];
  hints: string[];
}

const START = { engine: simEngine };

/** The challenge, guarded by an error boundary. */
export function NetpolChallenge(props: NetpolChallengeProps) {
  return (
    <ErrorBoundary name="network policy challenge" subject="challenge">
      <Challenge {...props} />
    </ErrorBoundary>
  );
}

/** Reads a saved draft into a seed (the engine's parser loads only when there is a draft). */
async function seedFromDraft(id: string, seed: SimSeed): Promise<SimSeed | null> {
  const draft = readDraft(id);
  if (!draft) return null;
  const { parsePolicies } = await import('~/sim/netpol/parse');
  const policies: PolicyInput[] = [];
  for (const entry of draft.policies) {
    const { policies: parsed, errors } = parsePolicies(entry.yaml);
    const [policy] = parsed;
    if (!policy || errors.length > 0 || parsed.length !== 1) return null;
    policies.push({ yaml: entry.yaml, policy, enabled: entry.enabled });
  }
  return { ...seed, policies };
}

/** The state of one challenge attempt: the simulator, the draft, the checks, hints and solution. */
function Challenge({ challengeId, seed, solution, expect, probes, hints }: NetpolChallengeProps) {
  // A challenge page is an app page: the engine comes with it (grading needs it anyway).
  const sim = useSim(seed, START);
  const { state, dispatch } = sim;
  const [grade, setGrade] = useState<GradeResult | null>(null);
  const [restored, setRestored] = useState(false);
  const loadedDraft = useRef(false);
  const probeRef = useRef(state.probe);
  probeRef.current = state.probe;

  // Restores the learner's draft once, then saves every change of the policies.
  useEffect(() => {
    void seedFromDraft(challengeId, seed).then((draft) => {
      loadedDraft.current = true;
      if (draft) {
        dispatch({ type: 'load', seed: { ...draft, probe: probeRef.current } });
        setRestored(true);
      }
    });
  }, [challengeId, seed, dispatch]);
  useEffect(() => {
    if (!loadedDraft.current || state.lastChange === null) return;
    const policies = state.model.policies.map((p) => ({ yaml: p.yaml, enabled: p.enabled }));
    writeDraft(challengeId, { v: 1, policies });
  }, [challengeId, state.model.policies, state.lastChange]);

  const check = () => {
    const result = gradeChallenge(state.model.cluster, enabledPolicies(state.model), expect);
    setGrade(result);
    recordChallengeRun(challengeId, result.passed);
  };
  const startOver = () => {
    clearDraft(challengeId);
    setGrade(null);
    setRestored(false);
    dispatch({ type: 'load', seed });
  };
  const showSolution = () => {
    setGrade(null);
    dispatch({
      type: 'load',
      seed: { ...seed, probe: state.probe, policies: withSolution(seed.policies, solution) },
    });
    // A loaded solution is a change worth keeping across a reload, like any other draft.
    writeDraft(challengeId, {
      v: 1,
      policies: withSolution(seed.policies, solution).map((p) => ({
        yaml: p.yaml,
        enabled: p.enabled,
      })),
    });
  };

  return (
    <PanelHeadingLevel.Provider value={2}>
      <div className="nps nps-playground nps-challenge">
        <div className="nps-layout">
          <div className="nps-side">
            <CheckPanel
              challengeId={challengeId}
              grade={grade}
              restored={restored}
              hints={hints}
              onCheck={check}
              onStartOver={startOver}
              onShowSolution={showSolution}
            />
            <PolicyPanel sim={sim} title="Your policies" />
            <ClusterSection cluster={state.model.cluster} />
          </div>
          <div className="nps-main">
            <GridPanel
              key={state.generation}
              sim={sim}
              probeControl={
                <ProbeChoices
                  probe={state.probe}
                  choices={probes}
                  onChange={(probe) => dispatch({ type: 'set-probe', probe })}
                />
              }
            />
          </div>
        </div>
      </div>
    </PanelHeadingLevel.Provider>
  );
}

interface CheckPanelProps {
  challengeId: string;
  grade: GradeResult | null;
  restored: boolean;
  hints: string[];
  onCheck: () => void;
  onStartOver: () => void;
  onShowSolution: () => void;
}

/** Check my policies, the result, hints one at a time, the solution, and whether it was passed before. */
function CheckPanel({
  challengeId,
  grade,
  restored,
  hints,
  onCheck,
  onStartOver,
  onShowSolution,
}: CheckPanelProps) {
  const id = useId();
  const progress = useHydratedStore($progress, null);
  const passedBefore = progress !== null && passedChallenges(progress).has(challengeId);
  const [shownHints, setShownHints] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (grade) resultRef.current?.focus();
  }, [grade]);

  return (
    <section className="nps-panel sim-box" aria-labelledby={`${id}-title`}>
      <div className="nps-panel-head">
        <h2 id={`${id}-title`} className="nps-panel-title">
          Your answer
        </h2>
        {passedBefore ? (
          <span className="nps-passed-badge">
            <span aria-hidden="true">✓ </span>Passed
          </span>
        ) : (
          <span className="nps-muted">Not passed yet</span>
        )}
      </div>
      {restored ? (
        <p className="sim-hint">
          Your draft from last time is back. Start over to return to the starting policies.
        </p>
      ) : null}
      <div className="nps-row">
        <button type="button" className="sim-btn" onClick={onCheck}>
          Check my policies
        </button>
        <button type="button" className="sim-btn sim-btn-quiet sim-btn-small" onClick={onStartOver}>
          Start over
        </button>
      </div>
      <div ref={resultRef} tabIndex={-1} className="nps-result" aria-live="polite">
        {grade === null ? null : grade.passed ? (
          <p className="nps-result-pass">
            Passed ✓ All {grade.cells.length} connections behave as the task asks.
          </p>
        ) : (
          <Mismatches grade={grade} />
        )}
      </div>
      <div className="nps-hints">
        {hints.slice(0, shownHints).map((hint, i) => (
          <p key={i} className="nps-hint-item">
            <strong>Hint {i + 1}.</strong> <InlineText text={hint} />
          </p>
        ))}
        <div className="nps-row">
          {shownHints < hints.length ? (
            <button
              type="button"
              className="sim-btn sim-btn-secondary sim-btn-small"
              onClick={() => setShownHints((n) => n + 1)}
            >
              {shownHints === 0 ? 'Show a hint' : 'Show another hint'} ({shownHints + 1} of{' '}
              {hints.length})
            </button>
          ) : null}
          {confirming ? (
            <span className="nps-confirm" role="group" aria-label="Show the solution?">
              <span>Replace your policies with the starter plus the reference solution?</span>
              <button
                type="button"
                className="sim-btn sim-btn-small"
                onClick={() => {
                  setConfirming(false);
                  onShowSolution();
                }}
              >
                Show it
              </button>
              <button
                type="button"
                className="sim-btn sim-btn-quiet sim-btn-small"
                onClick={() => setConfirming(false)}
              >
                Not yet
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="sim-btn sim-btn-quiet sim-btn-small"
              onClick={() => (grade ? onShowSolution() : setConfirming(true))}
            >
              Show a solution
            </button>
          )}
        </div>
      </div>
    </section>
  );
}

/** The connections that do not behave as the task asks, with the engine's reasons. */
function Mismatches({ grade }: { grade: GradeResult }) {
  const shown = grade.mismatches.slice(0, 12);
  return (
    <div className="nps-result-fail">
      <p className="nps-problem-title">
        Not yet: {grade.mismatches.length} of {grade.cells.length} connections differ from the task.
      </p>
      <ul className="nps-mismatches">
        {shown.map((cell) => {
          const text = describeMismatch(cell);
          return (
            <li key={`${cell.from}>${cell.to}:${String(cell.port)}/${cell.protocol}`}>
              <p className="nps-mismatch-head">{text.headline}</p>
              {text.reasons.map((reason) => (
                <p key={reason} className="nps-reason">
                  <InlineText text={reason} />
                </p>
              ))}
            </li>
          );
        })}
      </ul>
      {grade.mismatches.length > shown.length ? (
        <p className="nps-muted">…and {grade.mismatches.length - shown.length} more.</p>
      ) : null}
    </div>
  );
}

export default NetpolChallenge;
