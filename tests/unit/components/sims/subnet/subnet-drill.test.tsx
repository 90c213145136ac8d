// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { cleanStores } from 'nanostores';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SubnetDrill } from '~/components/sims/subnet/SubnetDrill';
import { loadDrillEngine } from '~/components/sims/subnet/engines';
import { $progress } from '~/progress/store';
import { generateDrill } from '~/sim/subnet';
import type * as EnginesModule from '~/components/sims/subnet/engines';
import { clickButton, fieldLabelled, focusOn, settle, typeInto } from './dom';

// The engine loader, watched: the island must render its first question without calling it.
vi.mock('~/components/sims/subnet/engines', async (importOriginal) => {
  const real = await importOriginal<typeof EnginesModule>();
  return { ...real, loadDrillEngine: vi.fn(real.loadDrillEngine) };
});

let container: HTMLElement;
let root: Root;
let unbind: () => void;

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  vi.mocked(loadDrillEngine).mockClear();
  useTestStorageEngine();
  unbind = $progress.listen(() => {});
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
});

const question = generateDrill('analyze', 42);

/** Renders a one-skill drill whose build-time first question is `question`. */
function renderDrill(): void {
  act(() => root.render(<SubnetDrill skills={['analyze']} first={question} />));
}

// Fills every box with `answerOf(fieldId)`, presses Check, and waits for the engine's verdict.
async function answerWith(answerOf: (fieldId: string) => string): Promise<void> {
  renderDrill();
  for (const field of question.fields) {
    typeInto(fieldLabelled(container, field.label), answerOf(field.id));
  }
  clickButton(container, 'Check');
  await settle(loadDrillEngine());
}

// The drill results recorded in the learner's progress.
const recorded = () => Object.values($progress.get().drills);
const status = () => container.querySelector('[role="status"]')?.textContent;

describe('SubnetDrill', () => {
  it('renders the build-time question without the engine, and requests it on focus', async () => {
    renderDrill();
    expect(container.textContent).toContain(question.prompt);
    expect(container.textContent).toContain('#42');
    expect(loadDrillEngine).not.toHaveBeenCalled();
    focusOn(fieldLabelled(container, question.fields[0]?.label ?? ''));
    expect(loadDrillEngine).toHaveBeenCalledTimes(1);
    await settle(loadDrillEngine());
  });

  it('says "Checking…" while the engine loads after a quick Check, then gives the verdict', async () => {
    renderDrill();
    for (const field of question.fields) {
      typeInto(fieldLabelled(container, field.label), question.answer[field.id] ?? '');
    }
    clickButton(container, 'Check');
    expect(status()).toBe('Checking…');
    expect(container.querySelector('[data-verdict]')).toBeNull();
    await settle(loadDrillEngine());
    expect(status()).toMatch(/^Correct/);
  });

  it('says clearly when the engine cannot load, and tries again on the next Check', async () => {
    vi.mocked(loadDrillEngine).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    renderDrill();
    typeInto(fieldLabelled(container, question.fields[0]?.label ?? ''), '10.0.0.0');
    await settle();
    const alert = () => container.querySelector('[role="alert"]')?.textContent;
    expect(alert()).toMatch(/^The drill could not load its questions and checker/);
    expect(container.textContent).toContain(question.prompt);
    clickButton(container, 'Check');
    await settle(loadDrillEngine());
    expect(alert()).toBeUndefined();
    expect(status()).toMatch(/answers right/);
  });

  it('does not count an empty question as answered', () => {
    renderDrill();
    clickButton(container, 'Check');
    expect(status()).toBe('Type an answer first, then Check.');
    expect(recorded()).toEqual([]);
    expect(container.querySelector('[data-verdict]')).toBeNull();
  });

  it('shows the question with its number and a labelled box per field', () => {
    renderDrill();
    expect(container.textContent).toContain(question.prompt);
    expect(container.textContent).toContain('#42');
    for (const given of question.given) expect(container.textContent).toContain(given.value);
    for (const field of question.fields) {
      expect(fieldLabelled(container, field.label).value).toBe('');
    }
  });

  it('marks right answers right, announces it, records it, and moves on', async () => {
    await answerWith((id) => question.answer[id] ?? '');
    expect(status()).toBe(`Correct: all ${String(question.fields.length)} answers are right.`);
    expect(container.querySelectorAll('[data-verdict="right"]')).toHaveLength(
      question.fields.length,
    );
    expect(container.textContent).toContain('Worked solution');
    expect(recorded()).toEqual([
      {
        skill: 'analyze',
        correct: true,
        ms: expect.any(Number) as number,
        at: expect.any(String) as string,
      },
    ]);
    expect(container.textContent).toMatch(/Streak 1 \(best 1\)/);
    // Keyboard flow: focus went to "Next question"; after it, to the new question's first box.
    expect(document.activeElement?.textContent).toBe('Next question');
    clickButton(container, 'Next question');
    expect(container.textContent).toContain('#43');
    const first = fieldLabelled(container, generateDrill('analyze', 43).fields[0]?.label ?? '');
    expect(first.value).toBe('');
    expect(document.activeElement).toBe(first);
  });

  it('shows each wrong box with the expected answer, and records a wrong result', async () => {
    await answerWith((id) => (id === 'usableHosts' ? '999999999' : '10.0.0.999'));
    const wrong = container.querySelectorAll('[data-verdict="wrong"]');
    expect(wrong).toHaveLength(question.fields.length);
    const first = question.fields[0];
    const input = fieldLabelled(container, first?.label ?? '');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const feedback = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(feedback?.textContent).toContain(`expected ${question.answer[first?.id ?? ''] ?? ''}`);
    expect(status()).toMatch(new RegExp(`^0 of ${String(question.fields.length)} answers right`));
    expect(recorded().map((r) => r.correct)).toEqual([false]);
    expect(container.textContent).toMatch(/Streak 0/);
  });

  it('starts at once from a question link in the address, loading the engine', async () => {
    window.history.replaceState(null, '', '?skill=analyze&seed=7');
    try {
      renderDrill();
      expect(loadDrillEngine).toHaveBeenCalled();
      await settle(loadDrillEngine());
      expect(container.textContent).toContain('#7');
      expect(container.textContent).toContain(generateDrill('analyze', 7).prompt);
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });
});
