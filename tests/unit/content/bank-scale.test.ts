import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BANK_TARGETS, checkBankScale, countExam, type ScaleBank } from '~/lib/bank-scale';
import { QuestionBankSchema } from '~/schemas/question';

// Issue #15's figures, counted from the shipped banks: SAA-C03 ≥ 200 and CCNA v2.0 ≥ 150 written
// questions in the exams' domain proportions (±3 points), Kubernetes ≥ 150 in its blueprint's (±3),
// every tag known and every question linked to a lesson section. The build runs the same check
// (src/lib/course.ts); this test shows the counts when it fails.

const dir = new URL('../../../content/questions/', import.meta.url);
const banks: ScaleBank[] = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => {
    const bank = QuestionBankSchema.parse(parse(readFileSync(new URL(name, dir), 'utf8')));
    return {
      id: name.replace(/\.yaml$/, ''),
      questions: bank.questions.map((q) => ({ ...q, topics: q.topics ?? [] })),
    };
  });

describe('the question banks at exam scale', () => {
  it('hold every target of issue #15, with known tags and lesson links', () => {
    const counts = BANK_TARGETS.map((t) => countExam(banks, t.exam));
    expect({ issues: checkBankScale(banks), counts }).toEqual({ issues: [], counts });
  });
});
