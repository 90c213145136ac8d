// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { cleanStores } from 'nanostores';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ExamSession from '~/components/exam/ExamSession';
import { $progress } from '~/progress/store';
import { POOL } from './fixtures';

let container: HTMLElement;
let root: Root;
let unbind: () => void;

// Renders the session island for a code and waits for the pool to load.
async function open(hash: string): Promise<void> {
  window.location.hash = hash;
  await act(async () => {
    root.render(
      <ExamSession
        poolBase="/exams/pool/"
        indexHref="/exams/"
        modules={[{ id: 'policy', title: 'Network policy' }]}
      />,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

// Clicks the button whose text is `name`.
function click(name: string | RegExp): void {
  const button = [...container.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
  );
  if (!button) throw new Error(`no button ${String(name)}`);
  act(() => button.click());
}

// Picks the option at a position on the question on screen (options are shuffled per code).
function pick(index: number): void {
  const input = container.querySelectorAll<HTMLInputElement>('.exam-option input')[index];
  if (!input) throw new Error(`no option ${index}`);
  act(() => input.click());
}

// Picks the right option of the question on screen (its text starts with "Right").
function pickRight(): void {
  const options = [...container.querySelectorAll('.exam-option')];
  pick(options.findIndex((o) => o.textContent?.includes('Right')));
}

// The number heading of the question on screen.
function heading(): string {
  return container.querySelector('.exam-question-number')?.textContent ?? '';
}

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  useTestStorageEngine();
  unbind = $progress.listen(() => {});
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify({ version: 1, questions: POOL })))),
  );
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  unbind();
  cleanTestStorage();
  cleanStores($progress);
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('ExamSession', () => {
  it('runs a checkpoint: start, answer, flag, review, submit, results recorded once', async () => {
    await open('#code=K8S-POLICY-T1&mode=exam');
    expect(container.textContent).toContain(
      'The banks hold 3 checkpoint questions so far; this paper has 3 of 10.',
    );
    click('Start the exam');
    expect(document.documentElement.dataset['examActive']).toBe('true');
    expect(heading()).toBe('Question 1 of 3');
    pick(0);
    click('Next →');
    expect(heading()).toBe('Question 2 of 3');
    click(/Flag for review/);
    expect(heading()).toBe('Question 2 of 3 · Flagged');

    const saved = JSON.parse(localStorage.getItem('podnet:exam-session:K8S-POLICY-T1') ?? '{}');
    expect(saved).toMatchObject({
      code: 'K8S-POLICY-T1',
      mode: 'exam',
      position: 1,
    });
    expect(Object.keys(saved.answers)).toHaveLength(1);
    expect(saved.flags).toHaveLength(1);

    click('Review all');
    expect(container.querySelector('.exam-review-counts')?.textContent).toBe(
      '1 answered2 unanswered1 flagged',
    );
    click('Submit the paper');
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(
      '2 questions are unanswered',
    );
    click('Submit now');

    expect(container.querySelector('h2')?.textContent).toBe('Results');
    expect(document.documentElement.dataset['examActive']).toBeUndefined();
    const progress = $progress.get();
    const runs = Object.values(progress.exams);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      exam: 'k8s-policy',
      code: 'K8S-POLICY-T1',
      questions: 3,
      answered: 1,
      timedOut: false,
    });
    const attempts = Object.values(progress.attempts);
    expect(attempts.map((a) => a.source)).toEqual(['exam']);
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toMatch(/^Results\. /);
  });

  it('resumes a saved session after a reload, at the same question with its answers', async () => {
    await open('#code=K8S-POLICY-T2&mode=exam');
    click('Start the exam');
    pick(1);
    click('Next →');
    act(() => root.unmount());
    root = createRoot(container);
    await open('#code=K8S-POLICY-T2&mode=exam');
    expect(heading()).toBe('Question 2 of 3');
    click('← Previous');
    expect(container.querySelectorAll<HTMLInputElement>('.exam-option input')[1]?.checked).toBe(
      true,
    );
  });

  it('explains a practice answer at once and locks it', async () => {
    await open('#code=K8S-POLICY-T3&mode=practice');
    click('Start practising');
    expect(container.textContent).toContain('Practice, untimed');
    pickRight();
    click('Check answer');
    expect(container.querySelector('.exam-verdict')?.textContent).toBe('✓ Right.');
    expect(container.querySelectorAll('.exam-option-explanation')).toHaveLength(2);
    expect(container.querySelector<HTMLInputElement>('.exam-option input')?.disabled).toBe(true);
  });

  it('says when a saved session is damaged and starts again on request', async () => {
    localStorage.setItem('podnet:exam-session:K8S-POLICY-T4', '{"code":"K8S-POLICY-T4"}');
    await open('#code=K8S-POLICY-T4&mode=exam');
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(
      'cannot be read (the mode is missing)',
    );
    click('Start this paper again');
    expect(localStorage.getItem('podnet:exam-session:K8S-POLICY-T4')).toBeNull();
    expect(container.textContent).toContain('Start the exam');
  });

  it('refuses a code that names no paper', async () => {
    await open('#code=NOPE-1&mode=exam');
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(
      'does not name a Podnet paper',
    );
  });
});
