import type { NetworkConfigList } from '~/sim/cni';
import type { CniStep } from './cni-scenario';

// The stems of the CNI questions: the configuration list as JSON in a code block and the steps
// one per line, in words the oracle in tests/unit/quiz/generators/cni-oracle.ts reads back.

export const CNI_TAGS = ['k8s:cni'];
export const CNI_LESSON = 'pod-networking/cni-plugins#the-cni-contract';

export const CNI_REFERENCES = [
  {
    title: 'Container Network Interface (CNI) Specification',
    url: 'https://www.cni.dev/docs/spec/',
  },
  {
    title: 'CNI plugins: host-local IP address management plugin',
    url: 'https://www.cni.dev/plugins/current/ipam/host-local/',
  },
];

/** The configuration list as the node's file shows it, in a JSON code block. */
export function configBlock(config: NetworkConfigList): string {
  return [
    `The node's CNI configuration list (/etc/cni/net.d/10-${config.name}.conflist):`,
    `\`\`\`json\n${JSON.stringify(config, null, 2)}\n\`\`\``,
  ].join('\n\n');
}

/** The steps, numbered one per line ("1. ADD web-12"). */
export function stepLines(steps: readonly CniStep[]): string {
  return steps.map((step, index) => `${String(index + 1)}. ${step.command} ${step.pod}`).join('\n');
}

/** The sentence that introduces the steps, for a node that had handed out no address yet. */
export const STEPS_INTRO =
  'On a node where no pod had an address yet, the runtime runs these operations in order, each for the pod’s eth0 in /var/run/netns/<pod>, and each succeeds:';
