import type { Support } from '~/sim/cni';

// How the plugin chooser words each level of support: a symbol AND a word, never colour alone.

/** The symbol and word for a level of support. */
export const SUPPORT_TEXT: Readonly<Record<Support, { symbol: string; word: string }>> = {
  yes: { symbol: '✓', word: 'Yes' },
  partial: { symbol: '◐', word: 'Partly' },
  no: { symbol: '✗', word: 'No' },
  unconfirmed: { symbol: '?', word: 'Not confirmed' },
};

/** A short line for a plugin's score: "meets all 2 needs", "4 of 6 points". */
export function scoreText(score: number, needCount: number, meetsAll: boolean): string {
  if (needCount === 0) return 'no needs ticked';
  if (meetsAll) return `meets all ${String(needCount)} ${needCount === 1 ? 'need' : 'needs'}`;
  return `${String(score)} of ${String(needCount * 2)} points`;
}
