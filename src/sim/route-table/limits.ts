// How much text the route-table parser accepts: a real `show ip route` of a lab or exam router is a
// few dozen lines, so anything far larger is refused before any work is done on it.

/** At most this many lines (a pasted table with its legend fits many times over). */
export const MAX_LINES = 500;
/** At most this many characters in all. */
export const MAX_CHARS = 50_000;
/** At most this many characters on one line (the longest real route line is about 100). */
export const MAX_LINE_LENGTH = 300;
/** At most this many recursive look-ups to resolve a next hop to an interface. */
export const MAX_RECURSION = 8;
