import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { QuestionBankSchema, type Question } from '~/schemas/question';

// Every shipped question bank, read from content/questions/ and checked the way the build checks
// it, plus what the schema cannot see: ids unique across banks, and a multiple-response stem that
// says how many to choose, matching its key.

const dir = new URL('../../../content/questions/', import.meta.url);
const banks = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({
    name,
    result: QuestionBankSchema.safeParse(parse(readFileSync(new URL(name, dir), 'utf8'))),
  }));
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

// How many options a stem asks for ("Choose two." → 2), or undefined when it does not say.
function chooseCount(question: Question): number | undefined {
  const word = /\bChoose (two|three|four|five)\b/i.exec(question.prompt)?.[1]?.toLowerCase();
  return word === undefined ? undefined : NUMBER_WORDS[word];
}

describe('question banks', () => {
  it('ships at least one bank', () => {
    expect(banks.length).toBeGreaterThan(0);
  });

  for (const { name, result } of banks) {
    it(`${name}: valid against the schema`, () => {
      expect(result.error?.issues ?? []).toEqual([]);
    });
  }

  it('uses every question id once across all banks', () => {
    const ids = banks.flatMap((b) => (b.result.data?.questions ?? []).map((q) => q.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('says in every multiple-response stem how many to choose, and keys exactly that many', () => {
    const wrong = banks.flatMap(({ name, result }) =>
      (result.data?.questions ?? [])
        .filter((q) => q.type === 'multiple')
        .filter((q) => chooseCount(q) !== q.options.filter((o) => o.correct).length)
        .map((q) => `${name}: ${q.id}`),
    );
    expect(wrong).toEqual([]);
  });
});
