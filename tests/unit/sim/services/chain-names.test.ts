import { describe, expect, it } from 'vitest';
import { iptablesEndpointChain, iptablesServiceChains, portProtoHash } from '~/sim/services';
import { base32, sha256 } from '~/sim/services/sha256';
import { nftEndpointBase, nftServiceBase } from '~/sim/services/chain-names';

/** Hex of bytes, for the SHA-256 test vectors. */
function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('sha256 and base32', () => {
  it('match the FIPS 180-4 and RFC 4648 test vectors', () => {
    expect(hex(sha256('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hex(sha256(''))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(hex(sha256('a'.repeat(200))).slice(0, 8)).toBe('c2a908d9');
    expect(base32(new TextEncoder().encode('foobar'))).toBe('MZXW6YTBOI======');
    expect(base32(new TextEncoder().encode('f'))).toBe('MY======');
  });
});

describe('kube-proxy chain names', () => {
  it('gives the KUBE-SVC names every cluster has for kubernetes and kube-dns', () => {
    expect(portProtoHash('default/kubernetes:https', 'tcp')).toBe('NPX46M4PTMTKRN6Y');
    expect(iptablesServiceChains('kube-system/kube-dns:dns', 'UDP').cluster).toBe(
      'KUBE-SVC-TCOU7JCQXEZGVUNU',
    );
    expect(iptablesServiceChains('kube-system/kube-dns:dns-tcp', 'tcp').cluster).toBe(
      'KUBE-SVC-ERIFXISQEP7F7OF4',
    );
    expect(iptablesServiceChains('kube-system/kube-dns:metrics', 'tcp').external).toBe(
      'KUBE-EXT-JD5MR3NA4I4DYORP',
    );
  });

  it('hashes the endpoint into KUBE-SEP names, 16 characters after the prefix', () => {
    const a = iptablesEndpointChain('default/web:http', 'tcp', '10.244.0.5:8080');
    const b = iptablesEndpointChain('default/web:http', 'tcp', '10.244.1.5:8080');
    expect(a).toMatch(/^KUBE-SEP-[A-Z2-7]{16}$/);
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(28);
  });

  it('names nftables chains HASH-namespace/name/protocol/port', () => {
    expect(nftServiceBase('default', 'web', 'TCP', 'http')).toMatch(
      /^[A-Z2-7]{8}-default\/web\/tcp\/http$/,
    );
    expect(nftEndpointBase('default', 'web', 'tcp', 'http', '10.244.0.5', 8080)).toMatch(
      /^[A-Z2-7]{8}-default\/web\/tcp\/http__10\.244\.0\.5\/8080$/,
    );
  });
});
