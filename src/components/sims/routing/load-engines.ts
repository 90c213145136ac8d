// The routing playground's engines load on the learner's first action: the page renders the
// preset's first verdict, test table and conversion from build-time props, so it ships no engine
// until the learner focuses or changes something. Each API's engine is its own chunk, loaded once
// per page (a failed load is tried again next time).
import type * as GatewayEngineModule from './gateway-engine';
import type * as IngressEngineModule from './ingress-engine';

/** The Gateway API side of the playground. */
export type GatewayEngine = typeof GatewayEngineModule;
/** The Ingress side of the playground, with the converter. */
export type IngressEngine = typeof IngressEngineModule;

let gatewayEngine: Promise<GatewayEngine> | null = null;
let ingressEngine: Promise<IngressEngine> | null = null;

/** Loads the Gateway API engine (once per page; again after a failure). */
export function loadGatewayEngine(): Promise<GatewayEngine> {
  gatewayEngine ??= import('./gateway-engine').catch((error: unknown) => {
    gatewayEngine = null;
    throw error;
  });
  return gatewayEngine;
}

/** Loads the Ingress engine and converter (once per page; again after a failure). */
export function loadIngressEngine(): Promise<IngressEngine> {
  ingressEngine ??= import('./ingress-engine').catch((error: unknown) => {
    ingressEngine = null;
    throw error;
  });
  return ingressEngine;
}
