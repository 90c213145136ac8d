// The session page's paper: the code and mode from the address, the pool fetched from the same
// origin (precached for offline use), and the paper assembled from both.
import { useEffect, useState } from 'react';
import {
  assemblePaper,
  normalizeExamCode,
  type Paper,
  type PaperBlueprint,
  type Question,
} from '~/quiz';
import {
  choiceForCode,
  examChoices,
  parseSessionHash,
  poolFamily,
  type CheckpointModule,
} from '~/lib/exam-catalog';
import type { ExamMode } from './session-state';

/** What the address names, known before the pool arrives: enough to show the paper's rules. */
export interface PaperPreview {
  blueprint: PaperBlueprint;
  code: string;
  mode: ExamMode;
}

/**
 * The paper named by the address, once the pool has loaded, or why there is none. While the pool
 * loads, `preview` already names the paper, so the page can show its rules at once.
 */
export type Loaded =
  | { kind: 'loading'; preview?: PaperPreview }
  | { kind: 'problem'; message: string }
  | { kind: 'paper'; paper: Paper; mode: ExamMode };

// Reads the code and mode from the address, fetches its family's pool and assembles the paper.
export function usePaper(poolBase: string, modules: readonly CheckpointModule[]): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    const load = async () => {
      const { code, mode } = parseSessionHash(window.location.hash);
      const choice = choiceForCode(code, examChoices(modules, new Date()));
      if (!choice) {
        return setLoaded({
          kind: 'problem',
          message: code
            ? `The code ${code} does not name a Podnet paper: a code starts with SAA-, CCNA11-, CCNA20- or K8S-<module>-.`
            : 'No exam code was given.',
        });
      }
      setLoaded({
        kind: 'loading',
        preview: { blueprint: choice.blueprint, code: normalizeExamCode(code), mode },
      });
      // The rules go on screen first; the pool (over 100 KB gzipped for a large exam) follows.
      await afterPaint();
      if (!live) return;
      const pool = await fetchPool(`${poolBase}${poolFamily(choice.id)}.json`);
      if (!live) return;
      if (!pool)
        return setLoaded({
          kind: 'problem',
          message: 'The question pool could not be loaded. Check the connection and reload.',
        });
      const paper = assemblePaper({ blueprint: choice.blueprint, pool, seed: code });
      if (paper.questions.length === 0) {
        return setLoaded({
          kind: 'problem',
          message: `The banks hold no questions for ${choice.blueprint.title} yet.`,
        });
      }
      setLoaded({ kind: 'paper', paper, mode });
    };
    void load();
    const reload = () => window.location.reload();
    window.addEventListener('hashchange', reload);
    return () => {
      live = false;
      window.removeEventListener('hashchange', reload);
    };
  }, [poolBase, modules]);
  return loaded;
}

// The pool's questions, or null when it cannot be fetched or read.
async function fetchPool(url: string): Promise<Question[] | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    const data = (await response.json()) as { questions?: unknown };
    return Array.isArray(data.questions) ? (data.questions as Question[]) : null;
  } catch {
    return null;
  }
}

// Resolves once the browser has painted the current render (a frame, then a task).
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });
}
