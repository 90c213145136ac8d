import { quote } from './names';
import type {
  NetworkPolicyEgressRule,
  NetworkPolicyIngressRule,
  NetworkPolicySpec,
  PolicyType,
} from './types';
import { readPeers } from './validate-peer';
import { readPorts } from './validate-ports';
import { readSelector } from './validate-selector';
import { isAbsent, joinPath, readFields, readList, readString, report } from './yaml-reader';
import { hasMistypedKey } from './field-messages';
import type { Field, Reader } from './yaml-reader';

const SPEC_FIELDS = ['podSelector', 'policyTypes', 'ingress', 'egress'] as const;
const SPEC_HINTS: Readonly<Record<string, string>> = {
  from: 'from belongs inside an ingress rule (ingress: - from: …).',
  to: 'to belongs inside an egress rule (egress: - to: …).',
  ports: 'ports belongs inside an ingress or egress rule.',
  namespace: 'namespace goes in metadata, not in spec.',
  selector: 'a NetworkPolicy selects its pods with podSelector.',
  matchLabels: 'matchLabels goes inside podSelector.',
  types: 'the field is policyTypes.',
};
const PEER_NAMES = ['podSelector', 'namespaceSelector', 'ipBlock'];
const POLICY_TYPES: readonly PolicyType[] = ['Ingress', 'Egress'];

/** Reads a NetworkPolicy spec; null when anything in it has an error. */
export function readSpec(reader: Reader, node: unknown, path: string): NetworkPolicySpec | null {
  const before = reader.errors.length;
  const fields = readFields(reader, node, path, SPEC_FIELDS, SPEC_HINTS);
  if (!fields) return null;
  const selectorField = fields.get('podSelector');
  if (!selectorField && !hasMistypedKey(node, 'podSelector', SPEC_FIELDS)) {
    report(
      reader,
      node,
      joinPath(path, 'podSelector'),
      `${path}.podSelector is required: write podSelector: {} to select every pod in the namespace.`,
    );
  }
  const podSelector = selectorField
    ? readSelector(reader, selectorField.value, joinPath(path, 'podSelector'))
    : null;
  const spec: NetworkPolicySpec = { podSelector: podSelector ?? {} };
  const types = fields.get('policyTypes');
  if (types && !isAbsent(types.value)) {
    const read = readPolicyTypes(reader, types.value, joinPath(path, 'policyTypes'));
    if (read) spec.policyTypes = read;
  }
  const ingress = readRules(reader, fields.get('ingress'), joinPath(path, 'ingress'), 'from');
  if (ingress) spec.ingress = ingress;
  const egress = readRules(reader, fields.get('egress'), joinPath(path, 'egress'), 'to');
  if (egress) spec.egress = egress.map(({ ports, from }) => egressRule(ports, from));
  return reader.errors.length === before ? spec : null;
}

/** Rebuilds an egress rule from the shape readRules shares between both directions. */
function egressRule(
  ports: NetworkPolicyIngressRule['ports'],
  to: NetworkPolicyIngressRule['from'],
): NetworkPolicyEgressRule {
  const rule: NetworkPolicyEgressRule = {};
  if (ports) rule.ports = ports;
  if (to) rule.to = to;
  return rule;
}

/** Reads policyTypes: Ingress and/or Egress, each at most once. */
function readPolicyTypes(reader: Reader, node: unknown, path: string): PolicyType[] | null {
  const items = readList(reader, node, path);
  if (!items) return null;
  if (items.length > 2) {
    report(
      reader,
      node,
      path,
      `${path} lists ${String(items.length)} entries: it may hold Ingress, Egress, or both.`,
    );
    return null;
  }
  const types: PolicyType[] = [];
  items.forEach((item, i) => {
    const itemPath = `${path}[${String(i)}]`;
    const value = readString(reader, item, itemPath);
    if (value === null) return;
    const known = POLICY_TYPES.find((type) => type === value);
    if (!known) {
      const meant = POLICY_TYPES.find((type) => type.toLowerCase() === value.toLowerCase());
      report(
        reader,
        item,
        itemPath,
        `${itemPath} is ${quote(value)}: use Ingress or Egress${meant ? ` (with a capital: ${meant})` : ''}.`,
      );
    } else if (types.includes(known)) {
      report(
        reader,
        item,
        itemPath,
        `${itemPath} lists ${known} a second time: list each direction once.`,
      );
    } else {
      types.push(known);
    }
  });
  return types.length === items.length ? types : null;
}

/** Reads spec.ingress (peers under `from`) or spec.egress (peers under `to`); absent or null: undefined. */
function readRules(
  reader: Reader,
  field: Field | undefined,
  path: string,
  peersName: 'from' | 'to',
): NetworkPolicyIngressRule[] | null {
  if (!field || isAbsent(field.value)) return null;
  const items = readList(reader, field.value, path);
  if (!items) return null;
  return items.map((item, i) => readRule(reader, item, `${path}[${String(i)}]`, peersName));
}

/** Reads one rule: its ports and its peers (an empty or null rule matches everything). */
function readRule(
  reader: Reader,
  node: unknown,
  path: string,
  peersName: 'from' | 'to',
): NetworkPolicyIngressRule {
  const rule: NetworkPolicyIngressRule = {};
  if (isAbsent(node)) return rule;
  const other = peersName === 'from' ? 'to' : 'from';
  const hints: Record<string, string> = {
    [other]: `${peersName === 'from' ? 'ingress' : 'egress'} rules list their peers under ${peersName} (${other} is for ${peersName === 'from' ? 'egress' : 'ingress'} rules).`,
  };
  for (const name of PEER_NAMES) {
    hints[name] = `a peer goes in the ${peersName} list: ${peersName}: - ${name}: …`;
  }
  const fields = readFields(reader, node, path, ['ports', peersName], hints);
  if (!fields) return rule;
  const ports = fields.get('ports');
  if (ports && !isAbsent(ports.value)) {
    const read = readPorts(reader, ports.value, joinPath(path, 'ports'));
    if (read) rule.ports = read;
  }
  const peers = fields.get(peersName);
  if (peers && !isAbsent(peers.value)) {
    const read = readPeers(reader, peers.value, joinPath(path, peersName));
    if (read) rule.from = read;
  }
  return rule;
}
