/**
 * The shapes the manifest reader accepts: each Gateway API field with its type, its allowed
 * values and the checks the API server's validation makes that matter to a learner.
 */

/** A field's expected shape. */
export type Shape =
  | {
      readonly t: 'string';
      readonly oneOf?: readonly string[];
      readonly check?: (v: string) => string | null;
    }
  | { readonly t: 'int'; readonly min: number; readonly max: number }
  | { readonly t: 'list'; readonly of: Shape; readonly max?: number }
  | {
      readonly t: 'object';
      readonly fields: Readonly<Record<string, Shape>>;
      readonly required?: readonly string[];
      /** A check across fields: the field at fault and the message, or null. */
      readonly check?: (
        value: Readonly<Record<string, unknown>>,
      ) => readonly [string, string] | null;
    }
  | { readonly t: 'stringMap' }
  | { readonly t: 'any' };

const str: Shape = { t: 'string' };
const any: Shape = { t: 'any' };
/** A mapping of string keys to string values (labels, matchLabels). */
const stringMap: Shape = { t: 'stringMap' };
const port: Shape = { t: 'int', min: 1, max: 65535 };

const HOSTNAME = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Why a hostname is not valid in the Gateway API, or null when it is. */
export function hostnameProblem(value: string): string | null {
  if (value.length > 253) return `the hostname '${value}' is longer than 253 characters`;
  if (/^[\d.]+$/.test(value) || value.includes(':')) {
    return `'${value}' is an IP address, and a hostname here must be a DNS name`;
  }
  if (HOSTNAME.test(value)) return null;
  if (value.includes('*')) {
    return `'${value}' puts its wildcard in the wrong place: only a whole first label '*.' is allowed (like *.example.com)`;
  }
  return `'${value}' is not a valid hostname: use lower-case letters, digits, '-' and dots (like shop.example.com)`;
}

/** Why a regular expression cannot be compiled, or null when it can. */
export function regexProblem(value: string): string | null {
  try {
    new RegExp(value, 'u');
    return null;
  } catch {
    return `'${value}' is not a valid regular expression`;
  }
}

const hostname: Shape = { t: 'string', check: hostnameProblem };
const metadata: Shape = {
  t: 'object',
  required: ['name'],
  fields: {
    name: str,
    namespace: str,
    labels: stringMap,
    annotations: stringMap,
    creationTimestamp: {
      t: 'string',
      check: (v) =>
        Number.isNaN(Date.parse(v)) ? `'${v}' is not a timestamp like 2026-01-31T12:00:00Z` : null,
    },
    ...Object.fromEntries(
      [
        'uid',
        'resourceVersion',
        'generation',
        'generateName',
        'managedFields',
        'finalizers',
        'ownerReferences',
        'selfLink',
      ].map((name) => [name, any]),
    ),
  },
};
const selector: Shape = {
  t: 'object',
  fields: {
    matchLabels: stringMap,
    matchExpressions: {
      t: 'list',
      of: {
        t: 'object',
        required: ['key', 'operator'],
        fields: {
          key: str,
          operator: { t: 'string', oneOf: ['In', 'NotIn', 'Exists', 'DoesNotExist'] },
          values: { t: 'list', of: str },
        },
      },
    },
  },
};
const listener: Shape = {
  t: 'object',
  required: ['name', 'port', 'protocol'],
  fields: {
    name: str,
    hostname,
    port,
    protocol: str,
    tls: any,
    allowedRoutes: {
      t: 'object',
      fields: {
        namespaces: {
          t: 'object',
          fields: { from: { t: 'string', oneOf: ['Same', 'All', 'Selector'] }, selector },
        },
        kinds: {
          t: 'list',
          of: { t: 'object', required: ['kind'], fields: { group: str, kind: str } },
        },
      },
    },
  },
};
/** A RegularExpression value must compile; an Exact or PathPrefix path must start with '/'. */
function valueCheck(value: Readonly<Record<string, unknown>>): readonly [string, string] | null {
  const text = typeof value['value'] === 'string' ? value['value'] : undefined;
  if (text === undefined) return null;
  if (value['type'] === 'RegularExpression') {
    const problem = regexProblem(text);
    return problem ? ['value', problem] : null;
  }
  const isPath = !('name' in value);
  return isPath && !text.startsWith('/')
    ? ['value', `the path '${text}' must start with '/'`]
    : null;
}
const valueMatch: Shape = {
  t: 'object',
  required: ['name', 'value'],
  fields: { type: { t: 'string', oneOf: ['Exact', 'RegularExpression'] }, name: str, value: str },
  check: valueCheck,
};
const backendRef: Shape = {
  t: 'object',
  required: ['name'],
  fields: {
    group: str,
    kind: str,
    name: str,
    namespace: str,
    port,
    weight: { t: 'int', min: 0, max: 1000000 },
    filters: any,
  },
};
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'];
const rule: Shape = {
  t: 'object',
  fields: {
    name: str,
    matches: {
      t: 'list',
      max: 64,
      of: {
        t: 'object',
        fields: {
          path: {
            t: 'object',
            fields: {
              type: { t: 'string', oneOf: ['Exact', 'PathPrefix', 'RegularExpression'] },
              value: str,
            },
            check: valueCheck,
          },
          headers: { t: 'list', max: 16, of: valueMatch },
          queryParams: { t: 'list', max: 16, of: valueMatch },
          method: { t: 'string', oneOf: METHODS },
        },
      },
    },
    filters: any,
    backendRefs: { t: 'list', max: 16, of: backendRef },
    timeouts: any,
    retry: any,
    sessionPersistence: any,
  },
};

