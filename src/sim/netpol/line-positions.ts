/** 1-based line and column of a source offset. */
export interface LinePos {
  readonly line: number;
  readonly col: number;
}

/** Turns source offsets into lines and columns. */
export interface LinePositions {
  linePos(offset: number): LinePos;
}

/** Indexes the line starts of a text once, so each lookup is a binary search. */
export function linePositions(text: string): LinePositions {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    /** The line holding an offset (the last line start at or before it) and the column in it. */
    linePos(offset: number): LinePos {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, col: offset - (starts[low] ?? 0) + 1 };
    },
  };
}
