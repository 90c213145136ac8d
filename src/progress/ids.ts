/** A new random id for an attempt or a challenge run (12 base-36 characters, ~62 bits). */
export function newId(): string {
  // getRandomValues works outside secure contexts too (a classroom server on plain http).
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}
