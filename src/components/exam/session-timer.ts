// Timer arithmetic of an exam session: time left, the clock text, and when to tell a screen
// reader how much time remains (at 10, 5 and 1 minutes, never every second).

/** Minutes left at which the time is announced. */
export const ANNOUNCE_AT_MINUTES = [10, 5, 1] as const;

/** Milliseconds left of a time limit, never below zero. */
export function remainingMs(startedAt: number, limitMinutes: number, now: number): number {
  return Math.max(0, startedAt + limitMinutes * 60_000 - now);
}

/** A duration as a clock: `1:05:09` over an hour, else `9:59` (whole seconds, rounded up). */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** A duration in words for screen readers and tables: `1 h 5 min`, `4 min 20 s`, `35 s`. */
export function formatDuration(ms: number): string {
  const total = Math.round(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return seconds > 0 ? `${minutes} min ${seconds} s` : `${minutes} min`;
  return `${seconds} s`;
}

/** The announcement mark crossed between two readings of the time left, if any (the smallest crossed). */
export function crossedMark(previousMs: number, currentMs: number): number | undefined {
  const crossed = ANNOUNCE_AT_MINUTES.filter(
    (m) => previousMs > m * 60_000 && currentMs <= m * 60_000,
  );
  return crossed.length === 0 ? undefined : Math.min(...crossed);
}
