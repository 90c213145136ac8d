import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkCourse } from '~/lib/course-checks';
import { QuestionBankSchema } from '~/schemas/question';

// Every shipped question bank, read from content/questions/ and checked the way the build checks
// it (the schema also checks each "Choose N" stem against its key), plus what one file cannot
// show, checked with the build's own cross-file checks (src/lib/course-checks.ts): ids unique across
// banks and one spelling per domain.

const dir = new URL('../../../content/questions/', import.meta.url);
const banks = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({
    name,
    result: QuestionBankSchema.safeParse(parse(readFileSync(new URL(name, dir), 'utf8'))),
  }));

describe('question banks', () => {
  it('ships at least one bank', () => {
    expect(banks.length).toBeGreaterThan(0);
  });

  for (const { name, result } of banks) {
    it(`${name}: valid against the schema`, () => {
      expect(result.error?.issues ?? []).toEqual([]);
    });
  }

  it('uses every question id once and spells every domain one way across all banks', () => {
    const facts = banks.map(({ name, result }) => ({
      id: name.replace(/\.yaml$/, ''),
      questionIds: (result.data?.questions ?? []).map((q) => q.id),
      domains: (result.data?.questions ?? []).flatMap((q) =>
        q.domain === undefined ? [] : [{ questionId: q.id, domain: q.domain }],
      ),
    }));
    expect(checkCourse({ modules: [], lessons: [], banks: facts })).toEqual([]);
  });
});
