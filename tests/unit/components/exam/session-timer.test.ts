import { describe, expect, it } from 'vitest';
import {
  crossedMark,
  formatClock,
  formatDuration,
  remainingMs,
} from '~/components/exam/session-timer';

describe('timer arithmetic', () => {
  it('counts down from the start time and stops at zero', () => {
    expect(remainingMs(0, 130, 60_000)).toBe(129 * 60_000);
    expect(remainingMs(0, 1, 61_000)).toBe(0);
  });

  it('formats the clock with hours only when needed, rounding seconds up', () => {
    expect(formatClock(130 * 60_000)).toBe('2:10:00');
    expect(formatClock(9 * 60_000 + 59_001)).toBe('10:00');
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(0)).toBe('0:00');
  });

  it('words durations for tables and screen readers', () => {
    expect(formatDuration(3_900_000)).toBe('1 h 5 min');
    expect(formatDuration(260_000)).toBe('4 min 20 s');
    expect(formatDuration(120_000)).toBe('2 min');
    expect(formatDuration(35_400)).toBe('35 s');
  });

  it('announces 10, 5 and 1 minutes left once each, and nothing on a reload below a mark', () => {
    expect(crossedMark(600_500, 599_500)).toBe(10);
    expect(crossedMark(599_500, 598_500)).toBeUndefined();
    expect(crossedMark(300_001, 300_000)).toBe(5);
    expect(crossedMark(61_000, 60_000)).toBe(1);
    expect(crossedMark(700_000, 200_000)).toBe(5);
    expect(crossedMark(480_000, 480_000)).toBeUndefined();
  });
});
