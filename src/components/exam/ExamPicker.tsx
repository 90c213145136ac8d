import { useEffect, useId, useMemo, useState } from 'react';
import { defaultCcnaVersion, type Shortfall } from '~/quiz';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import {
  codeFor,
  examChoices,
  newExamCode,
  sessionHash,
  type CheckpointModule,
  type ExamChoice,
} from '~/lib/exam-catalog';
import { navigationSentence, sizeSentence, versionSentence } from './exam-text';
import type { ExamMode } from './session-state';
import { SessionsInProgress } from './SessionsInProgress';
import './exam.css';

interface Props {
  modules: CheckpointModule[];
  /** Per paper id: how many questions the banks give it (computed at build time). */
  availability: { id: string; available: number; shortfalls: Shortfall[] }[];
  sessionHref: string;
}

/** The exam picker: a paper, a mode and an exam code, then a link to the session page. */
export default function ExamPicker(props: Props) {
  return (
    <ErrorBoundary name="exam picker" subject="exam picker">
      <Picker {...props} />
    </ErrorBoundary>
  );
}

// The picker's form.
function Picker({ modules, availability, sessionHref }: Props) {
  const id = useId();
  // The CCNA version in force is decided in the browser, on the learner's date, not at build time.
  const [today, setToday] = useState<Date | null>(null);
  useEffect(() => setToday(new Date()), []);
  const choices = useMemo(() => examChoices(modules, today ?? new Date(0)), [modules, today]);
  const defaultCcna = today ? `ccna-${defaultCcnaVersion(today)}` : undefined;
  const [selectedId, setSelectedId] = useState('saa-c03');
  const [mode, setMode] = useState<ExamMode>('exam');
  const [own, setOwn] = useState(false);
  const [typed, setTyped] = useState('');
  const [generated, setGenerated] = useState<Record<string, string>>({});
  const selected = choices.find((c) => c.id === selectedId) ?? (choices[0] as ExamChoice);
  const fresh = generated[selected.id];

  useEffect(() => {
    if (fresh === undefined) setGenerated((g) => ({ ...g, [selected.id]: newExamCode(selected) }));
  }, [fresh, selected]);

  const code = own ? codeFor(typed, selected, choices) : (fresh ?? '');
  const codeChoice = own && code ? choices.find((c) => code.startsWith(`${c.prefix}-`)) : selected;
  const href = code ? `${sessionHref}#${sessionHash(code, mode)}` : undefined;

  return (
    <div className="exam-picker">
      <SessionsInProgress sessionHref={sessionHref} choices={choices} />
      <fieldset className="exam-fieldset">
        <legend>1. Choose a paper</legend>
        <ul className="exam-paper-list">
          {choices.map((choice) => {
            const info = availability.find((a) => a.id === choice.id);
            const b = choice.blueprint;
            return (
              <li key={choice.id}>
                <label className={`exam-paper ${choice.id === selected.id ? 'is-selected' : ''}`}>
                  <input
                    type="radio"
                    name={`${id}-paper`}
                    value={choice.id}
                    checked={choice.id === selected.id}
                    onChange={() => setSelectedId(choice.id)}
                  />
                  <span className="exam-paper-text">
                    <strong>
                      {b.title}
                      {choice.id === defaultCcna && (
                        <span className="exam-badge">in force today</span>
                      )}
                    </strong>
                    <span className="exam-paper-meta">
                      {b.questionCount} questions · {b.timeLimitMinutes} min ·{' '}
                      {b.navigation === 'free' ? 'free navigation' : 'forward only'}
                    </span>
                    {info && (
                      <span className="exam-paper-meta">
                        {sizeSentence(b, info.available, info.shortfalls)}
                      </span>
                    )}
                    {versionSentence(b) && (
                      <span className="exam-paper-meta">{versionSentence(b)}</span>
                    )}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <fieldset className="exam-fieldset">
        <legend>2. Choose a mode</legend>
        {(['exam', 'practice'] as const).map((m) => (
          <label key={m} className="exam-mode">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === m}
              onChange={() => setMode(m)}
            />
            <span>
              <strong>{m === 'exam' ? 'Exam' : 'Practice'}</strong> —{' '}
              {m === 'exam' ? `timed (${selected.blueprint.timeLimitMinutes} min). ` : ''}
              {navigationSentence(selected.blueprint, m)}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="exam-fieldset">
        <legend>3. Exam code</legend>
        <p className="exam-note">
          The same code always gives the same paper: an instructor can hand a class one code.
        </p>
        <label className="exam-mode">
          <input type="radio" name={`${id}-code`} checked={!own} onChange={() => setOwn(false)} />
          <span>
            A new code: <strong className="exam-code">{fresh ?? '…'}</strong>{' '}
            <button
              type="button"
              className="button secondary exam-small"
              onClick={() => setGenerated((g) => ({ ...g, [selected.id]: newExamCode(selected) }))}
            >
              Another code
            </button>
          </span>
        </label>
        <label className="exam-mode">
          <input type="radio" name={`${id}-code`} checked={own} onChange={() => setOwn(true)} />
          <span>I have a code</span>
        </label>
        {own && (
          <div className="exam-own-code">
            <label htmlFor={`${id}-typed`}>Code from your instructor</label>
            <input
              id={`${id}-typed`}
              className="sim-input"
              value={typed}
              maxLength={40}
              autoComplete="off"
              spellCheck={false}
              placeholder={`${selected.prefix}-7F3K2`}
              onChange={(e) => setTyped(e.currentTarget.value)}
            />
            {code && (
              <p className="exam-note" role="status">
                Paper: <strong className="exam-code">{code}</strong>
                {codeChoice && codeChoice.id !== selected.id
                  ? ` — this code names ${codeChoice.blueprint.title}.`
                  : ''}
              </p>
            )}
          </div>
        )}
      </fieldset>
      <p>
        {href ? (
          <a className="button exam-go" href={href}>
            {mode === 'exam' ? 'Open the exam' : 'Open practice'} ({code})
          </a>
        ) : (
          <span className="exam-note">Type a code to continue.</span>
        )}
      </p>
    </div>
  );
}
