import type { DnsService } from '~/sim/dns';

// Shared pieces of the DNS questions: tags, references, lesson links and how the stem lists
// Services.

export const DNS_TAGS = ['k8s:services'];
const LESSON = 'services/dns';

/** A link to a heading of the DNS lesson. */
export function dnsLesson(headingId: string): string {
  return `${LESSON}#${headingId}`;
}

export const DNS_PAGE = {
  title: 'Kubernetes documentation: DNS for Services and Pods',
  url: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/',
};
export const DNS_SPEC = {
  title: 'Kubernetes DNS-Based Service Discovery specification',
  url: 'https://github.com/kubernetes/dns/blob/master/docs/specification.md',
};
export const RESOLV_CONF_MAN = {
  title: 'resolv.conf(5) manual page (search, ndots)',
  url: 'https://man7.org/linux/man-pages/man5/resolv.conf.5.html',
};

/** One stem line per Service: "- web (namespace shop): ClusterIP 10.96.1.11". */
export function serviceLine(service: DnsService): string {
  const head = `- ${service.name} (namespace ${service.namespace}): `;
  if (service.clusterIP !== 'None') return `${head}ClusterIP ${service.clusterIP ?? ''}`;
  const ready = (service.endpoints ?? [])
    .map((e) => `${e.hostname ?? e.ip} ${e.ip} ${e.ready ? 'ready' : 'not ready'}`)
    .join(', ');
  return `${head}headless, endpoints ${ready}`;
}
