import { parseRange } from './blocks';

/** Whether the outer block (IPv4 or IPv6) holds every address of the inner block or address. */
export function contains(outer: string, inner: string): boolean {
  const a = parseRange(outer, 'outer');
  const b = parseRange(inner, 'inner');
  return a.family === b.family && a.start <= b.start && b.end <= a.end;
}

/** Whether two blocks or addresses of the same family share at least one address. */
export function overlaps(a: string, b: string): boolean {
  const first = parseRange(a, 'a');
  const second = parseRange(b, 'b');
  return first.family === second.family && first.start <= second.end && second.start <= first.end;
}
