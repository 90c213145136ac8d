import { describe, expect, it } from 'vitest';
import { plainText, questionAnchor, questionRecords } from '~/search/records';

describe('questionRecords', () => {
  const records = questionRecords(
    { title: 'The Kubernetes network model', path: '/lessons/foundations/network-model/' },
    [
      {
        id: 'nm-one',
        prompt: 'Two pods listen on `8080`. What happens?',
        explanation: 'IP-per-pod.',
        options: [
          { text: 'They clash', explanation: 'No: separate namespaces.' },
          { text: 'Both run', explanation: 'Yes: each pod has its own IP.' },
        ],
      },
      { id: 'nm-two', prompt: 'Second prompt', options: [{ text: 'A', explanation: 'Because.' }] },
    ],
  );

  it("links each question to its card's anchor on the lesson page, without the base path", () => {
    expect(records.map((r) => r.url)).toEqual([
      '/lessons/foundations/network-model/#question-nm-one',
      '/lessons/foundations/network-model/#question-nm-two',
    ]);
  });

  it('indexes the prompt, the options, their explanations and the closing explanation as text', () => {
    expect(records[0]?.content).toBe(
      [
        'Two pods listen on 8080. What happens?',
        'They clash',
        'No: separate namespaces.',
        'Both run',
        'Yes: each pod has its own IP.',
        'IP-per-pod.',
      ].join('\n'),
    );
    expect(records[1]?.content).toBe('Second prompt\nA\nBecause.');
  });

  it('titles a record with its lesson and its number in the quiz', () => {
    expect(records.map((r) => r.meta)).toEqual([
      { title: 'The Kubernetes network model', section: 'Quiz question 1', kind: 'question' },
      { title: 'The Kubernetes network model', section: 'Quiz question 2', kind: 'question' },
    ]);
    expect(records.every((r) => r.language === 'en')).toBe(true);
  });
});

describe('questionAnchor and plainText', () => {
  it('make an element id and plain text', () => {
    expect(questionAnchor('svc-port')).toBe('question-svc-port');
    expect(plainText('  run `kubectl get pods`  ')).toBe('run kubectl get pods');
  });
});
