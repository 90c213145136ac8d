import { describe, expect, it } from 'vitest';
import { emptyCniState, runCni } from '~/sim/cni';
import { chain, pod } from './fixtures';

describe('runCni ADD', () => {
  it('runs bridge (with host-local) then portmap and returns the spec result', () => {
    const run = runCni(
      chain(),
      'ADD',
      { ...pod('pod-a'), portMappings: [{ hostPort: 8080, containerPort: 80, protocol: 'tcp' }] },
      emptyCniState(),
    );
    expect(run.ok).toBe(true);
    expect(run.calls.map((c) => [c.plugin, c.command, c.delegatedBy ?? null])).toEqual([
      ['bridge', 'ADD', null],
      ['host-local', 'ADD', 'bridge'],
      ['portmap', 'ADD', null],
    ]);
    expect(run.result?.ips).toEqual([
      { address: '10.22.0.2/16', gateway: '10.22.0.1', interface: 2 },
    ]);
    expect(run.result?.routes).toEqual([{ dst: '0.0.0.0/0' }]);
    expect(
      run.result?.interfaces.map((i) => [
        i.name.replace(/^veth[0-9a-f]{8}$/, 'veth*'),
        i.sandbox ?? null,
      ]),
    ).toEqual([
      ['cni0', null],
      ['veth*', null],
      ['eth0', '/var/run/netns/pod-a'],
    ]);
    expect(run.calls[0]?.env).toEqual({
      CNI_COMMAND: 'ADD',
      CNI_CONTAINERID: 'pod-a',
      CNI_NETNS: '/var/run/netns/pod-a',
      CNI_IFNAME: 'eth0',
      CNI_PATH: '/opt/cni/bin',
    });
    expect(run.calls[0]?.actions[0]).toBe('created bridge cni0');
    expect(run.calls[2]?.actions).toEqual(['DNAT 0.0.0.0:8080/tcp → 10.22.0.2:80']);
    expect(JSON.parse(run.calls[2]?.stdin ?? '{}')).toMatchObject({
      name: 'podnet',
      runtimeConfig: { portMappings: [{ hostPort: 8080, containerPort: 80, protocol: 'tcp' }] },
      prevResult: { ips: [{ address: '10.22.0.2/16' }] },
    });
  });

  it('maps no port when portmap does not declare the portMappings capability (the spec)', () => {
    const config = chain();
    const plugins = config.plugins.map((p) => {
      if (p.type !== 'portmap') return p;
      const { capabilities: _dropped, ...rest } = p;
      return rest;
    });
    const run = runCni(
      { ...config, plugins },
      'ADD',
      { ...pod('pod-a'), portMappings: [{ hostPort: 8080, containerPort: 80, protocol: 'tcp' }] },
      emptyCniState(),
    );
    expect(run.ok).toBe(true);
    expect(JSON.parse(run.calls[2]?.stdin ?? '{}')).not.toHaveProperty('runtimeConfig');
    expect(run.calls[2]?.actions[0]).toMatch(/^no "capabilities": \{"portMappings": true\}/);
    expect(Object.values(run.state.portMappings)).toEqual([[]]);
  });

  it('gives the second container the next address and reuses the bridge', () => {
    const first = runCni(chain(), 'ADD', pod('pod-a'), emptyCniState());
    const second = runCni(chain(), 'ADD', pod('pod-b'), first.state);
    expect(second.result?.ips[0]?.address).toBe('10.22.0.3/16');
    expect(second.calls[0]?.actions[0]).toBe('bridge cni0 already exists');
  });

  it('does not change the state object it was given', () => {
    const state = emptyCniState();
    runCni(chain(), 'ADD', pod('pod-a'), state);
    expect(state).toEqual(emptyCniState());
  });

  it('refuses a second ADD of the same attachment without DEL', () => {
    const first = runCni(chain(), 'ADD', pod('pod-a'), emptyCniState());
    const again = runCni(chain(), 'ADD', pod('pod-a'), first.state);
    expect(again.ok).toBe(false);
    expect(again.calls).toEqual([]);
  });
});

describe('runCni DEL', () => {
  it('runs the plugins in reverse order and releases the address', () => {
    const added = runCni(chain(), 'ADD', pod('pod-a'), emptyCniState());
    const deleted = runCni(chain(), 'DEL', pod('pod-a'), added.state);
    expect(deleted.ok).toBe(true);
    expect(deleted.calls.map((c) => c.plugin)).toEqual(['portmap', 'bridge', 'host-local']);
    expect(deleted.calls[2]?.actions).toEqual(['released 10.22.0.2']);
    expect(deleted.state.allocations).toEqual({});
    expect(deleted.state.cache).toEqual({});
  });

  it('is idempotent: a second DEL succeeds and releases nothing', () => {
    const added = runCni(chain(), 'ADD', pod('pod-a'), emptyCniState());
    const once = runCni(chain(), 'DEL', pod('pod-a'), added.state);
    const twice = runCni(chain(), 'DEL', pod('pod-a'), once.state);
    expect(twice.ok).toBe(true);
    expect(twice.calls[2]?.actions).toEqual([
      'nothing reserved for pod-a/eth0; nothing to release',
    ]);
  });

  it('hands out the address after the last one, like host-local, not the one just freed', () => {
    let state = runCni(chain(), 'ADD', pod('a'), emptyCniState()).state;
    state = runCni(chain(), 'ADD', pod('b'), state).state;
    state = runCni(chain(), 'DEL', pod('b'), state).state;
    expect(runCni(chain(), 'ADD', pod('c'), state).result?.ips[0]?.address).toBe('10.22.0.4/16');
  });
});

describe('host-local exhaustion', () => {
  it("fails on a full /30 with host-local's error and the kubelet line", () => {
    const first = runCni(chain('10.22.0.0/30'), 'ADD', pod('pod-a'), emptyCniState());
    expect(first.result?.ips[0]?.address).toBe('10.22.0.2/30');
    const full = runCni(chain('10.22.0.0/30'), 'ADD', pod('pod-b'), first.state);
    expect(full.ok).toBe(false);
    expect(full.error).toEqual({
      code: 999,
      msg: 'failed to allocate for range 0: no IP addresses available in range set: 10.22.0.1-10.22.0.2',
    });
    expect(full.kubeletMessage).toBe(
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "pod-b": plugin type="bridge" name="podnet" failed (add): failed to allocate for range 0: no IP addresses available in range set: 10.22.0.1-10.22.0.2',
    );
    expect(full.calls.map((c) => c.plugin)).toEqual(['bridge', 'host-local']);
  });

  it('wraps around to a freed address once the end of the range is reached', () => {
    const config = chain('10.22.0.0/29'); // usable .2-.6 (gateway .1)
    let state = emptyCniState();
    for (const id of ['a', 'b', 'c', 'd', 'e']) state = runCni(config, 'ADD', pod(id), state).state;
    state = runCni(config, 'DEL', pod('b'), state).state;
    expect(runCni(config, 'ADD', pod('f'), state).result?.ips[0]?.address).toBe('10.22.0.3/29');
  });
});
