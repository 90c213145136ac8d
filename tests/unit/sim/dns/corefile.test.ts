import { describe, expect, it } from 'vitest';
import { COREFILE_PLUGINS, corefileText } from '~/sim/dns';

// The kubeadm Corefile, as data.

describe('Corefile', () => {
  it('lists the kubeadm plugins in order', () => {
    expect(COREFILE_PLUGINS.map((p) => p.plugin)).toEqual([
      'errors',
      'health',
      'ready',
      'kubernetes',
      'prometheus',
      'forward',
      'cache',
      'loop',
      'reload',
      'loadbalance',
    ]);
  });

  it('renders the file, with another zone when asked', () => {
    const text = corefileText('corp.internal');
    expect(text.split('\n').slice(0, 10)).toEqual([
      '.:53 {',
      '    errors',
      '    health {',
      '       lameduck 5s',
      '    }',
      '    ready',
      '    kubernetes corp.internal in-addr.arpa ip6.arpa {',
      '       pods insecure',
      '       fallthrough in-addr.arpa ip6.arpa',
      '       ttl 30',
    ]);
    expect(text).toContain(
      '    forward . /etc/resolv.conf {\n       max_concurrent 1000\n    }\n    cache 30 {\n       disable success corp.internal\n       disable denial corp.internal\n    }\n',
    );
    expect(text.endsWith('    loadbalance\n}\n')).toBe(true);
  });

  it('explains every plugin and links its page', () => {
    for (const p of COREFILE_PLUGINS) {
      expect(p.explanation.length).toBeGreaterThan(40);
      expect(p.docs).toMatch(/^https:\/\/coredns\.io\/plugins\/[a-z]+\/$/);
    }
  });
});
