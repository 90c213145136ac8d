import { z } from 'astro/zod';
import { slug } from './common';
import { parseFlowSelector } from './flow-selector';
import { dnsLabel, dnsSubdomain, labels, portName, portNumber, ProtocolSchema } from './kube-names';
import { policiesFromYaml, policyYamlText } from './policy-yaml';
import { checkScenarioCluster, ipv4Address } from './netpol-cluster';

/** The label the control plane puts on every namespace; scenarios get it added automatically. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** A node of the simulated cluster, shown in the grid so pods can be grouped by where they run. */
export const NetpolNodeSchema = z.strictObject({
  /** Node name, e.g. `node-1`. */
  name: dnsSubdomain,
  /** The node's own IPv4 address (its InternalIP), e.g. `192.168.10.11`. */
  ip: ipv4Address,
});

/** A namespace and its labels; `kubernetes.io/metadata.name: <name>` is added for you. */
export const NetpolNamespaceSchema = z.strictObject({
  /** Namespace name, e.g. `shop`. */
  name: dnsLabel,
  /** Labels that namespaceSelectors can match, e.g. `{ team: shop, env: prod }`. */
  labels: labels.default({}),
});

/** A container port: named ports let a policy say `port: http` and resolve it per pod. */
export const ContainerPortSchema = z.strictObject({
  /** Optional port name (IANA service name style, e.g. `http`, `dns-tcp`). */
  name: portName.optional(),
  /** The port the container listens on, 1–65535. */
  port: portNumber,
  /** TCP (the default), UDP or SCTP. */
  protocol: ProtocolSchema.default('TCP'),
});

/** A pod of the simulated cluster. */
export const NetpolPodSchema = z.strictObject({
  /** Its namespace; it must be declared under `namespaces`. */
  namespace: dnsLabel,
  /** Pod name, unique within its namespace, e.g. `frontend`. */
  name: dnsSubdomain,
  /** Labels that podSelectors match, e.g. `{ app: frontend, tier: web }`. */
  labels: labels.default({}),
  /** The pod IP, unique in the scenario; use a pod CIDR such as 10.244.0.0/16. */
  ip: ipv4Address,
  /** The node it runs on, when the scenario declares nodes. */
  node: dnsSubdomain.optional(),
  /** Container ports; a named port in a policy resolves against these. */
  ports: z.array(ContainerPortSchema).default([]),
});

/** One NetworkPolicy document that the learner can switch on and off. */
export const PolicyEntrySchema = z.strictObject({
  /** Whether the policy starts switched on (default true). */
  enabled: z.boolean().default(true),
  /** Exactly one networking.k8s.io/v1 NetworkPolicy, as YAML, with `metadata.namespace` set. */
  yaml: policyYamlText('one'),
});

/**
 * An address outside the cluster (a partner API, a DNS server on the internet), shown in the grid
 * as an extra source row and destination column. It is not a pod: no policy selects it, so only
 * the pod's side of a connection to or from it is decided.
 */
export const NetpolOutsideSchema = z.strictObject({
  /** A short name for the grid, e.g. `partner-api` (lowercase letters, digits and hyphens). */
  name: dnsLabel,
  /** Its IPv4 address, outside the pod and node addresses, e.g. `203.0.113.10`. */
  ip: ipv4Address,
});

/** A port to probe: a number, or a name that resolves on each destination pod. */
const probePort = z.union([portNumber, portName]);

/** A preset the netpol simulator loads: `content/scenarios/netpol/<id>.yaml`, id = file name. */
export const NetpolScenarioSchema = z
  .strictObject({
    /** Shown in the preset picker. */
    title: z.string().min(3),
    /** One or two sentences on what the scenario shows. */
    summary: z.string().min(10),
    /** The port and protocol (default TCP) the reachability grid opens on. */
    probe: z.strictObject({ port: probePort, protocol: ProtocolSchema.default('TCP') }),
    /** Nodes, optional; when present, every pod's `node` must name one of them. */
    nodes: z.array(NetpolNodeSchema).default([]),
    /** Every namespace the pods and policies use. */
    namespaces: z.array(NetpolNamespaceSchema).min(1),
    /** The pods shown in the grid. */
    pods: z.array(NetpolPodSchema).min(1),
    /** Policies, each toggleable in the simulator. */
    policies: z.array(PolicyEntrySchema).default([]),
    /** Addresses outside the cluster to show in the grid (optional); names and IPs are unique. */
    outside: z.array(NetpolOutsideSchema).default([]),
  })
  .superRefine((scenario, ctx) => {
    checkScenarioCluster(scenario, ctx);
    checkPolicyNamespaces(scenario, ctx);
  });

