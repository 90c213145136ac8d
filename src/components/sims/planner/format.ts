/** A whole number with thousands separators, as the engine writes them (1048574 → "1,048,574"). */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** A fraction from 0 to 1 as a percentage for a drawing's inline style ("12.5%"). */
export function cssPercent(fraction: number): string {
  return `${String(Math.round(fraction * 10000) / 100)}%`;
}

/** A fraction from 0 to 1 as a short percentage for text ("6.25 %" → "6.3%", tiny ones "under 0.1%"). */
export function readablePercent(fraction: number): string {
  if (fraction > 0 && fraction < 0.001) return 'under 0.1%';
  return `${String(Math.round(fraction * 1000) / 10)}%`;
}
