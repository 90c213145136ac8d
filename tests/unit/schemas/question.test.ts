import { describe, expect, it } from 'vitest';
import { QuestionBankSchema, QuestionSchema } from '~/schemas/question';
import { LessonSchema } from '~/schemas/lesson';

const option = (id: string, correct = false) => ({
  id,
  text: `option ${id}`,
  correct,
  explanation: `because ${id} is so`,
});
const base = {
  id: 'q-one',
  type: 'single',
  prompt: 'Which one is right here?',
  options: [option('a', true), option('b')],
};

describe('QuestionSchema', () => {
  it('accepts a single-choice question with one correct option', () => {
    expect(QuestionSchema.parse(base).references).toEqual([]);
  });

  it('names the problem when the number of correct options is wrong', () => {
    const none = QuestionSchema.safeParse({ ...base, options: [option('a'), option('b')] });
    expect(none.success).toBe(false);
    expect(none.error?.issues[0]?.message).toBe(
      'question q-one: a single-choice question needs exactly one correct option, found 0',
    );
    const multi = QuestionSchema.safeParse({ ...base, type: 'multiple' });
    expect(multi.error?.issues[0]?.message).toMatch(/at least two correct options, found 1/);
  });

  it('requires an explanation for every option and unique option ids', () => {
    const noWhy = QuestionSchema.safeParse({
      ...base,
      options: [{ id: 'a', text: 'x', correct: true }, option('b')],
    });
    expect(noWhy.error?.issues[0]?.path).toEqual(['options', 0, 'explanation']);
    const dup = QuestionSchema.safeParse({ ...base, options: [option('a', true), option('a')] });
    expect(dup.error?.issues[0]?.message).toMatch(/option ids must be unique/);
  });

  it('refuses a prompt whose fenced code block is never closed', () => {
    const open = QuestionSchema.safeParse({ ...base, prompt: 'Read this:\n```yaml\nkind: Pod' });
    expect(open.error?.issues[0]?.message).toBe('a fenced code block is not closed');
    const closed = QuestionSchema.safeParse({
      ...base,
      prompt: 'Read this:\n```yaml\nkind: Pod\n```',
    });
    expect(closed.success).toBe(true);
  });

  it('checks the bank around the questions', () => {
    expect(
      QuestionBankSchema.safeParse({ title: 'Bank', exams: ['k8s'], questions: [] }).success,
    ).toBe(false);
    expect(
      QuestionBankSchema.safeParse({ title: 'Bank', exams: ['lpic'], questions: [base] }).success,
    ).toBe(false);
  });
});

describe('LessonSchema', () => {
  const lesson = {
    title: 'A lesson',
    module: 'foundations',
    order: 1,
    summary: 'What this lesson is about.',
    objectives: ['Explain one thing', 'Do another thing'],
    minutes: 20,
    exams: ['k8s'],
  };

  it('fills defaults', () => {
    expect(LessonSchema.parse(lesson).prerequisites).toEqual([]);
  });

  it('rejects a module id that is not a slug and a zero order', () => {
    const result = LessonSchema.safeParse({ ...lesson, module: 'Foundations!', order: 0 });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['module', 'order']);
  });
});