/** The spec of each kind the reader accepts, with its apiVersions. */
export const KINDS: Readonly<Record<string, { versions: readonly string[]; spec: Shape | null }>> =
  {
    Gateway: {
      versions: ['gateway.networking.k8s.io/v1', 'gateway.networking.k8s.io/v1beta1'],
      spec: {
        t: 'object',
        required: ['gatewayClassName', 'listeners'],
        fields: {
          gatewayClassName: str,
          listeners: { t: 'list', of: listener, max: 64 },
          addresses: any,
          infrastructure: any,
          tls: any,
          allowedListeners: any,
        },
      },
    },
    HTTPRoute: {
      versions: ['gateway.networking.k8s.io/v1', 'gateway.networking.k8s.io/v1beta1'],
      spec: {
        t: 'object',
        fields: {
          parentRefs: {
            t: 'list',
            max: 32,
            of: {
              t: 'object',
              required: ['name'],
              fields: { group: str, kind: str, namespace: str, name: str, sectionName: str, port },
            },
          },
          hostnames: { t: 'list', of: hostname, max: 16 },
          rules: { t: 'list', of: rule, max: 16 },
        },
      },
    },
    ReferenceGrant: {
      // v1beta1; the Gateway API project has since added a v1 with the same fields.
      versions: ['gateway.networking.k8s.io/v1beta1', 'gateway.networking.k8s.io/v1'],
      spec: {
        t: 'object',
        required: ['from', 'to'],
        fields: {
          from: {
            t: 'list',
            of: {
              t: 'object',
              required: ['group', 'kind', 'namespace'],
              fields: { group: str, kind: str, namespace: str },
            },
          },
          to: {
            t: 'list',
            of: {
              t: 'object',
              required: ['group', 'kind'],
              fields: { group: str, kind: str, name: str },
            },
          },
        },
      },
    },
    Service: { versions: ['v1'], spec: any },
    Namespace: { versions: ['v1'], spec: any },
  };

/** The fields of a whole object of any kind above. */
export function topShape(spec: Shape | null): Shape {
  return {
    t: 'object',
    required: ['apiVersion', 'kind', 'metadata', ...(spec && spec.t !== 'any' ? ['spec'] : [])],
    fields: { apiVersion: str, kind: str, metadata, spec: spec ?? any, status: any },
  };
}
