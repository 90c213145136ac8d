import { stringify } from 'yaml';
import { compileCluster, resolveCompiled, type DnsRecord, type DnsService } from '~/sim/dns';
import { randomFromNumber, type Random } from '../random';
import type { QuizOption, SingleQuestion } from '../types';
import { DNS_SPEC, DNS_TAGS, dnsLesson } from './dns-common';
import { NAMESPACES, headlessService, pick } from './dns-scenario';
import { base, letteredOptions } from './subnet-common';

// "What does this SRV lookup return?": a Service manifest and its endpoints' readiness; the key
// is the engine's answer (port and target of each record); distractors are the classic slips:
// the targetPort, a not-ready endpoint, the Service name as target, or no record at all.

const PORTS = [
  { name: 'postgres', port: 5432, targetPort: 15432 },
  { name: 'http', port: 80, targetPort: 8080 },
  { name: 'grpc', port: 9000, targetPort: 50051 },
];

/** The scenario of one seed. */
export function srvScenario(seed: number) {
  const random: Random = randomFromNumber(seed);
  const namespace = pick(random, NAMESPACES);
  const port = pick(random, PORTS);
  const headless = random() < 0.6;
  const ready = [true, random() < 0.5, random() < 0.5];
  const service: DnsService = headless
    ? headlessService('db', namespace, ready, port)
    : {
        name: 'db',
        namespace,
        type: 'ClusterIP',
        clusterIP: '10.96.7.70',
        ports: [{ name: port.name, port: port.port, protocol: 'TCP' }],
        endpoints: headlessService('db', namespace, ready).endpoints ?? [],
      };
  const askedPort = random() < 0.15 ? 'tcp' : port.name;
  const query = `_${askedPort}._tcp.db.${namespace}.svc.cluster.local.`;
  const cluster = { zone: 'cluster.local', services: [service], pods: [] };
  const result = resolveCompiled(compileCluster(cluster), {
    fromNamespace: namespace,
    name: query,
    type: 'SRV',
  });
  return { namespace, port, service, query, askedPort, records: result.answers };
}

type Scenario = ReturnType<typeof srvScenario>;

/** An answer as options show it: "port target" per record, or no record. */
export function srvText(records: readonly { port?: number; target?: string }[]): string {
  if (records.length === 0) return 'No SRV record (NXDOMAIN)';
  return records.map((r) => `${String(r.port ?? 0)} ${r.target ?? ''}`).join('; ');
}

/** Why a slip is wrong, for this Service and question. */
function slipReason(
  s: Scenario,
  reason: 'not-ready' | 'target-port' | 'own-name' | 'none',
): string {
  if (s.records.length === 0) {
    return `The Service names its port ${s.port.name}, not ${s.askedPort}, so no such SRV name exists.`;
  }
  const headless = s.service.clusterIP === 'None';
  switch (reason) {
    case 'not-ready':
      return headless
        ? 'Endpoints that are not ready get no records.'
        : 'A Service with a cluster IP has one SRV record per named port, whatever its endpoints.';
    case 'target-port':
      return 'The SRV port is the Service port, not the targetPort the pods listen on.';
    case 'own-name':
      return 'Only a Service with a cluster IP targets its own name; a headless Service names each ready endpoint.';
    case 'none':
      return 'The port is named and the Service has a cluster IP or ready endpoints, so records exist.';
  }
}

/** The records a slip would give: every endpoint, another port, or the Service as target. */
function slips(s: Scenario): { records: Partial<DnsRecord>[]; why: string }[] {
  const owner = `db.${s.namespace}.svc.cluster.local.`;
  const endpoints = s.service.endpoints ?? [];
  const ready = endpoints.filter((e) => e.ready);
  const host = (h?: string) => `${h ?? ''}.${owner}`;
  const { port, targetPort } = s.port;
  return [
    {
      records: endpoints.map((e) => ({ port, target: host(e.hostname) })),
      why: slipReason(s, 'not-ready'),
    },
    {
      records: ready.map((e) => ({ port: targetPort, target: host(e.hostname) })),
      why: slipReason(s, 'target-port'),
    },
    { records: [{ port, target: owner }], why: slipReason(s, 'own-name') },
    { records: [], why: slipReason(s, 'none') },
    { records: [{ port: targetPort, target: owner }], why: slipReason(s, 'target-port') },
  ];
}

/** The stem: the Service and its endpoints, and the query. */
function prompt(s: Scenario): string {
  const manifest = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'db', namespace: s.namespace },
    spec: {
      ...(s.service.clusterIP === 'None'
        ? { clusterIP: 'None' }
        : { clusterIP: s.service.clusterIP }),
      selector: { app: 'db' },
      ports: [
        { name: s.port.name, port: s.port.port, targetPort: s.port.targetPort, protocol: 'TCP' },
      ],
    },
  };
  const endpoints = (s.service.endpoints ?? []).map(
    (e) => `${e.hostname ?? ''} (${e.ip}) ${e.ready ? 'ready' : 'not ready'}`,
  );
  return [
    `\`\`\`yaml\n${stringify(manifest).trimEnd()}\n\`\`\``,
    `Its pods belong to a StatefulSet whose serviceName is db: ${endpoints.join(', ')}.`,
    `A pod runs \`dig +short SRV ${s.query}\` against the cluster DNS (domain cluster.local). Which port and target does each record of the answer carry?`,
  ].join('\n\n');
}

/** Makes the question for one seed. */
export function dnsSrvQuestion(seed: number): SingleQuestion {
  const s = srvScenario(seed);
  const right = srvText(s.records);
  const seen = new Set([right]);
  const wrong = slips(s).filter((w) => {
    const text = srvText(w.records);
    return !seen.has(text) && Boolean(seen.add(text));
  });
  const key =
    s.records.length === 0
      ? `No port is named ${s.askedPort}, and unnamed or unknown ports have no SRV record.`
      : `SRV records carry the Service port and, for ${s.service.clusterIP === 'None' ? 'a headless Service, each ready endpoint’s hostname record' : 'a Service with a cluster IP, the Service’s own name'}.`;
  const options: Omit<QuizOption, 'id'>[] = [
    { text: right, correct: true, explanation: `Right. ${key}` },
    ...wrong.slice(0, 3).map((w) => ({
      text: srvText(w.records),
      correct: false,
      explanation: `No. ${w.why} ${key}`,
    })),
  ];
  return {
    ...base('dns-srv-answer', prompt(s), {
      explanation:
        'The specification gives every named port an SRV record _<port>._<proto>.<service>.<ns>.svc.<zone>; a headless Service has one per ready endpoint, targeting <hostname>.<service>.<ns>.svc.<zone>.',
      references: [DNS_SPEC],
      topics: DNS_TAGS,
      difficulty: 3,
      lesson: dnsLesson('records-for-services-and-pods'),
    }),
    type: 'single',
    options: letteredOptions(seed, options),
  };
}
