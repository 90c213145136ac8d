import { describe, expect, it } from 'vitest';
import {
  InputError,
  kernelProbability,
  renderIpvs,
  renderIptables,
  renderNft,
} from '~/sim/services';
import { cluster, webService } from './fixture';

/** The lines of a text that start with a prefix. */
function lines(text: string, prefix: string): string[] {
  return text.split('\n').filter((l) => l.startsWith(prefix));
}

describe('renderIptables', () => {
  it('writes the KUBE-SERVICES → KUBE-SVC → KUBE-SEP path with kube-proxy\u2019s names and probabilities', () => {
    const text = renderIptables(cluster(), 'node-a');
    expect(lines(text, '-A KUBE-SERVICES -d')).toEqual([
      '-A KUBE-SERVICES -d 10.96.0.20/32 -p tcp -m comment --comment "default/web:http cluster IP" -m tcp --dport 80 -j KUBE-SVC-CDGGSHYLG3RE2FKL',
    ]);
    const ladder = lines(text, '-A KUBE-SVC-CDGGSHYLG3RE2FKL -m comment');
    expect(ladder.map((l) => /--probability (\S+)/.exec(l)?.[1] ?? 'last')).toEqual([
      '0.3333333333',
      '0.5000000000',
      'last',
    ]);
    expect(lines(text, '-A KUBE-SVC-CDGGSHYLG3RE2FKL ! -s')).toEqual([
      '-A KUBE-SVC-CDGGSHYLG3RE2FKL ! -s 10.244.0.0/16 -d 10.96.0.20/32 -p tcp -m comment --comment "default/web:http cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ',
    ]);
    expect(text).toContain('-j DNAT --to-destination 10.244.2.5:8080');
    expect(text).toContain('-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000');
  });

  it('prints the kernel\u2019s 31-bit value when asked, as a live iptables-save does', () => {
    expect(kernelProbability('0.3333333333')).toBe('0.33333333349');
    expect(kernelProbability('0.5000000000')).toBe('0.50000000000');
    expect(renderIptables(cluster(), 'node-a', { probabilities: 'kernel' })).toContain(
      '--probability 0.33333333349',
    );
  });

  it('sends node ports through KUBE-EXT, masquerading with Cluster and using KUBE-SVL with Local', () => {
    const cl = renderIptables(cluster([webService({ type: 'NodePort' })]), 'node-b');
    expect(lines(cl, '-A KUBE-NODEPORTS')).toEqual([
      '-A KUBE-NODEPORTS -p tcp -m comment --comment default/web:http -m tcp --dport 30086 -j KUBE-EXT-CDGGSHYLG3RE2FKL',
    ]);
    expect(lines(cl, '-A KUBE-EXT-')).toEqual([
      '-A KUBE-EXT-CDGGSHYLG3RE2FKL -m comment --comment "masquerade traffic for default/web:http external destinations" -j KUBE-MARK-MASQ',
      '-A KUBE-EXT-CDGGSHYLG3RE2FKL -j KUBE-SVC-CDGGSHYLG3RE2FKL',
    ]);
    const local = renderIptables(
      cluster([webService({ type: 'NodePort', externalTrafficPolicy: 'Local' })]),
      'node-b',
    );
    expect(lines(local, '-A KUBE-EXT-').at(-1)).toBe(
      '-A KUBE-EXT-CDGGSHYLG3RE2FKL -j KUBE-SVL-CDGGSHYLG3RE2FKL',
    );
    expect(lines(local, '-A KUBE-SVL-')).toEqual([
      '-A KUBE-SVL-CDGGSHYLG3RE2FKL -m comment --comment "default/web:http -> 10.244.1.5:8080" -j KUBE-SEP-AFGSLHOD2HFNCBX4',
    ]);
  });

  it('checks recent lists first with ClientIP affinity, for timeoutSeconds', () => {
    const text = renderIptables(
      cluster([
        webService({
          sessionAffinity: 'ClientIP',
          sessionAffinityConfig: { clientIP: { timeoutSeconds: 600 } },
        }),
      ]),
      'node-a',
    );
    expect(lines(text, '-A KUBE-SVC-CDGGSHYLG3RE2FKL -m comment')[0]).toBe(
      '-A KUBE-SVC-CDGGSHYLG3RE2FKL -m comment --comment "default/web:http -> 10.244.0.5:8080" -m recent --rcheck --seconds 600 --reap --name KUBE-SEP-7U6MWNJWR3SADOJA --mask 255.255.255.255 --rsource -j KUBE-SEP-7U6MWNJWR3SADOJA',
    );
  });

  it('rejects in the filter table a Service with no endpoints, and writes no nat chain for it', () => {
    const text = renderIptables(cluster([webService({ selector: { app: 'none' } })]), 'node-a');
    expect(lines(text, '-A KUBE-SERVICES -d')).toEqual([
      '-A KUBE-SERVICES -d 10.96.0.20/32 -p tcp -m comment --comment "default/web:http has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
    ]);
    expect(text).not.toContain('KUBE-SVC-');
  });

  it('writes nothing for headless and ExternalName Services, and refuses an unknown node', () => {
    const text = renderIptables(cluster([webService({ clusterIP: 'None' })]), 'node-a');
    expect(text).not.toContain('default/web');
    expect(() => renderIptables(cluster(), 'node-z')).toThrow(InputError);
  });
});

describe('renderNft and renderIpvs', () => {
  it('puts cluster IPs in the service-ips verdict map and spreads with numgen', () => {
    const text = renderNft(cluster([webService({ type: 'NodePort' })]), 'node-a');
    expect(text).toContain(
      '\t\telements = { 10.96.0.20 . tcp . 80 : goto service-SUSTUHLJ-default/web/tcp/http }',
    );
    expect(text).toContain('tcp . 30086 : goto external-SUSTUHLJ-default/web/tcp/http');
    expect(text).toMatch(
      /numgen random mod 3 vmap \{ 0 : goto endpoint-[A-Z2-7]{8}-default\/web\/tcp\/http__10\.244\.0\.5\/8080, /,
    );
    expect(text).toContain('\t\tmeta l4proto tcp dnat to 10.244.2.5:8080');
  });

  it('lists an IPVS virtual server per address with round robin and persistence for affinity', () => {
    const text = renderIpvs(
      cluster([webService({ type: 'NodePort', sessionAffinity: 'ClientIP' })]),
      'node-b',
    );
    expect(lines(text, 'TCP')).toEqual([
      'TCP  10.96.0.20:80 rr persistent 10800',
      'TCP  192.168.1.11:30086 rr persistent 10800',
    ]);
    expect(lines(text, '  -> 10.244')).toHaveLength(6);
  });
});
