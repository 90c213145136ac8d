import { describe, expect, it } from 'vitest';
import { QuestionSchema } from '~/schemas/question';

// The kinds beyond choice in a bank: ordering, matching (drag and drop), typed and scenario.

const item = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  text: `item ${id}`,
  explanation: `item ${id} goes here because of a reason`,
  ...extra,
});
const ordering = {
  id: 'q-order',
  type: 'ordering',
  prompt: 'Put the DHCP messages in the order a client sees them.',
  items: [item('a'), item('b'), item('c'), item('d')],
};
const matching = {
  id: 'q-match',
  type: 'matching',
  prompt: 'Match each record type to what it holds.',
  targets: [
    { id: 'addr', text: 'An IPv4 address' },
    { id: 'alias', text: 'Another name' },
  ],
  items: [
    item('a', { target: 'addr' }),
    item('b', { target: 'alias' }),
    item('c', { target: null }),
  ],
};
const typed = {
  id: 'q-typed',
  type: 'typed',
  prompt: 'What is the broadcast address of 10.1.2.0/23?',
  checker: 'ipv4',
  accepted: ['10.1.3.255'],
  explanation: 'A /23 spans two /24s: 10.1.2.0 to 10.1.3.255.',
};
const messages = (value: unknown) =>
  QuestionSchema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ??
  [];

describe('bank question kinds', () => {
  it('accepts an ordering, a matching, a typed and a scenario question', () => {
    expect(messages(ordering)).toEqual([]);
    expect(messages(matching)).toEqual([]);
    expect(messages(typed)).toEqual([]);
    const scenario = {
      id: 'q-scenario',
      type: 'scenario',
      prompt: 'A branch office uses 192.168.10.0/24 and needs four equal subnets.',
      parts: [
        {
          ...typed,
          id: 'a',
          accepted: ['192.168.10.63'],
          prompt: 'What is the broadcast address of the first subnet?',
        },
        {
          id: 'b',
          type: 'single',
          prompt: 'Which prefix length does each subnet get?',
          options: [
            {
              id: 'a',
              text: '/26',
              correct: true,
              explanation: 'Four subnets take two more bits: /26.',
            },
            { id: 'b', text: '/25', explanation: 'A /25 makes only two subnets of a /24.' },
          ],
        },
      ],
    };
    expect(messages(scenario)).toEqual([]);
  });

  it('names the item whose explanation is missing or too short', () => {
    const bad = { ...ordering, items: [item('a'), item('b', { explanation: 'short' }), item('c')] };
    expect(messages(bad)).toEqual([
      'items.1.explanation: question q-order: item b needs an explanation of at least 10 characters saying where it belongs and why',
    ]);
  });

  it('refuses a matching item whose target does not exist, and a question with no placed item', () => {
    const wrongTarget = {
      ...matching,
      items: [item('a', { target: 'nope' }), item('b', { target: null })],
    };
    expect(messages(wrongTarget)).toEqual([
      'items.0.target: question q-match: item a names target "nope", which is not among the targets (addr, alias); use one of them or null',
    ]);
    const nonePlaced = {
      ...matching,
      items: [item('a', { target: null }), item('b', { target: null })],
    };
    expect(messages(nonePlaced)).toEqual([
      'items: question q-match: at least one item must have a target',
    ]);
  });

  it('refuses an accepted typed answer its own checker cannot read, and a typed question without an explanation', () => {
    expect(messages({ ...typed, accepted: ['10.1.3.256'] })[0]).toMatch(
      /^accepted: question q-typed: accepted answer '10\.1\.3\.256' is not a valid ipv4/,
    );
    expect(messages({ ...typed, explanation: undefined })).toEqual([
      'explanation: question q-typed: a typed question needs an explanation of at least 10 characters that works the answer out',
    ]);
  });

  it('refuses repeated ids, an unknown type and a scenario nested in a scenario', () => {
    expect(messages({ ...ordering, items: [item('a'), item('a'), item('c')] })).toContain(
      'items: question q-order: items ids must be unique',
    );
    expect(QuestionSchema.safeParse({ ...typed, type: 'essay' }).success).toBe(false);
    const nested = {
      id: 'q-nested',
      type: 'scenario',
      prompt: 'A scenario that tries to hold another scenario.',
      parts: [
        { ...typed, id: 'a' },
        { id: 'b', type: 'scenario', prompt: 'Nested stem here.', parts: [] },
      ],
    };
    expect(QuestionSchema.safeParse(nested).success).toBe(false);
  });
});
