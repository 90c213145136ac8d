import { describe, expect, it } from 'vitest';
import { QuestionSchema } from '~/schemas/question';

const base = {
  id: 'q-one',
  type: 'single',
  prompt: 'Which one is right here?',
  options: [
    { id: 'a', text: 'option a', correct: true, explanation: 'because a is so' },
    { id: 'b', text: 'option b', explanation: 'because b is so' },
  ],
};

describe('QuestionSchema difficulty and lesson', () => {
  it('leaves both out when a question does not give them', () => {
    const parsed = QuestionSchema.parse(base);
    expect([parsed.difficulty, parsed.lesson]).toEqual([undefined, undefined]);
  });

  it('accepts a difficulty word and a module/lesson#heading link', () => {
    const parsed = QuestionSchema.parse({
      ...base,
      difficulty: 'hard',
      lesson: 'foundations/network-model#kube-proxy-service-virtual-ips-not-pod-routing',
    });
    expect([parsed.difficulty, parsed.lesson]).toEqual([
      'hard',
      'foundations/network-model#kube-proxy-service-virtual-ips-not-pod-routing',
    ]);
  });

  it('rejects a difficulty outside easy, medium and hard', () => {
    const result = QuestionSchema.safeParse({ ...base, difficulty: 'tricky' });
    expect(result.error?.issues[0]?.path).toEqual(['difficulty']);
  });

  it.each([
    'network-model#why-kubernetes-has-a-network-model',
    'foundations/network-model',
    'foundations/network-model#',
    'Foundations/network-model#ports',
    '/lessons/foundations/network-model#ports',
  ])('rejects the malformed lesson link %s', (lesson) => {
    const result = QuestionSchema.safeParse({ ...base, lesson });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['lesson'], 'use `<module>/<lesson>#<heading-id>`, e.g. `policy/network-policies#ports`'],
    ]);
  });
});
