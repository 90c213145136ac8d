import { useEffect, useState } from 'react';
import { choiceForCode, sessionHash, type ExamChoice } from '~/lib/exam-catalog';
import { decodeSession } from './session-storage';

interface Props {
  sessionHref: string;
  choices: readonly ExamChoice[];
}

interface Saved {
  code: string;
  mode: 'exam' | 'practice';
  title: string;
  finished: boolean;
}

const PREFIX = 'podnet:exam-session:';

/** The sessions saved in this browser, to resume one (read after hydration; nothing on the server). */
export function SessionsInProgress({ sessionHref, choices }: Props) {
  const [saved, setSaved] = useState<Saved[]>([]);
  useEffect(() => setSaved(savedSessions(choices)), [choices]);
  const open = saved.filter((s) => !s.finished);
  if (open.length === 0) return null;
  return (
    <section className="exam-in-progress" aria-label="Papers in progress">
      <h2>Papers in progress</h2>
      <ul>
        {open.map((s) => (
          <li key={s.code}>
            <a href={`${sessionHref}#${sessionHash(s.code, s.mode)}`}>
              Resume {s.title} ({s.code}, {s.mode})
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

// Every readable saved session in localStorage; unreadable ones are left for the session page to report.
function savedSessions(choices: readonly ExamChoice[]): Saved[] {
  const found: Saved[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const code = key.slice(PREFIX.length);
      const loaded = decodeSession(localStorage.getItem(key), code);
      const choice = choiceForCode(code, choices);
      if (loaded.kind !== 'ok' || !choice) continue;
      found.push({
        code,
        mode: loaded.state.mode,
        title: choice.blueprint.title,
        finished: loaded.state.finishedAt !== null,
      });
    }
  } catch {
    // Storage unavailable: nothing to resume.
  }
  return found.sort((a, b) => a.code.localeCompare(b.code));
}
