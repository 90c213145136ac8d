import {
  compileCluster,
  describeCompiled,
  isInputError,
  renderIptablesCompiled,
  renderIpvsCompiled,
  renderNftCompiled,
  sendCompiled,
  type ClusterModel,
  type EndpointCount,
  type RequestOutcome,
  type ServiceModel,
  type TrafficClient,
} from '~/sim/services';
import {
  EXTERNAL_IP,
  LOAD_BALANCER_IP,
  SIM_NODES,
  isExternalType,
  type SimState,
} from './sim-state';

// Turns the simulator's state into what it shows, with the Services engine: the Service as
// kubectl would list it, the spread of the requests, the NAT of the first one, and the rules of the
// node that handled it. A learner's mistake (a node port out of range …) comes back as `error`.

export interface SimView {
  service: {
    type: string;
    clusterIP: string;
    externalIP: string;
    ports: string;
    dns: string;
    warnings: string[];
  } | null;
  endpoints: EndpointCount[];
  delivered: number;
  dropped: number;
  notProxied: number;
  first: RequestOutcome | null;
  rulesNode: string;
  rules: string;
  error: { message: string; field: string } | null;
}

/** A whole number from text, or NaN (the engine then explains what is wrong). */
function whole(text: string): number {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** The Service manifest the state describes. */
export function serviceFromState(state: SimState): ServiceModel {
  const external = isExternalType(state.serviceType);
  const nodePort =
    external && state.nodePort.trim() !== '' ? { nodePort: whole(state.nodePort) } : {};
  const spec: ServiceModel['spec'] = {
    type: state.serviceType === 'Headless' ? 'ClusterIP' : state.serviceType,
    selector: { app: 'web' },
    ports: [{ name: 'http', port: 80, targetPort: 8080, ...nodePort }],
  };
  if (state.serviceType === 'ExternalName')
    return {
      metadata: { name: 'web' },
      spec: { type: 'ExternalName', externalName: 'web.example.com' },
    };
  spec.clusterIP = state.serviceType === 'Headless' ? 'None' : '10.96.0.20';
  if (external) spec.externalTrafficPolicy = state.externalTrafficPolicy;
  if (state.internalTrafficPolicy === 'Local') spec.internalTrafficPolicy = 'Local';
  if (state.trafficDistribution !== '') spec.trafficDistribution = state.trafficDistribution;
  if (state.affinity) {
    spec.sessionAffinity = 'ClientIP';
    if (state.affinityTimeout.trim() !== '')
      spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: whole(state.affinityTimeout) } };
  }
  const service: ServiceModel = { metadata: { name: 'web', namespace: 'default' }, spec };
  if (state.serviceType === 'LoadBalancer')
    service.status = { loadBalancer: { ingress: [{ ip: LOAD_BALANCER_IP }] } };
  return service;
}

/** The cluster the state describes. */
export function clusterFromState(state: SimState): ClusterModel {
  return {
    nodes: SIM_NODES.map((n) => ({ ...n })),
    pods: [
      ...state.pods.map((p, i) => ({
        name: p.name,
        node: p.node,
        ip: `10.244.${String(SIM_NODES.findIndex((n) => n.name === p.node))}.${String(10 + i)}`,
        labels: { app: 'web' },
        ready: p.ready,
        terminating: p.terminating,
      })),
      {
        name: 'client-a',
        node: 'node-a',
        ip: '10.244.0.50',
        labels: { app: 'client' },
        ready: true,
      },
      {
        name: 'client-c',
        node: 'node-c',
        ip: '10.244.2.50',
        labels: { app: 'client' },
        ready: true,
      },
    ],
    services: [serviceFromState(state)],
  };
}

/** The engine's client for the state's choice. */
export function clientFromState(state: SimState): TrafficClient {
  switch (state.client) {
    case 'pod-a':
      return { kind: 'pod', pod: 'client-a' };
    case 'pod-c':
      return { kind: 'pod', pod: 'client-c' };
    case 'ext-a':
      return { kind: 'external', ip: EXTERNAL_IP, via: { node: 'node-a' } };
    case 'ext-c':
      return { kind: 'external', ip: EXTERNAL_IP, via: { node: 'node-c' } };
    case 'ext-lb':
      return { kind: 'external', ip: EXTERNAL_IP, via: 'loadBalancer' };
  }
}

/** The node whose rules the view shows: the one that handled the first request, or the client's. */
function rulesNodeOf(state: SimState, first: RequestOutcome | null): string {
  if (first?.entryNode) return first.entryNode;
  return state.client.endsWith('-c') ? 'node-c' : 'node-a';
}

/** What the simulator shows for a state. */
export function simulate(state: SimState): SimView {
  const empty: SimView = {
    service: null,
    endpoints: [],
    delivered: 0,
    dropped: 0,
    notProxied: 0,
    first: null,
    rulesNode: 'node-a',
    rules: '',
    error: null,
  };
  try {
    const compiled = compileCluster(clusterFromState(state));
    const facts = describeCompiled(compiled, 'default/web');
    const result = sendCompiled(compiled, {
      service: 'default/web',
      clients: [clientFromState(state)],
      requests: whole(state.requests),
      seed: state.seed,
      mode: state.mode,
    });
    const first = result.perClient[0]?.first ?? null;
    const rulesNode = rulesNodeOf(state, first);
    const render = {
      iptables: renderIptablesCompiled,
      nftables: renderNftCompiled,
      ipvs: renderIpvsCompiled,
    }[state.mode];
    return {
      service: {
        type: facts.service.type,
        clusterIP: facts.clusterIPText,
        externalIP: facts.externalIPText,
        ports: facts.portsText,
        dns: facts.dnsName,
        warnings: facts.service.warnings,
      },
      endpoints: result.endpoints,
      delivered: result.delivered,
      dropped: result.dropped,
      notProxied: result.notProxied,
      first,
      rulesNode,
      rules: render(compiled, rulesNode),
      error: null,
    };
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { ...empty, error: { message: error.message, field: error.field ?? '' } };
  }
}
