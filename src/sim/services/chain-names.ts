import { base32, sha256 } from './sha256';

// Chain names exactly as kube-proxy derives them (pkg/proxy/iptables/proxier.go and
// pkg/proxy/nftables/proxier.go): base32 of SHA-256, truncated, so that names are short and stable.

/** The "namespace/name:portName" string kube-proxy hashes (":" even when the port has no name). */
export function servicePortName(namespace: string, name: string, portName: string): string {
  return `${namespace}/${name}:${portName}`;
}

/** kube-proxy's portProtoHash: the first 16 base32 characters of sha256(name + protocol). */
export function portProtoHash(portNameString: string, protocol: string): string {
  return base32(sha256(portNameString + protocol.toLowerCase())).slice(0, 16);
}

/** The iptables chains of one Service port: KUBE-SVC (Cluster), KUBE-SVL (Local), KUBE-EXT, KUBE-FW. */
export function iptablesServiceChains(portNameString: string, protocol: string) {
  const hash = portProtoHash(portNameString, protocol);
  return {
    cluster: `KUBE-SVC-${hash}`,
    local: `KUBE-SVL-${hash}`,
    external: `KUBE-EXT-${hash}`,
    firewall: `KUBE-FW-${hash}`,
  };
}

/** The KUBE-SEP chain of one endpoint ("ip:port") of a Service port. */
export function iptablesEndpointChain(
  portNameString: string,
  protocol: string,
  endpoint: string,
): string {
  const hash = base32(sha256(portNameString + protocol.toLowerCase() + endpoint)).slice(0, 16);
  return `KUBE-SEP-${hash}`;
}

/** kube-proxy nftables' hashAndTruncate: an 8-character hash, a dash, then the readable name. */
function hashAndTruncate(name: string): string {
  const full = `${base32(sha256(name)).slice(0, 8)}-${name}`;
  return full.length > 240 ? `${full.slice(0, 237)}...` : full;
}

/** The nftables base name "HASH-namespace/name/protocol/portName" of a Service port. */
export function nftServiceBase(
  namespace: string,
  name: string,
  protocol: string,
  portName: string,
): string {
  return hashAndTruncate(`${namespace}/${name}/${protocol.toLowerCase()}/${portName}`);
}

/** The nftables base name of one endpoint: "HASH-ns/name/proto/port__ip/port" (IPv6 ':' → '.'). */
export function nftEndpointBase(
  namespace: string,
  name: string,
  protocol: string,
  portName: string,
  ip: string,
  port: number,
): string {
  const safeIp = ip.replaceAll(':', '.');
  return hashAndTruncate(
    `${namespace}/${name}/${protocol.toLowerCase()}/${portName}__${safeIp}/${String(port)}`,
  );
}
