import { describe, expect, it } from 'vitest';
import { answerKey, checkAnswer, questionProblems, scoreAnswer } from '~/quiz';
import { everyKind, matching, multiple, ordering, scenario, single } from './fixtures';

describe('checkAnswer', () => {
  it('accepts every question’s own answer key', () => {
    for (const question of everyKind) expect(checkAnswer(question, answerKey(question))).toBe(true);
  });

  it('gives no partial credit for multiple response', () => {
    expect(checkAnswer(multiple(), { kind: 'choice', selected: ['c', 'a'] })).toBe(true);
    expect(checkAnswer(multiple(), { kind: 'choice', selected: ['a'] })).toBe(false);
    expect(checkAnswer(multiple(), { kind: 'choice', selected: ['a', 'b', 'c'] })).toBe(false);
  });

  it('needs the exact order', () => {
    expect(checkAnswer(ordering, { kind: 'order', order: ['syn', 'ack', 'synack'] })).toBe(false);
    expect(checkAnswer(ordering, { kind: 'order', order: ['syn', 'synack'] })).toBe(false);
    expect(checkAnswer(ordering, { kind: 'order', order: ['syn', 'synack', 'ack', 'ack'] })).toBe(
      false,
    );
  });

  it('needs every pair right, a distractor left unplaced', () => {
    const right = { dns: 'udp', http: 'tcp', ssh: 'tcp' };
    expect(checkAnswer(matching, { kind: 'match', matches: right })).toBe(true);
    expect(checkAnswer(matching, { kind: 'match', matches: { ...right, ftp: null } })).toBe(true);
    expect(checkAnswer(matching, { kind: 'match', matches: { ...right, ftp: 'sctp' } })).toBe(
      false,
    );
    expect(checkAnswer(matching, { kind: 'match', matches: { ...right, ssh: 'udp' } })).toBe(false);
    expect(checkAnswer(matching, { kind: 'match', matches: { ...right, smtp: 'tcp' } })).toBe(
      false,
    );
  });

  it('refuses a missing answer or one of the wrong kind', () => {
    expect(checkAnswer(single(), undefined)).toBe(false);
    expect(checkAnswer(single(), { kind: 'text', text: 'b' })).toBe(false);
    expect(checkAnswer(ordering, { kind: 'choice', selected: ['syn'] })).toBe(false);
  });
});

describe('scoreAnswer', () => {
  it('scores a scenario one point per right part', () => {
    const oneRight = {
      kind: 'parts' as const,
      parts: { 'part-one': { kind: 'choice' as const, selected: ['b'] } },
    };
    expect(scoreAnswer(scenario, oneRight)).toEqual({ correct: false, points: 1, maxPoints: 2 });
    expect(scoreAnswer(scenario, answerKey(scenario))).toEqual({
      correct: true,
      points: 2,
      maxPoints: 2,
    });
    expect(scoreAnswer(scenario, undefined)).toEqual({ correct: false, points: 0, maxPoints: 2 });
    expect(scoreAnswer(single(), undefined)).toEqual({ correct: false, points: 0, maxPoints: 1 });
  });
});

describe('questionProblems', () => {
  it('finds nothing wrong with the fixtures', () => {
    for (const question of everyKind) expect(questionProblems(question)).toEqual([]);
  });

  it('reports broken keys', () => {
    expect(questionProblems({ ...multiple(), choose: 3 })).toEqual([
      'question multiple-q: 3 right option(s) expected, found 2',
    ]);
    expect(questionProblems({ ...ordering, order: ['syn', 'syn', 'ack'] })).toHaveLength(1);
    expect(questionProblems({ ...matching, key: { ...matching.key, dns: 'icmp' } })).toEqual([
      'question matching-q: item dns needs a key naming a target or null',
    ]);
    expect(questionProblems({ ...scenario, parts: [single('x'), single('x')] })).toEqual([
      'question scenario-q: part ids repeat',
    ]);
  });
});
