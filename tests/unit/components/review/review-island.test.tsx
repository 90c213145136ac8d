// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanStores } from 'nanostores';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import ReviewIsland from '~/components/review/ReviewIsland';
import type { PoolQuestion, ReviewPool } from '~/lib/review-pool';
import { syncReviews } from '~/progress/review-actions';
import { $progress, recordAttempt } from '~/progress/store';

let container: HTMLElement;
let root: Root;

const question = (id: string, domain: string): PoolQuestion => ({
  id,
  type: 'single',
  prompt: `Which option is right for ${id}?`,
  options: [
    { id: 'a', text: 'The wrong one', correct: false, explanation: 'Wrong because of a reason.' },
    { id: 'b', text: 'The right one', correct: true, explanation: 'Right because of a reason.' },
  ],
  explanation: `Closing note on ${id}.`,
  domain,
  references: [],
  topics: [],
  bank: 'network-model',
  exams: ['k8s'],
  lessonHref: '/lessons/foundations/network-model/',
  lessonTitle: 'The Kubernetes network model',
});
const pool: ReviewPool = { questions: [question('q-one', 'Pods'), question('q-two', 'Services')] };

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  useTestStorageEngine();
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(pool), { status: 200 }))),
  );
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
  cleanTestStorage();
  cleanStores($progress);
});

// Lets the pool fetch, the scheduler import and React's updates settle until `done` holds.
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !done(); i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  expect(done()).toBe(true);
}

const text = () => container.textContent ?? '';
const button = (name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

describe('ReviewIsland', () => {
  it('says nothing is due before any answer, and offers Quick 10 and the question of the day', async () => {
    act(() => root.render(<ReviewIsland poolUrl="/review/pool.json" />));
    expect(text()).toContain('Loading your review');
    await until(() => text().includes('Nothing is due right now.'));
    expect(text()).toContain('Answer a lesson quiz and its questions will come back here.');
    expect(button('Start Quick 10')?.disabled).toBe(false);
    expect(text()).toContain('Question of the day');
    expect(text()).toContain('Review streak: none yet.');
    expect(fetch).toHaveBeenCalledWith('/review/pool.json');
  });

  it('brings back a question answered wrongly, and a right answer in review reschedules it', async () => {
    const unbind = $progress.listen(() => {});
    const answered = new Date(Date.now() - 20 * 60_000);
    recordAttempt({ question: 'q-one', selected: ['a'], correct: false, source: 'quiz' }, answered);
    act(() => root.render(<ReviewIsland poolUrl="/review/pool.json" />));
    await until(() => text().includes('1 question is due for review.'));
    expect(text()).toContain('Weakest topic');
    expect(text()).toContain('Pods: 0 of 1 answer right (0%).');

    act(() => button('Start review (1)')?.click());
    expect(text()).toContain('Question 1 of 1');
    expect(text()).toContain('Which option is right for q-one?');
    const right = container.querySelector<HTMLInputElement>('input[value="b"]');
    act(() => right?.click());
    act(() => button('Check answer')?.click());
    expect(text()).toContain('✓ Correct.');
    expect(text()).toContain('Right because of a reason.');
    expect(text()).toContain('Closing note on q-one.');

    const review = $progress.get().reviews['q-one'];
    expect(review?.reps).toBe(2);
    expect(Date.parse(review?.due ?? '') - Date.now()).toBeGreaterThan(20 * 3_600_000);
    const sources = Object.values($progress.get().attempts).map((a) => a.source);
    expect(sources.sort()).toEqual(['quiz', 'review']);

    act(() => button('Finish')?.click());
    expect(text()).toContain('Session done: 1 of 1 right.');
    act(() => button('Back to review')?.click());
    await until(() => text().includes('Nothing is due right now.'));
    expect(text()).toContain('The next one is due in');
    expect(text()).toContain('Review streak: 1 day.');
    unbind();
  });

  it('syncs a schedule before counting, so a fresh wrong answer is not due yet', async () => {
    const unbind = $progress.listen(() => {});
    recordAttempt({ question: 'q-two', selected: ['a'], correct: false, source: 'quiz' });
    syncReviews();
    act(() => root.render(<ReviewIsland poolUrl="/review/pool.json" />));
    await until(() => text().includes('Nothing is due right now.'));
    expect(text()).toMatch(/The next one is due in (9|10) minutes\./);
    unbind();
  });
});
