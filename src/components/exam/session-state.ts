// The state of one exam session and the pure changes to it: answering, flagging, moving between
// questions under the paper's navigation rule, checking (practice) and submitting. Time is an
// argument (epoch milliseconds), so that every rule can be tested without a clock.
import type { Answer, Navigation } from '~/quiz';

/** Exam: timed, the exam's navigation rule. Practice: untimed, free navigation, answers explained at once. */
export type ExamMode = 'exam' | 'practice';

/** Everything about a session that survives a reload (saved under `podnet:exam-session:<code>`). */
export interface SessionState {
  code: string;
  mode: ExamMode;
  /** When the learner pressed Start (epoch ms); the timer is computed from it. */
  startedAt: number;
  /** The question on screen, 0-based. */
  position: number;
  /** When the question on screen was shown (epoch ms), to add up the time spent on each. */
  shownAt: number;
  answers: Record<string, Answer>;
  /** Questions flagged for review (free navigation only). */
  flags: string[];
  /** Milliseconds spent on each question, summed over every visit. */
  ms: Record<string, number>;
  /** Practice: questions whose answer has been checked and explained (then locked). */
  checked: string[];
  /** When the paper was submitted (epoch ms), or null while it runs. */
  finishedAt: number | null;
  /** Whether time ran out and the paper was submitted automatically. */
  timedOut: boolean;
  /** Whether the result has been written to the learner's progress (so a reload never writes it twice). */
  recorded: boolean;
}

/** A new session at its first question. */
export function startSession(code: string, mode: ExamMode, now: number): SessionState {
  return {
    code,
    mode,
    startedAt: now,
    position: 0,
    shownAt: now,
    answers: {},
    flags: [],
    ms: {},
    checked: [],
    finishedAt: null,
    timedOut: false,
    recorded: false,
  };
}

/** The navigation rule in force: practice is always free; an exam follows its paper. */
export function navigationFor(mode: ExamMode, paperNavigation: Navigation): Navigation {
  return mode === 'practice' ? 'free' : paperNavigation;
}

/** Whether the learner may move from the current question to question `index`. */
export function canGoTo(
  state: SessionState,
  index: number,
  total: number,
  nav: Navigation,
): boolean {
  if (state.finishedAt !== null || index < 0 || index >= total || index === state.position)
    return false;
  return nav === 'free' || index === state.position + 1;
}

/** Whether an answer may still be given or changed for a question. */
export function canAnswer(state: SessionState, questionId: string): boolean {
  return state.finishedAt === null && !state.checked.includes(questionId);
}

/** Sets the answer to a question, or clears it with undefined (a no-op when it is locked). */
export function withAnswer(
  state: SessionState,
  questionId: string,
  answer: Answer | undefined,
): SessionState {
  if (!canAnswer(state, questionId)) return state;
  const answers = { ...state.answers };
  if (answer === undefined) delete answers[questionId];
  else answers[questionId] = answer;
  return { ...state, answers };
}

/** Flags a question for review or removes the flag; forward-only papers have no flags. */
export function withFlagToggled(
  state: SessionState,
  questionId: string,
  nav: Navigation,
): SessionState {
  if (nav !== 'free' || state.finishedAt !== null) return state;
  const flags = state.flags.includes(questionId)
    ? state.flags.filter((id) => id !== questionId)
    : [...state.flags, questionId];
  return { ...state, flags };
}

/** Practice: locks a question's answer so its explanation shows. */
export function withChecked(state: SessionState, questionId: string): SessionState {
  if (state.mode !== 'practice' || state.checked.includes(questionId)) return state;
  if (state.answers[questionId] === undefined) return state;
  return { ...state, checked: [...state.checked, questionId] };
}

/** Moves to question `index` if the rule allows, adding the time spent on the one left. */
export function withPosition(
  state: SessionState,
  index: number,
  ids: readonly string[],
  nav: Navigation,
  now: number,
): SessionState {
  if (!canGoTo(state, index, ids.length, nav)) return state;
  return { ...withTimeSpent(state, ids, now), position: index, shownAt: now };
}

/** Ends the session: the time on the last question is counted and nothing changes after this. */
export function withSubmitted(
  state: SessionState,
  ids: readonly string[],
  now: number,
  timedOut: boolean,
): SessionState {
  if (state.finishedAt !== null) return state;
  return { ...withTimeSpent(state, ids, now), finishedAt: now, timedOut };
}

/** Adds the time since the current question was shown to its total. */
function withTimeSpent(state: SessionState, ids: readonly string[], now: number): SessionState {
  const id = ids[state.position];
  if (id === undefined) return state;
  const spent = Math.max(0, now - state.shownAt);
  return { ...state, shownAt: now, ms: { ...state.ms, [id]: (state.ms[id] ?? 0) + spent } };
}

/** Counts for the review screen. */
export function reviewCounts(state: SessionState, ids: readonly string[]) {
  const answered = ids.filter((id) => state.answers[id] !== undefined).length;
  return {
    answered,
    unanswered: ids.length - answered,
    flagged: ids.filter((id) => state.flags.includes(id)).length,
  };
}
