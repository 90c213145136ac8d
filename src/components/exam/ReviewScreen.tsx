import { useEffect, useRef, useState } from 'react';
import type { Paper } from '~/quiz';
import { reviewCounts, type SessionState } from './session-state';

interface Props {
  paper: Paper;
  state: SessionState;
  practice: boolean;
  onJump: (index: number) => void;
  onSubmit: () => void;
}

/** Every question with its status (answered, unanswered, flagged), a jump to each, and submit. */
export function ReviewScreen({ paper, state, practice, onJump, onSubmit }: Props) {
  const ids = paper.questions.map((q) => q.question.id);
  const counts = reviewCounts(state, ids);
  const [confirming, setConfirming] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const submit = () => (counts.unanswered > 0 && !confirming ? setConfirming(true) : onSubmit());
  return (
    <section className="exam-review" aria-labelledby="exam-review-title">
      <h2 id="exam-review-title" tabIndex={-1} ref={title}>
        Review your answers
      </h2>
      <p className="exam-review-counts">
        <span>{counts.answered} answered</span>
        <span>{counts.unanswered} unanswered</span>
        <span>{counts.flagged} flagged</span>
      </p>
      <ol className="exam-review-list">
        {ids.map((id, index) => {
          const answered = state.answers[id] !== undefined;
          const flagged = state.flags.includes(id);
          const status = [
            answered ? 'Answered' : 'Unanswered',
            ...(flagged ? ['Flagged'] : []),
          ].join(' · ');
          return (
            <li key={id}>
              <button
                type="button"
                className={`exam-review-item ${answered ? 'is-answered' : 'is-unanswered'} ${flagged ? 'is-flagged' : ''}`}
                onClick={() => onJump(index)}
                aria-label={`Question ${index + 1}: ${status}`}
              >
                <span className="exam-review-number">{index + 1}</span>
                <span className="exam-review-status">
                  {flagged && <span aria-hidden="true">⚑ </span>}
                  {answered ? 'Answered' : 'Unanswered'}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {confirming && (
        <div className="exam-confirm" role="alert">
          <p>
            {counts.unanswered} {counts.unanswered === 1 ? 'question is' : 'questions are'}{' '}
            unanswered; an unanswered question scores nothing. Submit anyway?
          </p>
          <button type="button" className="button" onClick={onSubmit}>
            Submit now
          </button>{' '}
          <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
            Keep working
          </button>
        </div>
      )}
      {!confirming && (
        <p>
          <button type="button" className="button exam-submit" onClick={submit}>
            {practice ? 'Finish and see results' : 'Submit the paper'}
          </button>
        </p>
      )}
    </section>
  );
}
