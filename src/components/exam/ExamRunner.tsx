import { useEffect, useRef, useState } from 'react';
import { checkAnswer, type Answer, type Paper, type PaperQuestion } from '~/quiz';
import { ExamQuestion } from './ExamQuestion';
import { ExamTopBar } from './ExamTopBar';
import { ReviewScreen } from './ReviewScreen';
import { selectionOf } from './ChoiceBody';
import {
  canGoTo,
  canAnswer,
  navigationFor,
  withAnswer,
  withChecked,
  withFlagToggled,
  withPosition,
  type SessionState,
} from './session-state';
import { useExamKeys } from './use-exam-keys';

interface Props {
  paper: Paper;
  state: SessionState;
  update: (change: (state: SessionState) => SessionState) => void;
  announce: (text: string) => void;
  onSubmit: (timedOut: boolean) => void;
}

/** A running paper: the top bar with the timer, one question at a time, the review screen. */
export function ExamRunner({ paper, state, update, announce, onSubmit }: Props) {
  const ids = paper.questions.map((q) => q.question.id);
  const nav = navigationFor(state.mode, paper.blueprint.navigation);
  const [screen, setScreen] = useState<'question' | 'review'>('question');
  const [confirmLeave, setConfirmLeave] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // The session page only mounts a runner for a paper with questions and a position inside it.
  const item = (paper.questions[state.position] ?? paper.questions[0]) as PaperQuestion;

  // The question's number takes focus whenever a question shows, so screen readers announce it.
  useEffect(() => {
    setConfirmLeave(false);
    heading.current?.focus();
  }, [state.position, screen]);

  const question = item.question;
  const answer = state.answers[question.id];
  const last = state.position === ids.length - 1;
  const checked = state.checked.includes(question.id);
  const practice = state.mode === 'practice';
  const editable = canAnswer(state, question.id);

  const goTo = (index: number) => {
    if (!canGoTo(state, index, ids.length, nav)) return;
    setScreen('question');
    update((s) => withPosition(s, index, ids, nav, Date.now()));
  };
  const setAnswer = (next: Answer | undefined) => update((s) => withAnswer(s, question.id, next));
  const check = () => update((s) => withChecked(s, question.id));
  const openReview = () => {
    setScreen('review');
    announce('Review screen');
  };

  // Forward-only: leaving a question is final, so an unanswered one asks first.
  const forward = () => {
    if (last) return nav === 'free' ? openReview() : leaveLast();
    if (nav === 'forward-only' && answer === undefined && !confirmLeave)
      return setConfirmLeave(true);
    goTo(state.position + 1);
  };
  const leaveLast = () => {
    if (answer === undefined && !confirmLeave) return setConfirmLeave(true);
    onSubmit(false);
  };
  const primary = () => {
    if (practice && !checked && answer !== undefined) return check();
    forward();
  };
  const pick = (index: number) => {
    if (!editable || (question.type !== 'single' && question.type !== 'multiple')) return;
    const option = question.options[index];
    if (!option) return;
    const selected = selectionOf(answer);
    if (question.type === 'single') return setAnswer({ kind: 'choice', selected: [option.id] });
    const next = selected.includes(option.id)
      ? selected.filter((x) => x !== option.id)
      : [...selected, option.id];
    setAnswer(next.length === 0 ? undefined : { kind: 'choice', selected: next });
  };

  useExamKeys(screen === 'question', {
    pick,
    primary,
    previous: nav === 'free' ? () => goTo(state.position - 1) : undefined,
    next: nav === 'free' ? () => goTo(state.position + 1) : undefined,
  });

  const flagged = state.flags.includes(question.id);
  return (
    <div className="exam-runner">
      <ExamTopBar
        paper={paper}
        state={state}
        nav={nav}
        screen={screen}
        flagged={flagged}
        onFlag={() => update((s) => withFlagToggled(s, question.id, nav))}
        onReview={openReview}
        onTimeUp={() => onSubmit(true)}
        announce={announce}
      />
      {screen === 'review' ? (
        <ReviewScreen
          paper={paper}
          state={state}
          onJump={(index) => {
            if (index === state.position) setScreen('question');
            else goTo(index);
          }}
          onSubmit={() => onSubmit(false)}
          practice={practice}
        />
      ) : (
        <>
          <ExamQuestion
            ref={heading}
            question={question}
            number={state.position + 1}
            total={ids.length}
            answer={answer}
            onAnswer={editable ? setAnswer : undefined}
            revealed={practice && checked}
            flagged={flagged}
          />
          {practice && checked && (
            <p
              className={`exam-verdict ${checkAnswer(question, answer) ? 'is-right' : 'is-wrong'}`}
              role="status"
            >
              {checkAnswer(question, answer)
                ? '✓ Right.'
                : '✗ Not right: the explanations above say why.'}
            </p>
          )}
          {confirmLeave && (
            <div className="exam-confirm" role="alert">
              <p>
                {last
                  ? 'This question is unanswered. Submit the paper anyway? An unanswered question scores nothing.'
                  : 'This question is unanswered, and on this paper you cannot come back to it. Leave it unanswered?'}
              </p>
              <button
                type="button"
                className="button"
                onClick={last ? () => onSubmit(false) : () => goTo(state.position + 1)}
              >
                {last ? 'Submit anyway' : 'Leave it unanswered'}
              </button>{' '}
              <button
                type="button"
                className="button secondary"
                onClick={() => setConfirmLeave(false)}
              >
                Stay on this question
              </button>
            </div>
          )}
          <div className="exam-nav">
            {nav === 'free' && (
              <button
                type="button"
                className="button secondary"
                disabled={state.position === 0}
                onClick={() => goTo(state.position - 1)}
              >
                ← Previous
              </button>
            )}
            {practice && !checked && (
              <button
                type="button"
                className="button secondary"
                disabled={answer === undefined}
                onClick={check}
              >
                Check answer
              </button>
            )}
            <button type="button" className="button exam-next" onClick={forward}>
              {nextLabel(nav, last)}
            </button>
          </div>
          <p className="exam-keys-help">
            Keys: 1–9 choose an option, Enter {practice ? 'checks, then moves on' : 'moves on'}
            {nav === 'free' ? ', ← and → move between questions' : ''}.
          </p>
        </>
      )}
    </div>
  );
}

// What the forward button says under each rule.
function nextLabel(nav: 'free' | 'forward-only', last: boolean): string {
  if (nav === 'free') return last ? 'Review answers' : 'Next →';
  return last ? 'Submit the paper' : 'Next (no going back) →';
}
