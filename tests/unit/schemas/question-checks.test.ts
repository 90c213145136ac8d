import { describe, expect, it } from 'vitest';
import { chooseCount } from '~/schemas/question-checks';
import { QuestionBankSchema, QuestionSchema } from '~/schemas/question';

const option = (id: string, correct = false) => ({
  id,
  text: `option ${id}`,
  correct,
  explanation: `because ${id} is so`,
});
const single = {
  id: 'q-single',
  type: 'single',
  prompt: 'Which one is right here?',
  options: [option('a', true), option('b'), option('c')],
};
const multiple = {
  id: 'vpc-nat-per-az-resilience',
  type: 'multiple',
  prompt: 'Which designs keep egress working when one zone fails? (Choose two.)',
  options: [option('a', true), option('b', true), option('c'), option('d')],
};

// The issues a question raises, as `path: message` lines.
const issuesOf = (question: unknown) =>
  (QuestionSchema.safeParse(question).error?.issues ?? []).map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );

describe('chooseCount', () => {
  it('reads the number word of a "Choose N" phrase in any case, across a line break', () => {
    expect(chooseCount('Which two? (Choose\n  THREE.)')).toEqual({ word: 'three', count: 3 });
    expect(chooseCount('Choose five.')).toEqual({ word: 'five', count: 5 });
    expect(chooseCount('Choose a range no larger than a /20.')).toBeUndefined();
    expect(chooseCount('Which two statements are true?')).toBeUndefined();
  });
});

describe('QuestionSchema question checks', () => {
  it('accepts well-formed single-choice and multiple-response questions', () => {
    expect(issuesOf(single)).toEqual([]);
    expect(issuesOf(multiple)).toEqual([]);
    expect(issuesOf({ ...multiple, prompt: 'Pick the right ones. (choose two)' })).toEqual([]);
  });

  it('fails a multiple-response prompt whose count differs from the key', () => {
    const allKeyed = multiple.options.map((o) => ({ ...o, correct: true }));
    expect(issuesOf({ ...multiple, options: allKeyed })).toEqual([
      'prompt: question vpc-nat-per-az-resilience: the prompt says "Choose two" but 4 options are correct',
    ]);
    const keyed = multiple.options.map((o) => ({ ...o, correct: o.id !== 'd' }));
    expect(issuesOf({ ...multiple, options: keyed })).toEqual([
      'prompt: question vpc-nat-per-az-resilience: the prompt says "Choose two" but 3 options are correct',
    ]);
  });

  it('fails a multiple-response prompt that does not say how many to choose', () => {
    expect(issuesOf({ ...multiple, prompt: 'Which designs keep egress working?' })).toEqual([
      'prompt: question vpc-nat-per-az-resilience: a multiple-response prompt must say how many to choose ("Choose two." … "Choose five."); 2 options are correct',
    ]);
  });

  it('fails a single-choice prompt that says "Choose two"', () => {
    expect(issuesOf({ ...single, prompt: 'Which of these apply? (Choose Two.)' })).toEqual([
      'prompt: question q-single: a single-choice prompt must not say "Choose two"; make the question type multiple or reword the prompt',
    ]);
  });

  it('names the question and option when an explanation is too short', () => {
    const stub = { ...option('b'), explanation: '  short  ' };
    expect(issuesOf({ ...single, options: [option('a', true), stub] })).toEqual([
      'options.1.explanation: question q-single: option b needs an explanation of at least 10 characters saying why it is right or wrong',
    ]);
  });

  it('names the question and option when an explanation is missing', () => {
    const { explanation: _dropped, ...bare } = option('c');
    expect(issuesOf({ ...single, options: [option('a', true), option('b'), bare] })).toEqual([
      'options.2.explanation: Invalid input: expected string, received undefined',
      'options.2.explanation: question q-single: option c has no explanation; add one saying why it is right or wrong',
    ]);
  });

  it('fails two options with the same text, ignoring spacing but not case', () => {
    const twin = { ...option('c'), text: ' option   a ' };
    expect(issuesOf({ ...single, options: [option('a', true), option('b'), twin] })).toEqual([
      'options.2.text: question q-single: options a and c have the same text',
    ]);
    const upper = { ...option('c'), text: 'Option A' };
    expect(issuesOf({ ...single, options: [option('a', true), option('b'), upper] })).toEqual([]);
  });

  it('fails a blank domain or one with stray spaces', () => {
    expect(issuesOf({ ...single, domain: 'Network policy' })).toEqual([]);
    expect(issuesOf({ ...single, domain: ' ' })).toEqual([
      'domain: question q-single: domain " " must be a non-empty name without leading or trailing spaces',
    ]);
    expect(issuesOf({ ...single, domain: 'Routing ' })).toEqual([
      'domain: question q-single: domain "Routing " must be a non-empty name without leading or trailing spaces',
    ]);
  });

  it('reports the path inside the bank, so the build names the file and the question', () => {
    const bank = {
      title: 'Bank',
      exams: ['saa-c03'],
      questions: [single, { ...single, id: 'q2', prompt: 'Choose two of these.' }],
    };
    const issues = QuestionBankSchema.safeParse(bank).error?.issues ?? [];
    expect(issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'questions.1.prompt: question q2: a single-choice prompt must not say "Choose two"; make the question type multiple or reword the prompt',
    ]);
  });
});
