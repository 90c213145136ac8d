import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { parsePolicies } from '~/sim/netpol';
import type { ClusterModel, Endpoint, Flow, NetworkPolicy, PodModel, Protocol } from '~/sim/netpol';

/** The folder of the NetworkPolicy fixtures. */
export const FIXTURES = fileURLToPath(new URL('../../../fixtures/netpol/', import.meta.url));

/** Reads a fixture file as text. */
export function fixtureText(path: string): string {
  return readFileSync(`${FIXTURES}${path}`, 'utf8');
}

/** A cluster model from tests/fixtures/netpol/clusters/<name>.yaml. */
export function loadCluster(name: string): ClusterModel {
  return parse(fixtureText(`clusters/${name}.yaml`)) as ClusterModel;
}

/** Policies from YAML through the real parser, which must find no error. */
export function policiesFrom(yaml: string): NetworkPolicy[] {
  const { policies, errors } = parsePolicies(yaml);
  expect(errors).toEqual([]);
  return policies;
}

/** The one policy of a YAML text. */
export function policyFrom(yaml: string): NetworkPolicy {
  const policies = policiesFrom(yaml);
  expect(policies).toHaveLength(1);
  const [policy] = policies;
  if (!policy) throw new Error('no policy');
  return policy;
}

/** Policies from files under tests/fixtures/netpol/policies/. */
export function loadPolicies(files: readonly string[]): NetworkPolicy[] {
  return files.flatMap((file) => policiesFrom(fixtureText(`policies/${file}`)));
}

/** "ns/pod" or "ip:1.2.3.4" as a flow endpoint. */
export function endpoint(text: string): Endpoint {
  if (text.startsWith('ip:')) return { ip: text.slice(3) };
  const [namespace = '', pod = ''] = text.split('/');
  return { namespace, pod };
}

/** A flow from two endpoint texts. */
export function flow(from: string, to: string, port: number | string, protocol?: Protocol): Flow {
  const base = { from: endpoint(from), to: endpoint(to), port };
  return protocol === undefined ? base : { ...base, protocol };
}

/** A pod with its IP and optional extras, from "ns/name". */
export function pod(
  key: string,
  ip: string,
  labels: Record<string, string> = {},
  extra: Partial<PodModel> = {},
): PodModel {
  const [namespace = '', name = ''] = key.split('/');
  return { namespace, name, labels, ip, ...extra };
}

/** A cluster of these pods; namespaces come from the pods, with labels where given. */
export function clusterOf(
  pods: PodModel[],
  namespaceLabels: Record<string, Record<string, string>> = {},
  nodes: ClusterModel['nodes'] = [],
): ClusterModel {
  const names = [...new Set([...pods.map((p) => p.namespace), ...Object.keys(namespaceLabels)])];
  return {
    namespaces: names.map((name) => ({ name, labels: namespaceLabels[name] ?? {} })),
    pods,
    nodes,
  };
}

/** One row of a scenario table. */
export interface ScenarioCase {
  from: string;
  to: string;
  port: number | string;
  protocol: Protocol;
  allowed: boolean;
}

/** A scenario: its policy files and its table of cases. */
export interface Scenario {
  title: string;
  policies: string[];
  cases: ScenarioCase[];
}

/** Reads a scenario file: a cluster name and scenarios whose cases are whitespace-separated tables. */
export function loadScenarios(file: string): { cluster: string; scenarios: Scenario[] } {
  const raw = parse(fixtureText(`scenarios/${file}`)) as {
    cluster: string;
    scenarios: { title: string; policies: string[]; cases: string }[];
  };
  return {
    cluster: raw.cluster,
    scenarios: raw.scenarios.map((scenario) => ({
      title: scenario.title,
      policies: scenario.policies,
      cases: scenario.cases
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))
        .map(parseCase),
    })),
  };
}

/** One table line: from, to, port, protocol, allow|deny. */
function parseCase(line: string): ScenarioCase {
  const [from = '', to = '', port = '', protocol = '', expected = ''] = line.split(/\s+/);
  if (!['allow', 'deny'].includes(expected)) throw new Error(`bad expectation in: ${line}`);
  return {
    from,
    to,
    port: /^\d+$/.test(port) ? Number(port) : port,
    protocol: protocol as Protocol,
    allowed: expected === 'allow',
  };
}

/** Every error of a parse as one line: "document:line:column path | message". */
export function problems(yaml: string): string[] {
  return parsePolicies(yaml).errors.map(
    (e) => `${String(e.document)}:${String(e.line)}:${String(e.column)} ${e.path} | ${e.message}`,
  );
}

/** A NetworkPolicy document whose spec lines (already indented by two) start on line 7. */
export function withSpec(spec: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: p
  namespace: prod
spec:
${spec}`;
}
