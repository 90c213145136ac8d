import { describe, expect, it } from 'vitest';
import { GENERATED_SAMPLE } from '~/lib/export-sets';
import { generatedSupplement, SUPPLEMENT_GENERATORS } from '~/lib/generated-pool';
import { questionProblems } from '~/quiz';

// The generated sample that supplements the banks in papers, the review queue and the exports.
describe('generatedSupplement', () => {
  const sample = generatedSupplement();

  it('takes every registered family, a fixed number from each, from the stated seed', () => {
    const families = new Set(SUPPLEMENT_GENERATORS.map((g) => g.id.split('-')[0]));
    expect([...families]).toEqual(
      expect.arrayContaining([
        'subnet',
        'ipv6',
        'netpol',
        'vpc',
        'services',
        'dns',
        'ingress',
        'gateway',
      ]),
    );
    expect(sample).toHaveLength(SUPPLEMENT_GENERATORS.length * GENERATED_SAMPLE.perGenerator);
    expect(sample[0]?.id).toBe(
      `${SUPPLEMENT_GENERATORS[0]?.id ?? ''}-${String(GENERATED_SAMPLE.seed)}`,
    );
    expect(generatedSupplement()).toBe(sample);
  });

  it('holds only sound, tagged, linked questions with unique ids', () => {
    expect(new Set(sample.map((q) => q.id)).size).toBe(sample.length);
    for (const question of sample) {
      expect(questionProblems(question), question.id).toEqual([]);
      expect(question.topics.length, question.id).toBeGreaterThan(0);
      expect(question.lesson, question.id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+#[a-z0-9-]+$/);
      expect(question.id, question.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});
