// A share link's content: the simulator's whole state (cluster, policies with their on/off
// switches, probe) as versioned JSON, compressed into the URL fragment `#state=…`. Reading a link
// trusts nothing: the fragment and its unpacked size are capped, the JSON must match a strict
// schema (valibot; every string and list capped, no prototype keys, names and addresses checked
// with the engine's own rules), and the caller re-parses every policy with the engine.
import * as v from 'valibot';
import { isInputError } from '~/sim/ip/input-error';
import { parseIpv4 } from '~/sim/ip/ipv4';
import { createEvaluator } from '~/sim/netpol/evaluate';
import {
  dnsLabelProblem,
  dnsSubdomainProblem,
  labelKeyProblem,
  labelValueProblem,
  portNameProblem,
} from '~/sim/netpol/names';
import type { ParseResult } from '~/sim/netpol/types';
import type { SimModel, SimProbe, SimSeed } from './model';
import { compressToBase64url, decompressFromBase64url, ShareDecodeError } from './share-codec';

/** The fragment parameter a share link uses: `#state=…`. */
export const STATE_PARAM = 'state';

/** The message a learner sees for any link that cannot be used. */
export const DAMAGED_LINK_MESSAGE =
  'This shared link is damaged or not a Podnet simulator link; showing the default scenario.';

/** Whether a string passes one of the engine's naming rules (null problem). */
const rule = (problem: (text: string) => string | null, message: string) =>
  v.check<string, string>((text) => problem(text) === null, message);

const nsName = v.pipe(v.string(), v.maxLength(63), rule(dnsLabelProblem, 'bad namespace name'));
const objectName = v.pipe(v.string(), v.maxLength(253), rule(dnsSubdomainProblem, 'bad name'));
const ipv4 = v.pipe(
  v.string(),
  v.maxLength(15),
  v.check((text) => isIpv4(text), 'bad IPv4 address'),
);
const labels = v.pipe(
  v.record(
    v.pipe(v.string(), v.maxLength(317), rule(labelKeyProblem, 'bad label key')),
    v.pipe(v.string(), v.maxLength(63), rule(labelValueProblem, 'bad label value')),
  ),
  v.check((record) => Object.keys(record).length <= 32, 'too many labels'),
);
const portName = v.pipe(v.string(), v.maxLength(15), rule(portNameProblem, 'bad port name'));
const portNumber = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535));
const protocol = v.picklist(['TCP', 'UDP', 'SCTP']);
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max));

/** The JSON a share link holds (version 1). */
export const SharedStateSchema = v.strictObject({
  v: v.literal(1),
  cluster: v.strictObject({
    namespaces: list(v.strictObject({ name: nsName, labels }), 12),
    pods: list(
      v.strictObject({
        namespace: nsName,
        name: objectName,
        labels,
        ip: ipv4,
        node: v.optional(objectName),
        ports: v.optional(
          list(
            v.strictObject({
              name: v.optional(portName),
              port: portNumber,
              protocol: v.optional(protocol, 'TCP'),
            }),
            32,
          ),
        ),
      }),
      40,
    ),
    nodes: list(v.strictObject({ name: objectName, ip: ipv4 }), 8),
    outside: list(v.strictObject({ name: nsName, ip: ipv4 }), 12),
  }),
  policies: list(
    v.strictObject({ yaml: v.pipe(v.string(), v.maxLength(16 * 1024)), enabled: v.boolean() }),
    30,
  ),
  probe: v.strictObject({ port: v.union([portNumber, portName]), protocol }),
});

/** A share link's validated content. */
export type SharedState = v.InferOutput<typeof SharedStateSchema>;

/** The shareable part of a simulator state. */
export function sharedFrom(model: SimModel, probe: SimProbe): SharedState {
  const { cluster } = model;
  return {
    v: 1,
    cluster: {
      namespaces: cluster.namespaces,
      pods: cluster.pods,
      nodes: cluster.nodes ?? [],
      outside: cluster.outside,
    },
    policies: model.policies.map((item) => ({ yaml: item.yaml, enabled: item.enabled })),
    probe,
  } as SharedState;
}

/** The fragment value (after `#state=`) for a state. */
export function encodeShared(state: SharedState): Promise<string> {
  return compressToBase64url(JSON.stringify(state));
}

/** Reads a fragment value into a validated state, or throws ShareDecodeError saying why. */
export async function decodeShared(encoded: string): Promise<SharedState> {
  const text = await decompressFromBase64url(encoded);
  let json: unknown;
  try {
    json = JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        throw new ShareDecodeError(`The link has a forbidden key (${key}).`);
      }
      return value;
    });
  } catch (error) {
    if (error instanceof ShareDecodeError) throw error;
    throw new ShareDecodeError('The link does not hold JSON.');
  }
  const result = v.safeParse(SharedStateSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue.path?.map((item) => String(item.key)).join('.') ?? '';
    throw new ShareDecodeError(`The link's state is malformed${where ? ` at ${where}` : ''}.`);
  }
  return result.output;
}

/**
 * Turns a validated state into a simulator seed: every policy is re-parsed with the engine (one
 * NetworkPolicy per entry) and the cluster is indexed by the engine; any problem is a ShareDecodeError.
 */
export function seedFromShared(
  state: SharedState,
  parsePolicies: (text: string) => ParseResult,
): SimSeed {
  const policies = state.policies.map((entry, index) => {
    const { policies: parsed, errors } = parsePolicies(entry.yaml);
    const [policy] = parsed;
    if (errors.length > 0 || parsed.length !== 1 || !policy) {
      throw new ShareDecodeError(
        `Policy ${String(index + 1)} in the link is not one valid NetworkPolicy.`,
      );
    }
    return { yaml: entry.yaml, policy, enabled: entry.enabled };
  });
  const declared = new Set(state.cluster.namespaces.map((ns) => ns.name));
  if (state.cluster.pods.some((pod) => !declared.has(pod.namespace))) {
    throw new ShareDecodeError('A pod in the link is in a namespace the link does not declare.');
  }
  const cluster = {
    ...state.cluster,
    pods: state.cluster.pods.map(({ node, ports = [], ...pod }) => ({
      ...pod,
      ports: ports.map(({ name, ...port }) => (name === undefined ? port : { name, ...port })),
      ...(node === undefined ? {} : { node }),
    })),
  };
  try {
    // Indexing the cluster checks pod names are unique and every address parses.
    createEvaluator(cluster, []);
  } catch (error) {
    if (!isInputError(error)) throw error;
    throw new ShareDecodeError(`The link's cluster is not valid: ${error.message}`);
  }
  return { cluster, policies, probe: state.probe };
}

/** Whether a string is a dotted-quad IPv4 address. */
function isIpv4(text: string): boolean {
  try {
    parseIpv4(text);
    return text === text.trim();
  } catch {
    return false;
  }
}
