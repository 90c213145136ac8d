import { z } from 'astro/zod';
import { cidrContains, isInputError, parseCidr, type Cidr } from '~/sim/ip';
import {
  dnsLabel,
  dnsSubdomain,
  labelKey,
  labels,
  labelValue,
  portName,
  portNumber,
  ProtocolSchema,
} from './kube-names';

// The shape of a networking.k8s.io/v1 NetworkPolicy, with the API server's validation rules
// (pkg/apis/networking/validation). It checks structure only; what a policy allows is the
// netpol engine's job. Objects are strict: a misspelt field is an error, not silently ignored.

/** One `matchExpressions` entry; In/NotIn need values, Exists/DoesNotExist must have none. */
const SelectorRequirementSchema = z
  .strictObject({
    key: labelKey,
    operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist']),
    values: z.array(labelValue).optional(),
  })
  .superRefine((req, ctx) => {
    const count = req.values?.length ?? 0;
    if ((req.operator === 'In' || req.operator === 'NotIn') && count === 0) {
      ctx.addIssue({ code: 'custom', path: ['values'], message: `${req.operator} needs values` });
    }
    if ((req.operator === 'Exists' || req.operator === 'DoesNotExist') && count > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: `${req.operator} takes no values`,
      });
    }
  });

/** A label selector; `{}` selects everything in its scope. */
export const LabelSelectorSchema = z.strictObject({
  matchLabels: labels.optional(),
  matchExpressions: z.array(SelectorRequirementSchema).optional(),
});

/** An IPv4 CIDR in canonical form, or the learner-readable reason it is not one. */
function cidrOrReason(text: string): Cidr | string {
  try {
    return parseCidr(text);
  } catch (error) {
    if (isInputError(error)) return error.message;
    throw error;
  }
}

/** An `ipBlock` peer: a CIDR and the strictly smaller blocks inside it to leave out. */
const IpBlockSchema = z
  .strictObject({ cidr: z.string(), except: z.array(z.string()).optional() })
  .superRefine((block, ctx) => {
    const outer = cidrOrReason(block.cidr);
    if (typeof outer === 'string') {
      ctx.addIssue({ code: 'custom', path: ['cidr'], message: outer });
      return;
    }
    (block.except ?? []).forEach((text, index) => {
      const inner = cidrOrReason(text);
      const inside =
        typeof inner !== 'string' &&
        inner.prefix > outer.prefix &&
        cidrContains(outer, inner.network);
      if (!inside) {
        const why = typeof inner === 'string' ? inner : `must be a strict subset of ${block.cidr}`;
        ctx.addIssue({ code: 'custom', path: ['except', index], message: why });
      }
    });
  });

/** A peer: pods (by pod and/or namespace selector) or an IP block, never both kinds at once. */
export const PeerSchema = z
  .strictObject({
    podSelector: LabelSelectorSchema.optional(),
    namespaceSelector: LabelSelectorSchema.optional(),
    ipBlock: IpBlockSchema.optional(),
  })
  .superRefine((peer, ctx) => {
    const set = [peer.podSelector, peer.namespaceSelector, peer.ipBlock].filter(
      (field) => field !== undefined,
    ).length;
    if (set === 0) ctx.addIssue({ code: 'custom', message: 'must specify a peer' });
    if (set > 1 && peer.ipBlock !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'may not specify both ipBlock and another peer' });
    }
  });

/** A port entry: protocol (default TCP), a number or a name, and an optional numeric range end. */
export const PolicyPortSchema = z
  .strictObject({
    protocol: ProtocolSchema.optional(),
    port: z.union([portNumber, portName]).optional(),
    endPort: portNumber.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.endPort === undefined) return;
    if (entry.port === undefined) {
      ctx.addIssue({ code: 'custom', path: ['endPort'], message: 'needs `port` as well' });
    } else if (typeof entry.port === 'string') {
      ctx.addIssue({ code: 'custom', path: ['endPort'], message: 'needs a numeric `port`' });
    } else if (entry.endPort < entry.port) {
      ctx.addIssue({ code: 'custom', path: ['endPort'], message: 'must be at least `port`' });
    }
  });

/** An ingress rule: traffic must match `from` AND `ports`; an absent list matches everything. */
const IngressRuleSchema = z.strictObject({
  from: z.array(PeerSchema).optional(),
  ports: z.array(PolicyPortSchema).optional(),
});

/** An egress rule: traffic must match `to` AND `ports`; an absent list matches everything. */
const EgressRuleSchema = z.strictObject({
  to: z.array(PeerSchema).optional(),
  ports: z.array(PolicyPortSchema).optional(),
});

/** The spec. `podSelector` is required here even where the API defaults it: write `{}` for "all pods". */
export const NetworkPolicySpecSchema = z.strictObject({
  podSelector: LabelSelectorSchema,
  policyTypes: z
    .array(z.enum(['Ingress', 'Egress']))
    .max(2)
    .refine((types) => new Set(types).size === types.length, 'list each policy type once')
    .optional(),
  ingress: z.array(IngressRuleSchema).optional(),
  egress: z.array(EgressRuleSchema).optional(),
});

/** A whole networking.k8s.io/v1 NetworkPolicy; the simulator needs `metadata.namespace` set. */
export const NetworkPolicySchema = z.strictObject({
  apiVersion: z.literal('networking.k8s.io/v1'),
  kind: z.literal('NetworkPolicy'),
  metadata: z.strictObject({
    name: dnsSubdomain,
    namespace: dnsLabel,
    labels: labels.optional(),
    annotations: z.record(z.string(), z.string()).optional(),
  }),
  spec: NetworkPolicySpecSchema,
});

export type NetworkPolicyManifest = z.output<typeof NetworkPolicySchema>;
export type PolicyPeer = z.output<typeof PeerSchema>;
export type PolicyPort = z.output<typeof PolicyPortSchema>;
