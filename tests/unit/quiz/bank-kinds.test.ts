import { describe, expect, it } from 'vitest';
import { checkAnswer, isAnswerComplete, questionFromBank, type BankQuestion } from '~/quiz';
import { responseOf } from '~/lib/response';

// Bank questions of the kinds beyond choice, turned into engine questions: the key stays the
// author's, what the learner sees is shuffled, and answers check and store as they should.

const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
  id,
  text: `step ${id}`,
  explanation: `step ${id} comes here`,
}));
const ordering: BankQuestion = {
  id: 'q-order',
  type: 'ordering',
  prompt: 'Order the steps.',
  items,
  references: [],
};

describe('questionFromBank, other kinds', () => {
  it('keeps an ordering key as written and never shows the items in that order', () => {
    const q = questionFromBank(ordering, 'm/l#h');
    expect(q.type === 'ordering' && q.order).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(q.type === 'ordering' && q.items.map((i) => i.id)).not.toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
    expect(questionFromBank(ordering)).toEqual({ ...q, lesson: undefined });
    expect(q.lesson).toBe('m/l#h');
    // Whatever the id, the shown order is never the key (the shuffle is rotated when it lands on it).
    for (let n = 0; n < 200; n += 1) {
      const other = questionFromBank({ ...ordering, id: `q-${n}`, items: items.slice(0, 3) });
      expect(other.type === 'ordering' && other.items.map((i) => i.id), other.id).not.toEqual([
        'a',
        'b',
        'c',
      ]);
    }
  });

  it('builds a matching key from each item target, null for distractors', () => {
    const q = questionFromBank({
      id: 'q-match',
      type: 'matching',
      prompt: 'Match them.',
      targets: [
        { id: 'x', text: 'X' },
        { id: 'y', text: 'Y' },
      ],
      items: [
        { id: 'a', text: 'A', explanation: 'A goes to X', target: 'x' },
        { id: 'b', text: 'B', explanation: 'B goes to Y', target: 'y' },
        { id: 'c', text: 'C', explanation: 'C goes nowhere', target: null },
      ],
      references: [],
    });
    expect(q.type === 'matching' && q.key).toEqual({ a: 'x', b: 'y', c: null });
    expect(checkAnswer(q, { kind: 'match', matches: { a: 'x', b: 'y', c: null } })).toBe(true);
    expect(checkAnswer(q, { kind: 'match', matches: { a: 'x', b: 'y' } })).toBe(true);
    expect(checkAnswer(q, { kind: 'match', matches: { a: 'y', b: 'y', c: null } })).toBe(false);
  });

  it('turns a scenario into parts, each checked on its own and all needed for the point', () => {
    const q = questionFromBank({
      id: 'q-scenario',
      type: 'scenario',
      prompt: 'A /24 split four ways.',
      parts: [
        {
          id: 'a',
          type: 'typed',
          prompt: 'Broadcast of the first?',
          checker: 'ipv4',
          accepted: ['192.168.10.63'],
        },
        { ...ordering, id: 'b' },
      ],
      references: [],
      topics: ['ccna-200-301:1.6'],
    });
    expect(q.type).toBe('scenario');
    expect(q.topics).toEqual(['ccna-200-301:1.6']);
    const right = {
      kind: 'parts' as const,
      parts: {
        a: { kind: 'text' as const, text: '192.168.010.063' },
        b: { kind: 'order' as const, order: ['a', 'b', 'c', 'd', 'e'] },
      },
    };
    expect(checkAnswer(q, right)).toBe(false); // leading zeros are not an IPv4 address
    const fixed = {
      ...right,
      parts: { ...right.parts, a: { kind: 'text' as const, text: '192.168.10.63' } },
    };
    expect(checkAnswer(q, fixed)).toBe(true);
    expect(isAnswerComplete(q, { kind: 'parts', parts: { a: fixed.parts.a } })).toBe(false);
    expect(isAnswerComplete(q, fixed)).toBe(true);
    expect(responseOf(fixed)).toEqual(fixed);
  });
});

describe('isAnswerComplete', () => {
  it('asks for every choice, every item in order, and a non-blank typed answer', () => {
    const order = questionFromBank(ordering);
    expect(isAnswerComplete(order, undefined)).toBe(false);
    expect(isAnswerComplete(order, { kind: 'order', order: ['a', 'b'] })).toBe(false);
    expect(isAnswerComplete(order, { kind: 'text', text: 'a' })).toBe(false);
    expect(isAnswerComplete(order, { kind: 'order', order: ['e', 'd', 'c', 'b', 'a'] })).toBe(true);
    const typed = questionFromBank({
      id: 'q-t',
      type: 'typed',
      prompt: 'Type it.',
      checker: 'number',
      accepted: ['62'],
      references: [],
    });
    expect(isAnswerComplete(typed, { kind: 'text', text: '  ' })).toBe(false);
    expect(isAnswerComplete(typed, { kind: 'text', text: '62' })).toBe(true);
  });
});
