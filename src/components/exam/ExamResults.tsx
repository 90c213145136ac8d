import { useEffect, useRef } from 'react';
import type { Paper, PaperResult } from '~/quiz';
import { DomainChart } from './DomainChart';
import { ExamQuestion } from './ExamQuestion';
import { formatDuration } from './session-timer';
import type { SessionState } from './session-state';

interface Props {
  paper: Paper;
  state: SessionState;
  result: PaperResult;
  indexHref: string;
  onRestart: () => void;
}

/** The headline of a result in one sentence, also announced to screen readers. */
export function resultHeadline(result: PaperResult): string {
  const { total, scaled } = result;
  const right = `${total.correct} of ${total.questions} questions right (${total.percent}% of points)`;
  if (scaled) {
    const verdict = scaled.passed ? 'at or above' : 'below';
    return `Podnet estimate ${scaled.score} on the 100–1,000 scale, ${verdict} the pass mark of ${scaled.passMark}; ${right}.`;
  }
  return `${total.percent}% of points: ${right}.`;
}

/** The results page of a finished paper: score, domains, time, and every question to review. */
export function ExamResults({ paper, state, result, indexHref, onRestart }: Props) {
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const elapsed = (state.finishedAt ?? state.startedAt) - state.startedAt;
  const byId = new Map(result.questions.map((q) => [q.id, q]));
  const domainTitle = new Map(paper.blueprint.domains.map((d) => [d.id, d.title]));
  return (
    <section className="exam-results" aria-labelledby="exam-results-title">
      <h2 id="exam-results-title" ref={title} tabIndex={-1}>
        Results{state.mode === 'practice' ? ' (practice)' : ''}
      </h2>
      <div
        className={`exam-score ${result.scaled ? (result.scaled.passed ? 'is-pass' : 'is-below') : ''}`}
      >
        {result.scaled ? (
          <p className="exam-score-main">
            <span className="exam-score-number">{result.scaled.score}</span>
            <span>
              Podnet estimate on the 100–1,000 scale · pass mark {result.scaled.passMark}:{' '}
              <strong>{result.scaled.passed ? 'reached' : 'not reached'}</strong>
            </span>
          </p>
        ) : (
          <p className="exam-score-main">
            <span className="exam-score-number">{result.total.percent}%</span>
            <span>of the points, no pass or fail</span>
          </p>
        )}
        <p>
          {result.total.correct} of {result.total.questions} questions right,{' '}
          {result.total.answered} answered, in {formatDuration(elapsed)}
          {state.timedOut ? ' — time ran out, so the paper was submitted automatically' : ''}.
        </p>
      </div>
      <p className="exam-explanation">{result.explanation}</p>
      {paper.shortfalls.length > 0 && (
        <p className="exam-note">
          This paper had {paper.questions.length} of the {paper.blueprint.questionCount} questions
          the real exam has, because the banks do not hold enough questions yet; the score is over
          these {paper.questions.length}.
        </p>
      )}
      <h3 id="exam-domains-title">By domain</h3>
      <DomainChart domains={result.domains} titleId="exam-domains-title" />
      <h3>Every question</h3>
      <p className="exam-note">
        Open a question to see your answer, the right one and why each option is right or wrong.
        Average time per question: {formatDuration(elapsed / Math.max(1, paper.questions.length))}.
      </p>
      <ol className="exam-answers">
        {paper.questions.map(({ question, domain }, index) => {
          const q = byId.get(question.id);
          const verdict = !q?.answered ? 'Unanswered' : q.correct ? '✓ Right' : '✗ Wrong';
          return (
            <li key={question.id} className={`exam-answer ${q?.correct ? 'is-right' : 'is-wrong'}`}>
              <details>
                <summary>
                  <span className="exam-answer-number">Question {index + 1}</span>
                  <span className="exam-answer-verdict">{verdict}</span>
                  <span className="exam-answer-meta">
                    {domainTitle.get(domain) ?? domain} · {formatDuration(q?.ms ?? 0)}
                  </span>
                </summary>
                <ExamQuestion
                  question={question}
                  number={index + 1}
                  total={paper.questions.length}
                  answer={state.answers[question.id]}
                  onAnswer={undefined}
                  revealed
                />
              </details>
            </li>
          );
        })}
      </ol>
      <p className="exam-result-actions">
        <button type="button" className="button secondary" onClick={onRestart}>
          Take this paper again
        </button>
        <a className="button" href={indexHref}>
          Choose another paper
        </a>
      </p>
    </section>
  );
}
