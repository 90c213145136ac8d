// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DrillSummary } from '~/components/progress/DrillSummary';
import type { CourseInfo } from '~/components/progress/types';
import { emptyProgress } from '~/progress/document';
import type { Progress } from '~/progress/schema';

let container: HTMLElement;
let root: Root;

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

const course: CourseInfo = {
  modules: [],
  banks: {},
  questions: {},
  exams: {},
  challenges: {},
  drillSkills: { analyze: { title: 'Analyze a subnet', href: '/drills/subnetting/' } },
};
const result = (skill: string, correct: boolean, minute: number) => ({
  skill,
  correct,
  at: `2026-11-20T10:${String(minute).padStart(2, '0')}:00.000Z`,
});

// The summary's table rows as text cells.
function rows(): string[][] {
  return [...container.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent ?? ''),
  );
}

describe('DrillSummary', () => {
  it('shows nothing until a drill question was answered', () => {
    act(() => root.render(<DrillSummary progress={emptyProgress()} course={course} />));
    expect(container.innerHTML).toBe('');
  });

  it('lists answered, accuracy and best streak per skill, titled from the course', () => {
    const progress: Progress = {
      ...emptyProgress(),
      drills: {
        aaaaaa1: result('analyze', true, 1),
        aaaaaa2: result('analyze', true, 2),
        aaaaaa3: result('analyze', false, 3),
        aaaaaa4: result('ipv6-compress', true, 4),
      },
    };
    act(() => root.render(<DrillSummary progress={progress} course={course} />));
    expect(container.querySelector('.pd-summary')?.textContent).toBe(
      '4 questions answered, 75% right; best streak 2',
    );
    expect(rows()).toEqual([
      ['Analyze a subnet', '3', '67%', '2'],
      ['Ipv6 compress', '1', '100%', '1'],
    ]);
    expect(container.querySelector('tbody a')?.getAttribute('href')).toBe('/drills/subnetting/');
  });
});
