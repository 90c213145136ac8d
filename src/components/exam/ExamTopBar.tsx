import { useEffect, useRef, useState } from 'react';
import type { Navigation, Paper } from '~/quiz';
import { crossedMark, formatClock, formatDuration, remainingMs } from './session-timer';
import type { SessionState } from './session-state';

interface Props {
  paper: Paper;
  state: SessionState;
  nav: Navigation;
  screen: 'question' | 'review';
  flagged: boolean;
  onFlag: () => void;
  onReview: () => void;
  onTimeUp: () => void;
  announce: (text: string) => void;
}

/** The bar above the question: where the learner is, the clock, flag and review. */
export function ExamTopBar({
  paper,
  state,
  nav,
  screen,
  flagged,
  onFlag,
  onReview,
  onTimeUp,
  announce,
}: Props) {
  const now = useNow();
  const timed = state.mode === 'exam';
  const limit = paper.blueprint.timeLimitMinutes;
  const left = remainingMs(state.startedAt, limit, now);
  const previous = useRef(left);

  useEffect(() => {
    if (!timed) return;
    const mark = crossedMark(previous.current, left);
    previous.current = left;
    if (mark !== undefined) announce(`${mark} ${mark === 1 ? 'minute' : 'minutes'} left.`);
    if (left === 0) onTimeUp();
  }, [timed, left, announce, onTimeUp]);

  const low = timed && left <= 5 * 60_000;
  return (
    <div className="exam-topbar">
      <p className="exam-topbar-where">
        <span className="exam-topbar-title">{paper.blueprint.title}</span>
        <span>
          {screen === 'review'
            ? 'Review'
            : `Question ${state.position + 1} of ${paper.questions.length}`}
        </span>
      </p>
      <p className={`exam-clock ${low ? 'exam-clock-low' : ''}`}>
        {timed ? (
          <>
            <span className="exam-clock-label">Time left</span>{' '}
            <span
              role="timer"
              aria-live="off"
              aria-label={`Time left: ${formatDuration(left)}`}
              data-testid="exam-time-left"
            >
              {formatClock(left)}
            </span>
          </>
        ) : (
          <>
            <span className="exam-clock-label">Practice, untimed · elapsed</span>{' '}
            <span role="timer" aria-live="off">
              {formatClock(now - state.startedAt)}
            </span>
          </>
        )}
      </p>
      <div className="exam-topbar-actions">
        {nav === 'free' && screen === 'question' && (
          <button
            type="button"
            className="button secondary exam-flag"
            aria-pressed={flagged}
            onClick={onFlag}
          >
            {flagged ? '⚑ Flagged' : '⚐ Flag for review'}
          </button>
        )}
        {nav === 'free' && screen === 'question' && (
          <button type="button" className="button secondary" onClick={onReview}>
            Review all
          </button>
        )}
      </div>
    </div>
  );
}

// The current time, updated every second.
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
