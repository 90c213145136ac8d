// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExamQuestion } from '~/components/exam/ExamQuestion';
import type { Answer, MultipleQuestion, Question } from '~/quiz';

let container: HTMLElement;
let root: Root;

// Renders one question with a spy for its answers.
function render(question: Question, answer?: Answer, revealed = false) {
  const onAnswer = vi.fn();
  act(() =>
    root.render(
      <ExamQuestion
        question={question}
        number={1}
        total={1}
        answer={answer}
        onAnswer={onAnswer}
        revealed={revealed}
      />,
    ),
  );
  return onAnswer;
}

const base = { prompt: 'Pick.', references: [], topics: [] };

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('ExamQuestion', () => {
  it('words a multiple-response question as the exams do and adds to the selection', () => {
    const question: MultipleQuestion = {
      ...base,
      id: 'm',
      type: 'multiple',
      choose: 2,
      options: ['a', 'b', 'c'].map((id) => ({
        id,
        text: id,
        correct: id !== 'c',
        explanation: 'x',
      })),
    };
    const onAnswer = render(question, { kind: 'choice', selected: ['a'] });
    expect(container.querySelector('legend')?.textContent).toBe('Choose two. 1 of 2 chosen.');
    act(() => container.querySelectorAll<HTMLInputElement>('input')[2]?.click());
    expect(onAnswer).toHaveBeenLastCalledWith({ kind: 'choice', selected: ['a', 'c'] });
  });

  it('orders items with Up and Down, and confirms the shown order', () => {
    const question: Question = {
      ...base,
      id: 'o',
      type: 'ordering',
      items: [
        { id: 'x', text: 'X' },
        { id: 'y', text: 'Y' },
      ],
      order: ['y', 'x'],
    };
    const onAnswer = render(question);
    act(() =>
      [...container.querySelectorAll('button')].find((b) => b.textContent === 'Down')?.click(),
    );
    expect(onAnswer).toHaveBeenLastCalledWith({ kind: 'order', order: ['y', 'x'] });
    act(() =>
      [...container.querySelectorAll('button')]
        .find((b) => b.textContent === 'Use this order')
        ?.click(),
    );
    expect(onAnswer).toHaveBeenLastCalledWith({ kind: 'order', order: ['x', 'y'] });
  });

  it('matches items to targets with a list box each, "none" included', () => {
    const question: Question = {
      ...base,
      id: 'g',
      type: 'matching',
      items: [
        { id: 'i1', text: 'One' },
        { id: 'i2', text: 'Two' },
      ],
      targets: [{ id: 't1', text: 'Target' }],
      key: { i1: 't1', i2: null },
    };
    const onAnswer = render(question);
    const select = container.querySelector('select') as HTMLSelectElement;
    act(() => {
      select.value = 't1';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onAnswer).toHaveBeenLastCalledWith({ kind: 'match', matches: { i1: 't1', i2: null } });
  });

  it('shows a typed key and the reason a typed answer is not valid when revealed', () => {
    const question: Question = {
      ...base,
      id: 't',
      type: 'typed',
      checker: 'ipv4',
      accepted: ['10.0.0.1'],
    };
    render(question, { kind: 'text', text: '10.0.0.010' }, true);
    expect(container.querySelector('.exam-key-note')?.textContent).toBe('Right answer: 10.0.0.1');
    expect(container.querySelectorAll('.exam-hint')).toHaveLength(2);
  });

  it('renders a scenario part by part and combines the parts into one answer', () => {
    const question: Question = {
      ...base,
      id: 's',
      type: 'scenario',
      parts: [
        {
          ...base,
          id: 'p1',
          type: 'single',
          options: [{ id: 'a', text: 'A', correct: true, explanation: 'x' }],
        },
        { ...base, id: 'p2', type: 'typed', checker: 'number', accepted: ['4'] },
      ],
    };
    const onAnswer = render(question, {
      kind: 'parts',
      parts: { p2: { kind: 'text', text: '4' } },
    });
    expect([...container.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Part 1 of 2',
      'Part 2 of 2',
    ]);
    act(() => container.querySelector<HTMLInputElement>('input[type="radio"]')?.click());
    expect(onAnswer).toHaveBeenLastCalledWith({
      kind: 'parts',
      parts: { p2: { kind: 'text', text: '4' }, p1: { kind: 'choice', selected: ['a'] } },
    });
  });
});
