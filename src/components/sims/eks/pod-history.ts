import type { AllocationEvent } from '~/sim/vpc-cni/allocation-types';

// The pod buttons' history: what the island replays through the engine. Kept apart from the
// engine so the island's first chunk does not carry it.

/** Most button presses one history keeps (keeps a replay short). */
export const MAX_EVENTS = 400;

/** Pods scheduled minus deleted (never below zero), as the buttons count them. */
export function podCount(events: readonly AllocationEvent[]): number {
  return events.reduce(
    (count, event) => Math.max(0, count + (event.kind === 'schedule' ? event.count : -event.count)),
    0,
  );
}

/** The history after a +n / −n button: a delete with no pods does nothing; long histories stop. */
export function withPods(events: readonly AllocationEvent[], delta: number): AllocationEvent[] {
  if (delta === 0 || events.length >= MAX_EVENTS) return [...events];
  if (delta < 0 && podCount(events) === 0) return [...events];
  const kind = delta > 0 ? 'schedule' : 'delete';
  return [...events, { kind, count: Math.abs(delta) }];
}
