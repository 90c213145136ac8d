import { it } from 'vitest';
import { presetText } from '~/components/sims/cni/presets';
import { emptyCniState, runCni, validateConfigList, type NetworkConfigList } from '~/sim/cni';
import { measure, report } from './harness';

// The CNI engine as the runner uses it: ADD after ADD on a /22 until host-local runs out (each
// call copies the node's state, so the cost grows with the pods already there), and validating
// the spec-style configuration list, which the runner does on every keystroke.

const SLASH_22: NetworkConfigList = {
  cniVersion: '1.1.0',
  name: 'bench',
  plugins: [
    {
      type: 'bridge',
      bridge: 'cni0',
      ipam: { type: 'host-local', ranges: [[{ subnet: '10.40.0.0/22' }]] },
    },
    { type: 'portmap', capabilities: { portMappings: true } },
  ],
};

/** ADDs pods until an ADD fails; returns how many succeeded. */
function addUntilFull(): number {
  let state = emptyCniState();
  for (let count = 0; ; count += 1) {
    const id = `pod-${String(count)}`;
    const run = runCni(
      SLASH_22,
      'ADD',
      { containerId: id, netns: `/var/run/netns/${id}`, ifname: 'eth0' },
      state,
    );
    if (!run.ok) return count;
    state = run.state;
  }
}

it('cni engine', () => {
  const added = addUntilFull();
  if (added !== 1021)
    throw new Error(`expected 1021 addresses in a /22 without its gateway, got ${String(added)}`);
  const text = presetText('bridge-portmap');
  report([
    measure('ADD until full', `/22: ${String(added)} ADDs, then the failing one`, addUntilFull, {
      runs: 5,
      warmup: 1,
    }),
    measure(
      'validateConfigList ×10,000',
      'the bridge-portmap preset as JSON text',
      () => {
        for (let index = 0; index < 10_000; index += 1) validateConfigList(text);
      },
      { runs: 5, warmup: 1 },
    ),
  ]);
});
