import { describe, expect, it } from 'vitest';
import { linePositions } from '~/sim/netpol/line-positions';

describe('linePositions', () => {
  it('gives 1-based lines and columns, a line break belonging to its line', () => {
    const lines = linePositions('ab\ncd\r\n\nef');
    expect(lines.linePos(0)).toEqual({ line: 1, col: 1 });
    expect(lines.linePos(2)).toEqual({ line: 1, col: 3 });
    expect(lines.linePos(3)).toEqual({ line: 2, col: 1 });
    expect(lines.linePos(6)).toEqual({ line: 2, col: 4 });
    expect(lines.linePos(7)).toEqual({ line: 3, col: 1 });
    expect(lines.linePos(8)).toEqual({ line: 4, col: 1 });
    expect(lines.linePos(10)).toEqual({ line: 4, col: 3 });
  });

  it('places the end of the text, and an empty text, on a line', () => {
    expect(linePositions('a\n').linePos(2)).toEqual({ line: 2, col: 1 });
    expect(linePositions('').linePos(0)).toEqual({ line: 1, col: 1 });
  });
});
