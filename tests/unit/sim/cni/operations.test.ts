import { describe, expect, it } from 'vitest';
import { emptyCniState, runCni } from '~/sim/cni';
import { chain, pod } from './fixtures';

describe('runCni CHECK, STATUS, GC and VERSION', () => {
  it('CHECK passes prevResult to every plugin in order after an ADD', () => {
    const added = runCni(chain(), 'ADD', pod('pod-a'), emptyCniState());
    const checked = runCni(chain(), 'CHECK', pod('pod-a'), added.state);
    expect(checked.ok).toBe(true);
    expect(checked.calls.map((c) => c.plugin)).toEqual(['bridge', 'host-local', 'portmap']);
    expect(
      checked.calls.every(
        (c) => (JSON.parse(c.stdin) as { prevResult?: unknown }).prevResult !== undefined,
      ),
    ).toBe(true);
  });

  it('CHECK before any ADD is refused by the runtime', () => {
    const run = runCni(chain(), 'CHECK', pod('pod-a'), emptyCniState());
    expect(run.error).toEqual({
      msg: 'no cached result for pod-a/eth0: CHECK is only allowed after a successful ADD',
    });
  });

  it('CHECK fails when the address reservation was lost', () => {
    const added = runCni(chain(), 'ADD', pod('pod-a'), emptyCniState());
    const lost = { ...added.state, allocations: {} };
    const run = runCni(chain(), 'CHECK', pod('pod-a'), lost);
    expect(run.error).toEqual({
      code: 999,
      msg: 'host-local: Failed to find address added by container pod-a',
    });
  });

  it('CHECK is not available before spec 0.4.0', () => {
    const run = runCni({ ...chain(), cniVersion: '0.3.1' }, 'CHECK', pod('pod-a'), emptyCniState());
    expect(run.error?.msg).toBe('configuration version "0.3.1" does not support the CHECK command');
  });

  it('STATUS asks each plugin with only CNI_COMMAND and CNI_PATH', () => {
    const run = runCni(chain(), 'STATUS', pod('x'), emptyCniState());
    expect(run.ok).toBe(true);
    expect(run.calls.map((c) => c.env)).toEqual([
      { CNI_COMMAND: 'STATUS', CNI_PATH: '/opt/cni/bin' },
      { CNI_COMMAND: 'STATUS', CNI_PATH: '/opt/cni/bin' },
    ]);
  });

  it('STATUS and GC need cniVersion 1.1.0', () => {
    const run = runCni({ ...chain(), cniVersion: '1.0.0' }, 'GC', pod('x'), emptyCniState());
    expect(run.error?.msg).toBe('GC needs cniVersion 1.1.0; this list declares 1.0.0');
  });

  it('GC releases the addresses of attachments not in the valid list', () => {
    let state = runCni(chain(), 'ADD', pod('a'), emptyCniState()).state;
    state = runCni(chain(), 'ADD', pod('b'), state).state;
    const gc = runCni(
      chain(),
      'GC',
      { ...pod('-'), validAttachments: [{ containerID: 'a', ifname: 'eth0' }] },
      state,
    );
    expect(gc.ok).toBe(true);
    expect(gc.state.allocations).toEqual({ 'podnet/a/eth0': ['10.22.0.2'] });
    expect(Object.keys(gc.state.cache)).toEqual(['podnet/a/eth0']);
    expect(gc.calls[1]?.actions).toEqual(['released leaked 10.22.0.3 of b/eth0']);
  });

  it('VERSION reports every released spec version', () => {
    const run = runCni(chain(), 'VERSION', pod('x'), emptyCniState());
    expect(run.supportedVersions).toEqual([
      '0.1.0',
      '0.2.0',
      '0.3.0',
      '0.3.1',
      '0.4.0',
      '1.0.0',
      '1.1.0',
    ]);
    expect(run.calls[0]?.env).toEqual({ CNI_COMMAND: 'VERSION' });
  });

  it('fails clearly for a plugin type the node does not have', () => {
    const config = { ...chain(), plugins: [{ type: 'flannel' }] };
    const run = runCni(config, 'ADD', pod('a'), emptyCniState());
    expect(run.error).toEqual({ msg: 'failed to find plugin "flannel" in path [/opt/cni/bin]' });
  });

  it('portmap first in a chain fails: it needs a prevResult', () => {
    const config = { ...chain(), plugins: [{ type: 'portmap' }] };
    expect(runCni(config, 'ADD', pod('a'), emptyCniState()).error?.msg).toBe(
      'must be called as chained plugin',
    );
  });

  it('an invalid configuration is refused with code 7 and no plugin runs', () => {
    const run = runCni('{"name": "x"}', 'ADD', pod('a'), emptyCniState());
    expect(run.error?.code).toBe(7);
    expect(run.calls).toEqual([]);
  });
});
