// The walker's engine loads on the learner's first action: a lesson renders every walker's first
// verdict, path, rules and subnets from build-time props, so its page ships no VPC engine until
// the learner focuses a control inside a walker or changes something. One load per page: the
// walkers of a lesson share the same promise (a failed load is tried again next time).
import type * as WalkerEngineModule from './walker-engine';

/** The AWS VPC engine, behind the walker's one call. */
export type WalkerEngine = typeof WalkerEngineModule;

let walkerEngine: Promise<WalkerEngine> | null = null;

/** Loads the walker's engine (once per page; again after a failure). */
export function loadWalkerEngine(): Promise<WalkerEngine> {
  walkerEngine ??= import('./walker-engine').catch((error: unknown) => {
    walkerEngine = null;
    throw error;
  });
  return walkerEngine;
}
