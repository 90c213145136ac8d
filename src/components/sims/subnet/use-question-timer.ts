import { useEffect, useRef, useState } from 'react';

/** A question's clock: whole seconds shown, and the exact time taken when the learner checks. */
export interface QuestionTimer {
  seconds: number;
  /** Milliseconds since the question was shown (the clock keeps its value once stopped). */
  elapsedMs: () => number;
}

/** Counts up from when `questionKey` last changed, ticking each second while `running`. */
export function useQuestionTimer(questionKey: string, running: boolean): QuestionTimer {
  const startedAt = useRef(0);
  const stoppedAfter = useRef<number | null>(null);
  const [seconds, setSeconds] = useState(0);

  useEffect(() => {
    startedAt.current = Date.now();
    stoppedAfter.current = null;
    setSeconds(0);
  }, [questionKey]);

  useEffect(() => {
    if (!running) {
      stoppedAfter.current ??= Date.now() - startedAt.current;
      setSeconds(Math.floor(stoppedAfter.current / 1000));
      return undefined;
    }
    const tick = setInterval(() => {
      setSeconds(Math.floor((Date.now() - startedAt.current) / 1000));
    }, 1000);
    return () => clearInterval(tick);
  }, [running, questionKey]);

  return {
    seconds,
    elapsedMs: () => stoppedAfter.current ?? Date.now() - startedAt.current,
  };
}

/** A time as m:ss. */
export function formatClock(seconds: number): string {
  return `${String(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, '0')}`;
}
