import { describe, expect, it } from 'vitest';
import { fenceCount, textBlocks } from '~/schemas/text-blocks';

describe('textBlocks', () => {
  it('keeps a one-line prompt as one paragraph', () => {
    expect(textBlocks('Which pod may connect to `db`?')).toEqual([
      { kind: 'paragraph', text: 'Which pod may connect to `db`?' },
    ]);
  });

  it('joins the lines of a paragraph and splits paragraphs at blank lines', () => {
    expect(textBlocks('A team runs\ntwo pods.\n\n  What happens?  ')).toEqual([
      { kind: 'paragraph', text: 'A team runs two pods.' },
      { kind: 'paragraph', text: 'What happens?' },
    ]);
  });

  it('keeps a fenced block verbatim, indentation and blank lines included', () => {
    const text =
      'Read it:\n```yaml\nspec:\n  podSelector: {}\n\n  policyTypes: [Ingress]\n```\nThen answer.';
    expect(textBlocks(text)).toEqual([
      { kind: 'paragraph', text: 'Read it:' },
      {
        kind: 'code',
        language: 'yaml',
        code: 'spec:\n  podSelector: {}\n\n  policyTypes: [Ingress]',
      },
      { kind: 'paragraph', text: 'Then answer.' },
    ]);
  });

  it('runs an unclosed fence to the end, and counts fences so a schema can refuse it', () => {
    expect(textBlocks('```\nkind: Pod')).toEqual([
      { kind: 'code', language: '', code: 'kind: Pod' },
    ]);
    expect(fenceCount('```\nkind: Pod')).toBe(1);
    expect(fenceCount('a ``` in the middle of a line is not a fence')).toBe(0);
  });
});