/** Every policy lives in a declared namespace, and no two share a namespace and name. */
function checkPolicyNamespaces(
  scenario: { namespaces: { name: string }[]; policies: { yaml: string }[] },
  ctx: z.RefinementCtx,
): void {
  const declared = new Set(scenario.namespaces.map((n) => n.name));
  const seen = new Set<string>();
  scenario.policies.forEach((entry, index) => {
    for (const policy of policiesFromYaml(entry.yaml).policies) {
      const { name, namespace = 'default' } = policy.metadata;
      if (!declared.has(namespace)) {
        ctx.addIssue({
          code: 'custom',
          path: ['policies', index, 'yaml'],
          message: `policy ${name} is in namespace "${namespace}", which the scenario does not declare`,
        });
      }
      const key = `${namespace}/${name}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['policies', index, 'yaml'],
          message: `a second policy named ${key}; names are unique within a namespace`,
        });
      }
      seen.add(key);
    }
  });
}

/** A flow selector field: `*`, `ns/*`, `ns/pod` or `ip:ADDRESS`. */
const flowSelector = z.string().superRefine((text, ctx) => {
  const parsed = parseFlowSelector(text);
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
});

/** One expected cell of the grid; the first expectation that matches a cell decides it. */
export const ExpectationSchema = z
  .strictObject({
    /** Source: `*` (every pod), `ns/*`, `ns/pod` or `ip:ADDRESS` (outside the cluster). */
    from: flowSelector,
    /** Destination, in the same forms. A pod to itself is skipped by wildcards. */
    to: flowSelector,
    /** Destination port: a number, or a name that resolves on the destination pod. */
    port: probePort,
    /** TCP (the default), UDP or SCTP. */
    protocol: ProtocolSchema.default('TCP'),
    /** Whether the connection must be allowed (true) or refused (false). */
    allowed: z.boolean(),
  })
  .refine(
    (e) => !(e.from.startsWith('ip:') && e.to.startsWith('ip:')),
    'at least one end of an expectation must be a pod',
  );

/** A graded challenge: `content/scenarios/netpol-challenges/<NN-id>.yaml`. */
export const NetpolChallengeSchema = z.strictObject({
  /** Shown as the challenge's heading. */
  title: z.string().min(3),
  /** Position in the list, 1..n without gaps (checked across files). */
  order: z.number().int().positive(),
  /** How hard it is; challenges should not get easier as `order` rises. */
  difficulty: z.enum(['beginner', 'intermediate', 'advanced']),
  /** Id of the preset whose nodes, namespaces and pods are used (its policies are not). */
  scenario: slug,
  /** Policies the learner starts from, in the preset's `policies` shape. */
  starter: z.array(PolicyEntrySchema).default([]),
  /** What to achieve, in one or two sentences; inline `code` is allowed. */
  task: z.string().min(10),
  /** Hints, shown one at a time on request. */
  hints: z.array(z.string().min(5)).default([]),
  /** The expected grid cells; the first matching line decides each cell. */
  expect: z.array(ExpectationSchema).min(1),
  /**
   * A reference solution, shown on request: one or more NetworkPolicy documents added to the
   * starter (a document replaces the starter policy with the same namespace and name). The build
   * grades it with the engine: it must pass, and the starter alone must not.
   */
  solution: policyYamlText('many'),
});

export type NetpolScenario = z.output<typeof NetpolScenarioSchema>;
export type NetpolOutside = z.output<typeof NetpolOutsideSchema>;
export type NetpolPod = z.output<typeof NetpolPodSchema>;
export type NetpolNamespace = z.output<typeof NetpolNamespaceSchema>;
export type PolicyEntry = z.output<typeof PolicyEntrySchema>;
export type NetpolExpectation = z.output<typeof ExpectationSchema>;
export type NetpolChallenge = z.output<typeof NetpolChallengeSchema>;
