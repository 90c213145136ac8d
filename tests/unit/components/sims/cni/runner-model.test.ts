import { describe, expect, it } from 'vitest';
import { presetText } from '~/components/sims/cni/presets';
import {
  applyAction,
  emptyRunner,
  firstRunner,
  viewOf,
  type RunnerAction,
  type RunnerState,
} from '~/components/sims/cni/runner-model';

/** Runs actions one after another from a state. */
function runAll(state: RunnerState, actions: RunnerAction[]): RunnerState {
  return actions.reduce(applyAction, state);
}

/** The plugins each call of the newest log entry ran, with who delegated. */
function callsOf(state: RunnerState): string[] {
  return (state.log[0]?.run.calls ?? []).map((c) =>
    c.delegatedBy === undefined
      ? `${c.plugin} ${c.command}`
      : `${c.plugin} ${c.command} (by ${c.delegatedBy})`,
  );
}

describe('the runner model', () => {
  it('starts the first pod at build time with the engine’s real result', () => {
    const { state, view } = firstRunner(presetText('bridge-host-local'));
    expect(state.log.map((e) => e.title)).toEqual(['ADD pod-1']);
    expect(callsOf(state)).toEqual(['bridge ADD', 'host-local ADD (by bridge)']);
    const call = state.log[0]?.run.calls[0];
    expect(call?.env).toEqual({
      CNI_COMMAND: 'ADD',
      CNI_CONTAINERID: 'pod-1',
      CNI_NETNS: '/var/run/netns/pod-1',
      CNI_IFNAME: 'eth0',
      CNI_PATH: '/opt/cni/bin',
    });
    expect(view.pods).toEqual([
      {
        containerId: 'pod-1',
        ifname: 'eth0',
        address: '10.1.0.2/24',
        gateway: '10.1.0.1',
        hostVeth: expect.stringMatching(/^veth[0-9a-f]{8}$/) as string,
        hostPort: null,
      },
    ]);
  });

  it('chains portmap with prevResult and the pod’s host port, and deletes in reverse', () => {
    const added = runAll(firstRunner(presetText('bridge-portmap')).state, [{ kind: 'ADD' }]);
    expect(callsOf(added)).toEqual(['bridge ADD', 'host-local ADD (by bridge)', 'portmap ADD']);
    const stdin = JSON.parse(added.log[0]?.run.calls[2]?.stdin ?? '{}') as Record<string, unknown>;
    expect(stdin['runtimeConfig']).toEqual({
      portMappings: [{ hostPort: 8081, containerPort: 80, protocol: 'tcp' }],
    });
    expect((stdin['prevResult'] as { ips: { address: string }[] }).ips[0]?.address).toBe(
      '10.1.0.3/24',
    );
    expect(viewOf(added).pods.map((p) => p.hostPort)).toEqual([8080, 8081]);
    const deleted = applyAction(added, { kind: 'DEL', containerId: 'pod-1' });
    expect(deleted.log[0]?.title).toBe('DEL pod-1');
    expect(callsOf(deleted)).toEqual(['portmap DEL', 'bridge DEL', 'host-local DEL (by bridge)']);
    expect(viewOf(deleted).pods.map((p) => p.containerId)).toEqual(['pod-2']);
    expect(viewOf(deleted).usage).toEqual({
      range: '10.1.0.1-10.1.0.254',
      allocated: 1,
      free: 252,
      total: 253,
      leaked: 0,
    });
  });

  it('exhausts the tiny range with host-local’s error and the kubelet’s line', () => {
    const full = runAll(firstRunner(presetText('tiny-range')).state, [
      { kind: 'ADD' },
      { kind: 'ADD' },
      { kind: 'ADD' },
    ]);
    const run = full.log[0]?.run;
    expect(run?.ok).toBe(false);
    expect(run?.error).toEqual({
      code: 999,
      msg: 'failed to allocate for range 0: no IP addresses available in range set: 10.22.0.2-10.22.0.4',
    });
    expect(run?.kubeletMessage).toBe(
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "pod-4": plugin type="bridge" name="tiny" failed (add): failed to allocate for range 0: no IP addresses available in range set: 10.22.0.2-10.22.0.4',
    );
    expect(viewOf(full).usage).toEqual({
      range: '10.22.0.2-10.22.0.4',
      allocated: 3,
      free: 0,
      total: 3,
      leaked: 0,
    });
  });

  it('runs CHECK, STATUS, GC with the pods still there, and VERSION', () => {
    let state = firstRunner(presetText('bridge-host-local')).state;
    state = applyAction(state, { kind: 'CHECK', containerId: 'pod-1' });
    expect([state.log[0]?.run.ok, callsOf(state)]).toEqual([
      true,
      ['bridge CHECK', 'host-local CHECK (by bridge)'],
    ]);
    state = applyAction(state, { kind: 'STATUS' });
    expect([state.log[0]?.title, state.log[0]?.run.calls[0]?.env]).toEqual([
      'STATUS',
      { CNI_COMMAND: 'STATUS', CNI_PATH: '/opt/cni/bin' },
    ]);
    state = applyAction(state, { kind: 'GC' });
    const gcStdin = JSON.parse(state.log[0]?.run.calls[0]?.stdin ?? '{}') as Record<
      string,
      unknown
    >;
    expect(gcStdin['cni.dev/valid-attachments']).toEqual([
      { containerID: 'pod-1', ifname: 'eth0' },
    ]);
    expect(viewOf(state).pods).toHaveLength(1);
    state = applyAction(state, { kind: 'VERSION' });
    expect(state.log[0]?.run.supportedVersions).toEqual([
      '0.1.0',
      '0.2.0',
      '0.3.0',
      '0.3.1',
      '0.4.0',
      '1.0.0',
      '1.1.0',
    ]);
  });

  it('refuses every operation on an invalid list with code 7, and keeps 20 log entries', () => {
    const broken = applyAction(emptyRunner(presetText('broken')), { kind: 'ADD' });
    expect(broken.log[0]?.run.error?.code).toBe(7);
    expect(broken.log[0]?.run.calls).toEqual([]);
    let state = emptyRunner(presetText('bridge-host-local'));
    for (let index = 0; index < 25; index += 1) state = applyAction(state, { kind: 'STATUS' });
    expect(state.log).toHaveLength(20);
    expect(state.log[0]?.id).toBe(25);
  });

  it('warns about unknown plugin types even while the text does not validate', () => {
    const text =
      '{"cniVersion": "1.1.0", "name": "n", "plugins": [{"type": "bridge", "ipam": {"type": "dhcp"}}, {"type": "tuning"}]}';
    expect(viewOf(emptyRunner(text)).warnings.map((w) => w.split(':')[0])).toEqual([
      'plugins[0].ipam',
      'plugins[1]',
    ]);
    expect(viewOf(emptyRunner('{ "plugins": [')).problems[0]).toContain('not valid JSON');
  });
});

