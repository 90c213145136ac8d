import { InputError } from '../ip';
import { compareSpecificity, hostMatches, specificity } from './hostnames';
import type { Gateway, Listener } from './types';

/**
 * The listeners that take a request for `host`: the named one, or else those whose hostname
 * accepts the host, keeping only the most specific (a precise hostname beats a wildcard, a longer
 * wildcard a shorter one, and any hostname beats none). Empty when none accepts it.
 */
export function listenersFor(gateway: Gateway, host: string, name?: string): Listener[] {
  const all = gateway.spec.listeners;
  if (name !== undefined) {
    const named = all.find((l) => l.name === name);
    if (!named) {
      const names = all.map((l) => `"${l.name}"`).join(', ');
      throw new InputError(
        `The Gateway has no listener "${name}"; its listeners are ${names}.`,
        'listener',
      );
    }
    return accepts(named, host) ? [named] : [];
  }
  const accepting = all.filter((l) => accepts(l, host));
  const best = accepting.reduce<Listener | undefined>(
    (top, l) => (top === undefined || rank(l, top) < 0 ? l : top),
    undefined,
  );
  return best ? accepting.filter((l) => rank(l, best) === 0) : [];
}

/** Whether a listener's hostname (or its absence) accepts a host. */
export function accepts(listener: Listener, host: string): boolean {
  return listener.hostname === undefined || hostMatches(listener.hostname, host);
}

/** Compares the specificity of two listeners' hostnames (negative: `a` is more specific). */
function rank(a: Listener, b: Listener): number {
  return compareSpecificity(specificity(a.hostname), specificity(b.hostname));
}
