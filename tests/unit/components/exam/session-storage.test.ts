// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { startSession, withAnswer } from '~/components/exam/session-state';
import {
  decodeSession,
  loadSession,
  removeSession,
  saveSession,
  sessionKey,
} from '~/components/exam/session-storage';

const session = withAnswer(startSession('SAA-7F3K2', 'exam', 1_000), 'q1', {
  kind: 'choice',
  selected: ['a', 'c'],
});

afterEach(() => localStorage.clear());

describe('decodeSession', () => {
  it('reads back what was saved', () => {
    expect(decodeSession(JSON.stringify(session), 'SAA-7F3K2')).toEqual({
      kind: 'ok',
      state: session,
    });
  });

  it('finds nothing when nothing was saved', () => {
    expect(decodeSession(null, 'SAA-7F3K2')).toEqual({ kind: 'none' });
  });

  it('reports damage with a reason and never throws', () => {
    const cases: [string, string][] = [
      ['{not json', 'the saved session is not valid JSON'],
      ['[]', 'the saved session is not an object'],
      [
        JSON.stringify({ ...session, code: 'SAA-OTHER' }),
        'the saved session belongs to another code',
      ],
      [JSON.stringify({ ...session, startedAt: 'yesterday' }), 'the start time is damaged'],
      [JSON.stringify({ ...session, position: -1 }), 'the position is damaged'],
      [
        JSON.stringify({ ...session, answers: { q1: { kind: 'choice', selected: 'a' } } }),
        'an answer is damaged',
      ],
      [
        JSON.stringify({
          ...session,
          answers: { q1: { kind: 'parts', parts: { p: { kind: 'parts', parts: {} } } } },
        }),
        'an answer is damaged',
      ],
      [JSON.stringify({ ...session, flags: [1] }), 'the flags are damaged'],
      [JSON.stringify({ ...session, ms: { q1: -5 } }), 'the times are damaged'],
      [JSON.stringify({ ...session, finishedAt: 'soon' }), 'the end time is damaged'],
      [JSON.stringify({ ...session, recorded: 'no' }), 'the session status is damaged'],
    ];
    for (const [raw, reason] of cases) {
      expect(decodeSession(raw, 'SAA-7F3K2')).toEqual({ kind: 'damaged', reason });
    }
  });
});

describe('saving in localStorage', () => {
  it('saves under podnet:exam-session:<code>, loads and removes', () => {
    expect(saveSession(session)).toBe(true);
    expect(localStorage.getItem(sessionKey('SAA-7F3K2'))).toBe(JSON.stringify(session));
    expect(loadSession('SAA-7F3K2')).toEqual({ kind: 'ok', state: session });
    removeSession('SAA-7F3K2');
    expect(loadSession('SAA-7F3K2')).toEqual({ kind: 'none' });
  });
});