describe('cleanup after a failed ADD', () => {
  it('runs DEL for the container, as containerd does, so nothing leaks', () => {
    const full = [{ kind: 'ADD' }, { kind: 'ADD' }, { kind: 'ADD' }].reduce(
      (s, a) => applyAction(s, a as RunnerAction),
      firstRunner(presetText('tiny-range')).state,
    );
    const cleanup = full.log[0]?.cleanup;
    expect(cleanup?.ok).toBe(true);
    expect(cleanup?.calls.map((c) => `${c.plugin} ${c.command}`)).toEqual([
      'bridge DEL',
      'host-local DEL',
    ]);
    expect(viewOf(full).usage?.leaked).toBe(0);
  });

  it('leaks the address when the cleanup DEL fails on a missing plugin, until GC with a fixed list', () => {
    const text = presetText('broken')
      .replace('"name": "broken"', '"cniVersion": "1.1.0",\n  "name": "broken"')
      .replace('/33', '/24');
    const failed = applyAction(emptyRunner(text), { kind: 'ADD' });
    expect(failed.log[0]?.run.error?.msg).toBe(
      'failed to find plugin "flanel" in path [/opt/cni/bin]',
    );
    expect(failed.log[0]?.cleanup?.error?.msg).toBe(
      'failed to find plugin "flanel" in path [/opt/cni/bin]',
    );
    expect(viewOf(failed).usage).toEqual({
      range: '10.1.0.1-10.1.0.254',
      allocated: 1,
      free: 252,
      total: 253,
      leaked: 1,
    });
    const fixed = { ...failed, text: text.replace(',\n    {\n      "type": "flanel"\n    }', '') };
    expect(viewOf(fixed).warnings).toEqual([]);
    const collected = applyAction(fixed, { kind: 'GC' });
    expect(collected.log[0]?.run.ok).toBe(true);
    expect(viewOf(collected).usage?.leaked).toBe(0);
  });
});
