import { describe, expect, it } from 'vitest';
import { fenceCount, textBlocks, unrenderedMarkup } from '~/schemas/text-blocks';

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

describe('unrenderedMarkup', () => {
  it('refuses bold, which a prompt would show as asterisks', () => {
    expect(unrenderedMarkup('Which is the **second** rule?')).toBe(
      'bold is not rendered (write it plainly): "Which is the **second** rule?"',
    );
    expect(unrenderedMarkup('A __strong__ word.')).toMatch(/^bold is not rendered/);
  });

  it('refuses list items on consecutive lines, which would run into one paragraph', () => {
    expect(unrenderedMarkup('Order these:\n\n1. apply\n2. watch')).toBe(
      'list items need a blank line between them, or they run into one paragraph: "2. watch"',
    );
    expect(unrenderedMarkup('Pick:\n\n- a\n- b')).toMatch(/^list items need a blank line/);
  });

  it('accepts items a blank line apart, a wrapped line that starts with a number, and code', () => {
    expect(unrenderedMarkup('Order these:\n\n1. apply\n\n2. watch')).toBeUndefined();
    expect(unrenderedMarkup('A pod listens on port\n8080. What happens?')).toBeUndefined();
    expect(unrenderedMarkup('Read:\n\n```yaml\nports:\n- 80\n- 443\n**x**\n```')).toBeUndefined();
  });
});
