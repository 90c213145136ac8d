import type { Paper, PaperBlueprint } from '~/quiz';
import { navigationSentence, sizeSentence, timeSentence, versionSentence } from './exam-text';
import type { ExamMode } from './session-state';

interface Props {
  blueprint: PaperBlueprint;
  /** The exam code, normalised. */
  code: string;
  /** The assembled paper, or null while its questions are still loading. */
  paper: Paper | null;
  mode: ExamMode;
  indexHref: string;
  onStart: (mode: ExamMode) => void;
}

/**
 * Before the clock starts: what the paper is, its rules, and the Start button. It shows as soon as
 * the address is read; the buttons wait for the questions (a large pool takes a moment on a slow
 * connection, and the rules are worth reading meanwhile).
 */
export function ExamIntro({ blueprint, code, paper, mode, indexHref, onStart }: Props) {
  const version = versionSentence(blueprint);
  const other: ExamMode = mode === 'exam' ? 'practice' : 'exam';
  return (
    <section className="exam-intro" aria-labelledby="exam-intro-title">
      <h2 id="exam-intro-title">{blueprint.title}</h2>
      <p className="exam-code-line">
        Exam code <strong className="exam-code">{code}</strong> ·{' '}
        {mode === 'exam' ? 'Exam mode' : 'Practice mode'}
      </p>
      <ul className="exam-facts">
        <li>
          {paper
            ? sizeSentence(blueprint, paper.questions.length, paper.shortfalls)
            : 'Loading the questions…'}
        </li>
        <li>{timeSentence(blueprint, mode)}</li>
        <li>{navigationSentence(blueprint, mode)}</li>
        {version && <li>{version}</li>}
        {blueprint.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <p className="exam-intro-actions">
        <button
          type="button"
          className="button exam-start"
          disabled={!paper}
          onClick={() => onStart(mode)}
        >
          {mode === 'exam' ? 'Start the exam' : 'Start practising'}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={!paper}
          onClick={() => onStart(other)}
        >
          {other === 'exam' ? 'Start in exam mode instead' : 'Practise this paper instead'}
        </button>
        <a href={indexHref}>Choose another paper</a>
      </p>
      <p className="exam-note">
        Your answers and the clock are saved in this browser as you go: a reload or a closed tab
        resumes where you were, and the clock keeps running meanwhile.
      </p>
    </section>
  );
}
