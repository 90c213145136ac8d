// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExamHistory } from '~/components/progress/ExamHistory';
import { WeakestTopics } from '~/components/progress/WeakestTopics';
import type { CourseInfo } from '~/components/progress/types';
import { emptyProgress } from '~/progress/document';
import type { ExamRun, Progress } from '~/progress/schema';

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
  modules: [
    {
      id: 'policy',
      title: 'Network policy',
      lessons: [{ id: 'policy/basics', title: 'Policy basics', href: '/lessons/policy/basics/' }],
    },
  ],
  banks: {
    'policy-basics': { title: 'Policy basics quiz', href: '/lessons/policy/basics/' },
    'vpc-nacl': { title: 'Network ACLs', href: null },
  },
  questions: {
    p1: { bank: 'policy-basics', domain: 'Network policy', exams: ['k8s'] },
    n1: { bank: 'vpc-nacl', domain: null, exams: ['saa-c03'] },
  },
  exams: {},
  challenges: {},
  drillSkills: {},
  papers: {
    'saa-c03': { title: 'AWS SAA-C03', domains: { secure: 'Design secure architectures' } },
  },
  links: { exams: '/exams/', review: '/review/' },
};

// A finished SAA-C03 paper `minute` minutes after 10:00 with `points` of 10.
function run(minute: number, points: number, mode: ExamRun['mode'] = 'exam'): ExamRun {
  return {
    exam: 'saa-c03',
    code: 'SAA-1',
    mode,
    questions: 10,
    answered: 10,
    correct: points,
    points,
    maxPoints: 10,
    scaled: 700,
    ms: 60_000,
    timedOut: false,
    domains: [{ id: 'secure', points, maxPoints: 10 }],
    at: `2026-11-20T10:${String(minute).padStart(2, '0')}:00.000Z`,
  };
}

// Text of every cell of the rows of the table with the given caption.
function rows(caption: string): string[][] {
  const table = [...container.querySelectorAll('table')].find(
    (t) => t.caption?.textContent === caption,
  );
  return [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
    [...tr.children].map((cell) => cell.textContent ?? ''),
  );
}

describe('ExamHistory', () => {
  it('says no paper was taken and links to the exams page', () => {
    act(() => root.render(<ExamHistory progress={emptyProgress()} course={course} />));
    expect(container.querySelector('p')?.textContent).toBe(
      'You have not taken an exam paper yet: pick one on the exams page.',
    );
    expect(container.querySelector('p a')?.getAttribute('href')).toBe('/exams/');
    expect(container.querySelector('svg')).toBeNull();
  });

  it('charts each paper in time order with its table and each domain’s latest and best', () => {
    const progress: Progress = {
      ...emptyProgress(),
      exams: { runbbb2: run(30, 6, 'practice'), runbbb1: run(10, 8) },
    };
    act(() => root.render(<ExamHistory progress={progress} course={course} />));
    expect(container.querySelector('h3')?.textContent).toBe('AWS SAA-C03');
    expect(container.querySelector('.pd-note')?.textContent).toBe('2 papers; latest 60%, best 80%');
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect([...(svg?.querySelectorAll('.pd-chart-value') ?? [])].map((t) => t.textContent)).toEqual(
      ['80%', '60%'],
    );
    expect(svg?.querySelectorAll('rect.pd-chart-practice')).toHaveLength(1);
    expect(svg?.querySelector('desc')?.textContent).toContain('(2 papers)');
    const papers = rows('AWS SAA-C03: every paper, oldest first');
    expect(papers.map((r) => r.slice(1))).toEqual([
      ['80% 8 of 10 points', '700'],
      ['60% 6 of 10 points', '700'],
    ]);
    expect(papers[1]?.[0]).toMatch(/ practice$/);
    expect(rows('By domain (AWS SAA-C03)')).toEqual([
      ['Design secure architectures', '60%', '80%'],
    ]);
  });
});

describe('WeakestTopics', () => {
  const answers = (question: string, results: boolean[]) =>
    results.map((correct, i) => [
      `${question}-attempt-${i}`,
      {
        question,
        selected: ['a'],
        correct,
        source: 'quiz' as const,
        at: `2026-11-20T10:0${i}:00.000Z`,
      },
    ]);

  it('explains when nothing is weak yet', () => {
    act(() => root.render(<WeakestTopics progress={emptyProgress()} course={course} />));
    expect(container.querySelector('ol')).toBeNull();
    expect(container.querySelector('p')?.textContent).toContain('at least 3 of its questions');
  });

  it('lists weak domains and topics with accuracy, answers, lesson and practice links', () => {
    const progress: Progress = {
      ...emptyProgress(),
      attempts: Object.fromEntries([
        ...answers('p1', [false, false, true]),
        ...answers('n1', [false, true, true]),
      ]),
    };
    act(() => root.render(<WeakestTopics progress={progress} course={course} />));
    const items = [...container.querySelectorAll('ol li')];
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'Network policy',
      'Network ACLs',
    ]);
    expect(items[0]?.textContent).toContain('33% right');
    expect(items[0]?.textContent).toContain('1 of 3 answers right.');
    expect([...(items[0]?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual(
      ['/lessons/policy/basics/', '/review/#practise=domain%3ANetwork%20policy'],
    );
    expect(items[0]?.querySelector('a')?.textContent).toBe('Policy basics');
    // A bank no lesson shows has no study link, only practice.
    expect([...(items[1]?.querySelectorAll('a') ?? [])].map((a) => a.textContent)).toEqual([
      'Practise this: Network ACLs',
    ]);
  });
});
