// The resolver's engine loads on the learner's first action: the lesson renders the first trace
// from build-time props, so the page ships no DNS engine until the learner focuses or changes a
// control. One load per page (a failed load is tried again next time).
import type * as ResolverModelModule from './resolver-model';

/** The DNS engine, behind the island's one call. */
export type ResolverEngine = typeof ResolverModelModule;

let resolverEngine: Promise<ResolverEngine> | null = null;

/** Loads the resolver's engine (once per page; again after a failure). */
export function loadResolverEngine(): Promise<ResolverEngine> {
  resolverEngine ??= import('./resolver-model').catch((error: unknown) => {
    resolverEngine = null;
    throw error;
  });
  return resolverEngine;
}
