// Adding, changing and removing namespaces and pods, checked the way a scenario file is checked
// (unique names and addresses, declared namespaces and nodes). Pure: each returns the new cluster
// and a sentence for diff mode, or the field to blame and the problem.
import {
  parseAddress,
  parseLabels,
  parseNamespaceName,
  parsePodName,
  parsePorts,
  type Parsed,
} from './cluster-input';
import type { SimCluster } from './model';

/** The outcome of an edit: the new cluster and what changed, or a problem in one field. */
export type EditResult =
  { ok: true; cluster: SimCluster; change: string } | { ok: false; field: string; problem: string };

/** The namespace form's fields, as typed. */
export interface NamespaceForm {
  name: string;
  labels: string;
}

/** The pod form's fields, as typed. */
export interface PodForm {
  namespace: string;
  name: string;
  labels: string;
  ip: string;
  ports: string;
  /** "" for no node. */
  node: string;
}

const MAX_PODS = 40;
const MAX_NAMESPACES = 12;

/** Adds a namespace (original null) or changes one; renaming it moves its pods along. */
export function saveNamespace(
  cluster: SimCluster,
  original: string | null,
  form: NamespaceForm,
): EditResult {
  const name = parseNamespaceName(form.name);
  if (!name.ok) return problem('name', name);
  const labels = parseLabels(form.labels);
  if (!labels.ok) return problem('labels', labels);
  if (name.value !== original && cluster.namespaces.some((ns) => ns.name === name.value)) {
    return { ok: false, field: 'name', problem: `There is already a namespace ${name.value}.` };
  }
  if (original === null && cluster.namespaces.length >= MAX_NAMESPACES) {
    return {
      ok: false,
      field: 'name',
      problem: `This simulator keeps to ${String(MAX_NAMESPACES)} namespaces.`,
    };
  }
  const entry = { name: name.value, labels: labels.value };
  if (original === null) {
    return {
      ok: true,
      cluster: { ...cluster, namespaces: [...cluster.namespaces, entry] },
      change: `Added namespace ${name.value}`,
    };
  }
  return {
    ok: true,
    cluster: {
      ...cluster,
      namespaces: cluster.namespaces.map((ns) => (ns.name === original ? entry : ns)),
      pods: cluster.pods.map((pod) =>
        pod.namespace === original ? { ...pod, namespace: name.value } : pod,
      ),
    },
    change: `Changed namespace ${name.value}`,
  };
}

/** Removes a namespace and its pods. */
export function deleteNamespace(cluster: SimCluster, name: string): EditResult {
  const pods = cluster.pods.filter((pod) => pod.namespace === name).length;
  return {
    ok: true,
    cluster: {
      ...cluster,
      namespaces: cluster.namespaces.filter((ns) => ns.name !== name),
      pods: cluster.pods.filter((pod) => pod.namespace !== name),
    },
    change: `Deleted namespace ${name}${pods > 0 ? ` and its ${String(pods)} ${pods === 1 ? 'pod' : 'pods'}` : ''}`,
  };
}

/** Adds a pod (original null) or changes the pod "namespace/name". */
export function savePod(cluster: SimCluster, original: string | null, form: PodForm): EditResult {
  if (!cluster.namespaces.some((ns) => ns.name === form.namespace)) {
    return {
      ok: false,
      field: 'namespace',
      problem: 'Choose one of the namespaces (add one first if there is none).',
    };
  }
  const name = parsePodName(form.name);
  if (!name.ok) return problem('name', name);
  const labels = parseLabels(form.labels);
  if (!labels.ok) return problem('labels', labels);
  const ip = parseAddress(form.ip);
  if (!ip.ok) return problem('ip', ip);
  const ports = parsePorts(form.ports);
  if (!ports.ok) return problem('ports', ports);
  const key = `${form.namespace}/${name.value}`;
  const others = cluster.pods.filter((pod) => `${pod.namespace}/${pod.name}` !== original);
  if (others.some((pod) => `${pod.namespace}/${pod.name}` === key)) {
    return { ok: false, field: 'name', problem: `There is already a pod ${key}.` };
  }
  const owner = addressOwner(cluster, others, ip.value);
  if (owner)
    return { ok: false, field: 'ip', problem: `${ip.value} is already the address of ${owner}.` };
  if (form.node !== '' && !(cluster.nodes ?? []).some((node) => node.name === form.node)) {
    return { ok: false, field: 'node', problem: 'Choose one of the nodes.' };
  }
  if (original === null && cluster.pods.length >= MAX_PODS) {
    return {
      ok: false,
      field: 'name',
      problem: `This simulator keeps to ${String(MAX_PODS)} pods.`,
    };
  }
  const pod = {
    namespace: form.namespace,
    name: name.value,
    labels: labels.value,
    ip: ip.value,
    ports: ports.value,
    ...(form.node === '' ? {} : { node: form.node }),
  };
  const pods =
    original === null
      ? [...cluster.pods, pod]
      : cluster.pods.map((p) => (`${p.namespace}/${p.name}` === original ? pod : p));
  return {
    ok: true,
    cluster: { ...cluster, pods },
    change: `${original === null ? 'Added' : 'Changed'} pod ${key}`,
  };
}

/** Removes the pod "namespace/name". */
export function deletePod(cluster: SimCluster, key: string): EditResult {
  return {
    ok: true,
    cluster: {
      ...cluster,
      pods: cluster.pods.filter((pod) => `${pod.namespace}/${pod.name}` !== key),
    },
    change: `Deleted pod ${key}`,
  };
}

/** Who already uses an address: another pod, a node or an outside address (null: nobody). */
function addressOwner(
  cluster: SimCluster,
  otherPods: SimCluster['pods'],
  ip: string,
): string | null {
  const pod = otherPods.find((p) => p.ip === ip);
  if (pod) return `pod ${pod.namespace}/${pod.name}`;
  const node = (cluster.nodes ?? []).find((n) => n.ip === ip);
  if (node) return `node ${node.name}`;
  const outside = cluster.outside.find((o) => o.ip === ip);
  return outside ? `the outside address ${outside.name}` : null;
}

/** A failed field parse as an edit result. */
function problem(field: string, parsed: Extract<Parsed<unknown>, { ok: false }>): EditResult {
  return { ok: false, field, problem: parsed.problem };
}
