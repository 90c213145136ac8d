import { describe, expect, it } from 'vitest';
import { checkCourse, checkGeneratedLinks, type CourseFacts } from '~/lib/course-checks';

const good: CourseFacts = {
  modules: [{ id: 'foundations', title: 'Foundations', order: 1 }],
  lessons: [
    { id: 'foundations/a', module: 'foundations', order: 1, prerequisites: [], quiz: 'bank-a' },
    { id: 'foundations/b', module: 'foundations', order: 2, prerequisites: ['foundations/a'] },
  ],
  banks: [{ id: 'bank-a', questionIds: ['q1', 'q2'] }],
};

const errorsOf = (facts: CourseFacts) =>
  checkCourse(facts)
    .filter((i) => i.level === 'error')
    .map((i) => `${i.file}: ${i.message}`);

describe('checkCourse', () => {
  it('finds nothing wrong in a consistent course', () => {
    expect(checkCourse(good)).toEqual([]);
  });

  it('names a missing prerequisite, quiz bank and module', () => {
    const facts: CourseFacts = {
      ...good,
      lessons: [
        {
          id: 'foundations/a',
          module: 'nowhere',
          order: 1,
          prerequisites: ['foundations/zz'],
          quiz: 'typo',
        },
      ],
    };
    expect(errorsOf(facts)).toEqual([
      'content/lessons/foundations/a.mdx: module "nowhere" is not in content/modules.yaml',
      'content/lessons/foundations/a.mdx: a lesson of module "nowhere" must live in content/lessons/nowhere/',
      'content/lessons/foundations/a.mdx: prerequisite "foundations/zz" is not a lesson',
      'content/lessons/foundations/a.mdx: quiz bank "typo" is not in content/questions/',
    ]);
  });

  it('rejects gaps and repeats in lesson order', () => {
    const facts: CourseFacts = { ...good, lessons: good.lessons.map((l) => ({ ...l, order: 2 })) };
    expect(errorsOf(facts)).toEqual([
      'content/lessons/foundations/: lesson order should run 1..2 without gaps or repeats; found 2, 2',
    ]);
  });

  it('rejects a question id used in two banks', () => {
    const facts: CourseFacts = {
      ...good,
      banks: [...good.banks, { id: 'bank-b', questionIds: ['q2'] }],
    };
    expect(errorsOf(facts)).toEqual([
      'content/questions/bank-b.yaml: question id "q2" is also used in bank-a.yaml',
    ]);
  });

  it('rejects a domain spelled two ways, naming the bank and the question', () => {
    const facts: CourseFacts = {
      ...good,
      banks: [
        {
          id: 'bank-a',
          questionIds: ['q1', 'q2'],
          domains: [
            { questionId: 'q1', domain: 'Network policy' },
            { questionId: 'q2', domain: 'Network policy' },
          ],
        },
        {
          id: 'bank-b',
          questionIds: ['q3', 'q4'],
          domains: [
            { questionId: 'q3', domain: 'Network  Policy' },
            { questionId: 'q4', domain: 'Routing' },
          ],
        },
      ],
    };
    expect(errorsOf(facts)).toEqual([
      'content/questions/bank-b.yaml: question q3: domain "Network  Policy" is spelled "Network policy" in bank-a.yaml; use one spelling',
    ]);
  });

  it('warns about an empty module without failing', () => {
    const facts: CourseFacts = {
      ...good,
      modules: [...good.modules, { id: 'later', title: 'Later', order: 2 }],
    };
    expect(checkCourse(facts)).toEqual([
      {
        level: 'warning',
        file: 'content/modules.yaml',
        message: 'module "later" has no lessons yet; it is hidden',
      },
    ]);
  });

  it('accepts lesson links to a real lesson and one of its headings', () => {
    const facts: CourseFacts = {
      ...good,
      lessons: good.lessons.map((l) => ({ ...l, headingIds: ['intro', 'ports'] })),
      banks: [
        {
          id: 'bank-a',
          questionIds: ['q1', 'q2'],
          lessonLinks: [
            { questionId: 'q1', lesson: 'foundations/a#ports' },
            { questionId: 'q2', lesson: 'foundations/b#intro' },
          ],
        },
      ],
    };
    expect(checkCourse(facts)).toEqual([]);
  });

  it('names the bank file and question of a link to a missing lesson or heading', () => {
    const facts: CourseFacts = {
      ...good,
      lessons: good.lessons.map((l) => ({ ...l, headingIds: ['intro', 'ports'] })),
      banks: [
        {
          id: 'bank-a',
          questionIds: ['q1', 'q2'],
          lessonLinks: [
            { questionId: 'q1', lesson: 'foundations/zz#ports' },
            { questionId: 'q2', lesson: 'foundations/a#port' },
          ],
        },
      ],
    };
    expect(errorsOf(facts)).toEqual([
      'content/questions/bank-a.yaml: question q1: lesson link "foundations/zz#ports" names lesson "foundations/zz", which is not in content/lessons/',
      'content/questions/bank-a.yaml: question q2: lesson link "foundations/a#port": lesson "foundations/a" has no heading with id "port"; use one of intro, ports',
    ]);
  });
});

describe('checkGeneratedLinks', () => {
  const lessons: CourseFacts['lessons'] = [
    { id: 'ccna/ip-routing', module: 'ccna', order: 1, prerequisites: [], headingIds: ['lpm'] },
  ];

  it('accepts links to real headings and questions without a link', () => {
    const questions = [{ id: 'g1', lesson: 'ccna/ip-routing#lpm' }, { id: 'g2' }];
    expect(checkGeneratedLinks(lessons, questions)).toEqual([]);
  });

  it('reports a generated question whose heading or lesson does not exist', () => {
    const questions = [
      { id: 'g1', lesson: 'ccna/ip-routing#gone' },
      { id: 'g2', lesson: 'ccna/missing#lpm' },
    ];
    expect(checkGeneratedLinks(lessons, questions)).toEqual([
      {
        level: 'error',
        file: 'src/quiz/generators/',
        message:
          'generated question g1: lesson link "ccna/ip-routing#gone": lesson "ccna/ip-routing" has no heading with id "gone"; use one of lpm',
      },
      {
        level: 'error',
        file: 'src/quiz/generators/',
        message:
          'generated question g2: lesson link "ccna/missing#lpm" names lesson "ccna/missing", which is not in content/lessons/',
      },
    ]);
  });
});
