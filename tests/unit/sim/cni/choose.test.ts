import { describe, expect, it } from 'vitest';
import { isInputError, type Need } from '~/sim/cni';
import { choosePlugins, parseNeeds } from '~/sim/cni/choose';
import { NEEDS, PLUGINS } from '~/sim/cni/plugin-facts';

// Each plugin's support for each need, as checked against its documentation on 2026-12-04.
const EXPECTED: Record<string, Record<Need, string>> = {
  calico: {
    policy: 'yes',
    encryption: 'yes',
    performance: 'yes',
    simplicity: 'partial',
    cloud: 'partial',
    scale: 'yes',
    windows: 'yes',
  },
  cilium: {
    policy: 'yes',
    encryption: 'yes',
    performance: 'yes',
    simplicity: 'partial',
    cloud: 'yes',
    scale: 'yes',
    windows: 'unconfirmed',
  },
  flannel: {
    policy: 'no',
    encryption: 'yes',
    performance: 'partial',
    simplicity: 'yes',
    cloud: 'no',
    scale: 'unconfirmed',
    windows: 'yes',
  },
  canal: {
    policy: 'yes',
    encryption: 'unconfirmed',
    performance: 'partial',
    simplicity: 'partial',
    cloud: 'no',
    scale: 'unconfirmed',
    windows: 'unconfirmed',
  },
  'kube-router': {
    policy: 'yes',
    encryption: 'no',
    performance: 'yes',
    simplicity: 'yes',
    cloud: 'no',
    scale: 'unconfirmed',
    windows: 'unconfirmed',
  },
  'weave-net': {
    policy: 'yes',
    encryption: 'yes',
    performance: 'partial',
    simplicity: 'yes',
    cloud: 'no',
    scale: 'unconfirmed',
    windows: 'unconfirmed',
  },
  'aws-vpc-cni': {
    policy: 'yes',
    encryption: 'partial',
    performance: 'yes',
    simplicity: 'yes',
    cloud: 'yes',
    scale: 'partial',
    windows: 'yes',
  },
};

/** The ranking as "name score" lines. */
function ranking(needs: Need[]): string[] {
  return choosePlugins(needs).map((v) => `${v.name} ${String(v.score)}`);
}

describe('choosePlugins', () => {
  it('gives each plugin the documented support for each need', () => {
    for (const need of NEEDS) {
      const seen = Object.fromEntries(
        choosePlugins([need]).map((v) => [v.plugin, v.needs[0]?.support]),
      );
      const wanted = Object.fromEntries(
        Object.entries(EXPECTED).map(([id, row]) => [id, row[need]]),
      );
      expect({ need, seen }).toEqual({ need, seen: wanted });
    }
  });

  it('ranks by points, then maintained plugins, then the fixed order', () => {
    expect(ranking(['policy', 'encryption'])).toEqual([
      'Calico 4',
      'Cilium 4',
      'Weave Net 4',
      'Amazon VPC CNI 3',
      'Flannel 2',
      'Canal 2',
      'kube-router 2',
    ]);
    expect(ranking(['cloud', 'windows'])).toEqual([
      'Amazon VPC CNI 4',
      'Calico 3',
      'Cilium 2',
      'Flannel 2',
      'Canal 0',
      'kube-router 0',
      'Weave Net 0',
    ]);
  });

  it('puts the unmaintained Weave Net after maintained plugins with the same score', () => {
    const order = choosePlugins(['simplicity']).map((v) => v.plugin);
    expect(order).toEqual([
      'flannel',
      'kube-router',
      'aws-vpc-cni',
      'weave-net',
      'calico',
      'cilium',
      'canal',
    ]);
    expect(choosePlugins([]).at(-1)?.plugin).toBe('weave-net');
  });

  it('says whether every need is fully met, and ignores duplicates', () => {
    const met = choosePlugins(['policy', 'cloud', 'policy']).filter((v) => v.meetsAll);
    expect(met.map((v) => v.plugin)).toEqual(['cilium', 'aws-vpc-cni']);
    expect(met[0]?.needs.map((n) => n.need)).toEqual(['policy', 'cloud']);
  });

  it('gives every fact a reason, an https source and the date it was checked', () => {
    for (const verdict of choosePlugins([...NEEDS])) {
      expect(verdict.status.length).toBeGreaterThan(20);
      expect(verdict.statusSource).toMatch(/^https:\/\//);
      for (const need of verdict.needs) {
        expect(need.reason.length).toBeGreaterThan(20);
        expect(need.source).toMatch(/^https:\/\//);
        expect(need.checked).toBe('2026-12-04');
        if (need.support === 'unconfirmed') expect(need.reason).toMatch(/^Not confirmed/);
      }
    }
  });

  it('marks Weave Net unmaintained with when its repository was archived, and only it', () => {
    expect(PLUGINS.filter((p) => !p.maintained).map((p) => p.id)).toEqual(['weave-net']);
    expect(PLUGINS.find((p) => p.id === 'weave-net')?.status).toContain(
      'archived the weaveworks/weave repository in 2024',
    );
  });
});

describe('parseNeeds', () => {
  it('reads a comma list in the chooser order and refuses unknown names', () => {
    expect(parseNeeds(' encryption, policy ,')).toEqual(['policy', 'encryption']);
    expect(parseNeeds('')).toEqual([]);
    try {
      parseNeeds('policy,speed');
      expect.fail('expected an InputError');
    } catch (error) {
      expect(isInputError(error)).toBe(true);
      expect((error as Error).message).toBe(
        'Unknown need "speed": choose from policy, encryption, performance, simplicity, cloud, scale, windows.',
      );
    }
  });
});
