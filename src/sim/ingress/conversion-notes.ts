import { LEGACY_CLASS_ANNOTATION } from './classes';
import type { Ingress } from './types';
import type { ConversionNote, SuggestedListener } from './to-http-route';

// The parts of an Ingress that an HTTPRoute cannot hold: annotations read by one controller,
// TLS (a Gateway listener's job) and wildcard hosts (wider in the Gateway API).

/** What to do instead of some well-known ingress-nginx annotations. */
const NGINX_HINTS: Readonly<Record<string, string>> = {
  'rewrite-target':
    'use a URLRewrite filter (replacePrefixMatch or replaceFullPath); regular-expression capture groups such as $2 have no standard equivalent.',
  'use-regex':
    'regular-expression paths are the RegularExpression path type, whose support and syntax vary by implementation.',
  'ssl-redirect':
    'add a RequestRedirect filter (scheme: https, statusCode: 301) on a route attached to the HTTP listener.',
  'force-ssl-redirect':
    'add a RequestRedirect filter (scheme: https, statusCode: 301) on a route attached to the HTTP listener.',
  canary: 'split traffic with weights on the backendRefs of one rule.',
  'canary-weight': 'split traffic with weights on the backendRefs of one rule.',
  'configuration-snippet':
    'raw NGINX configuration does not carry over; look for a filter or a policy resource of your Gateway implementation.',
  'server-snippet':
    'raw NGINX configuration does not carry over; look for a filter or a policy resource of your Gateway implementation.',
};

/** Annotation prefixes read by particular controllers. */
const CONTROLLER_PREFIXES = [
  'nginx.ingress.kubernetes.io/',
  'nginx.org/',
  'alb.ingress.kubernetes.io/',
  'traefik.ingress.kubernetes.io/',
  'haproxy.org/',
  'ingress.kubernetes.io/',
  'kubernetes.io/ingress.',
];

/** One note per annotation that some controller reads; the HTTPRoute carries none of them. */
export function annotationNotes(ingress: Ingress): ConversionNote[] {
  return Object.keys(ingress.metadata.annotations ?? {})
    .sort()
    .flatMap((key): ConversionNote[] => {
      const field = `metadata.annotations[${key}]`;
      if (key === LEGACY_CLASS_ANNOTATION) {
        return [
          {
            field,
            message:
              'The class annotation has no place on an HTTPRoute: the route attaches to a Gateway through parentRefs, and the Gateway names its GatewayClass.',
          },
        ];
      }
      if (!CONTROLLER_PREFIXES.some((prefix) => key.startsWith(prefix))) return [];
      const nginx = key.startsWith('nginx.ingress.kubernetes.io/')
        ? NGINX_HINTS[key.slice('nginx.ingress.kubernetes.io/'.length)]
        : undefined;
      return [
        {
          field,
          message: `This annotation belongs to one controller and was not carried over: ${nginx ?? 'look for a standard filter, or a policy resource of your Gateway implementation.'}`,
        },
      ];
    });
}

/** A note for each wildcard host: in the Gateway API it matches one or more labels, not exactly one. */
export function wildcardNotes(ingress: Ingress): ConversionNote[] {
  return (ingress.spec.rules ?? []).flatMap((rule, r): ConversionNote[] => {
    if (!rule.host?.startsWith('*.')) return [];
    const suffix = rule.host.slice(2);
    return [
      {
        field: `spec.rules[${String(r)}].host`,
        message: `${rule.host} matched exactly one label on the Ingress (a.${suffix}, not a.b.${suffix}); as an HTTPRoute hostname it matches one or more labels, so a.b.${suffix} now matches too.`,
      },
    ];
  });
}

/** A listener name made from a host: "https-shop-example-com". */
function listenerName(host: string | undefined, index: number): string {
  if (host === undefined) return `https-${String(index)}`;
  return `https-${host.replace(/^\*\./, 'wildcard.').replaceAll('.', '-')}`.slice(0, 63);
}

/** HTTPS listeners for spec.tls (one per host), and the note that TLS moved to the Gateway. */
export function tlsNotes(
  ingress: Ingress,
  gatewayName: string,
): { listeners: SuggestedListener[]; notes: ConversionNote[] } {
  const namespace = ingress.metadata.namespace ?? 'default';
  const listeners: SuggestedListener[] = [];
  const notes: ConversionNote[] = [];
  (ingress.spec.tls ?? []).forEach((entry, t) => {
    const hosts = entry.hosts && entry.hosts.length > 0 ? entry.hosts : [undefined];
    const refs =
      entry.secretName === undefined
        ? []
        : [{ kind: 'Secret' as const, name: entry.secretName, namespace }];
    for (const host of hosts) {
      listeners.push({
        name: listenerName(host, t),
        protocol: 'HTTPS',
        port: 443,
        ...(host === undefined ? {} : { hostname: host }),
        tls: { mode: 'Terminate', certificateRefs: refs },
      });
    }
    notes.push({
      field: `spec.tls[${String(t)}]`,
      message: `TLS is set on the Gateway, not on an HTTPRoute: add an HTTPS listener on port 443 to Gateway ${gatewayName} for ${entry.hosts?.join(', ') ?? 'every host'}${entry.secretName === undefined ? '' : ` with certificateRefs to Secret ${entry.secretName}`}. If the Gateway lives in another namespace than ${namespace}, a ReferenceGrant in ${namespace} must allow it to read the Secret.`,
    });
  });
  return { listeners, notes };
}
