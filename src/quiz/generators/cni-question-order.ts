import { emptyCniState, runCni } from '~/sim/cni';
import { randomFromNumber, randomIndex, shuffled } from '../random';
import type { QuizOption, SingleQuestion } from '../types';
import { attachmentFor, randomConfig } from './cni-scenario';
import { CNI_LESSON, CNI_REFERENCES, CNI_TAGS, configBlock } from './cni-text';
import { base, letteredOptions } from './subnet-common';

// "In which order do the plugins run?": for ADD or for DEL of a bridge + host-local + portmap
// list, the key is the order of the CNI engine's calls. Distractors are the other orders of the
// same three executables, the opposite command's order always among them.

type Option = Omit<QuizOption, 'id'>;

/** Every order of three items. */
function permutations(items: readonly string[]): string[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [
      item,
      ...rest,
    ]),
  );
}

/** The executables' order as an option shows it. */
const orderText = (order: readonly string[]): string => order.join(' → ');

/** Makes the question for one seed. */
export function cniCallOrderQuestion(seed: number): SingleQuestion {
  const random = randomFromNumber(seed);
  const config = randomConfig(random, false, true);
  const command = randomIndex(random, 2) === 0 ? 'ADD' : 'DEL';
  const pod = `web-${String(randomIndex(random, 90) + 10)}`;
  const added = runCni(config, 'ADD', attachmentFor(pod), emptyCniState());
  const run = command === 'ADD' ? added : runCni(config, 'DEL', attachmentFor(pod), added.state);
  const right = run.calls.map((call) => call.plugin);
  const opposite = (
    command === 'ADD' ? runCni(config, 'DEL', attachmentFor(pod), added.state) : added
  ).calls.map((call) => call.plugin);
  const rightText = orderText(right);
  const others = permutations(right)
    .map(orderText)
    .filter((text) => text !== rightText && text !== orderText(opposite));
  const why =
    command === 'ADD'
      ? 'ADD runs the list in order: bridge first, which runs its IPAM plugin host-local itself to get an address, then portmap with bridge’s result as prevResult.'
      : 'DEL runs the list in reverse: portmap first (its mappings point at the pod’s address), then bridge, which runs host-local itself to release the address.';
  const options: Option[] = [
    { text: rightText, correct: true, explanation: `Right. ${why}` },
    {
      text: orderText(opposite),
      correct: false,
      explanation: `No. That is the order for ${command === 'ADD' ? 'DEL' : 'ADD'}. ${why}`,
    },
    ...shuffled(others, randomFromNumber(seed ^ 0x1b873593))
      .slice(0, 2)
      .map((text): Option => ({ text, correct: false, explanation: `No. ${why}` })),
  ];
  const prompt = [
    configBlock(config),
    command === 'ADD'
      ? `The runtime runs ADD for pod ${pod} (netns /var/run/netns/${pod}, ifname eth0). In which order do the plugin executables run?`
      : `Pod ${pod} was started earlier (its ADD succeeded). Now the runtime runs DEL for it. In which order do the plugin executables run?`,
  ].join('\n\n');
  return {
    ...base('cni-call-order', prompt, {
      explanation:
        'The runtime runs the plugins of a list in order for ADD and CHECK, passing each one the previous result as prevResult, and in reverse order for DEL. An IPAM plugin such as host-local is not in the list itself: the main plugin that names it in "ipam" runs it.',
      references: CNI_REFERENCES,
      topics: CNI_TAGS,
      difficulty: 1,
      lesson: CNI_LESSON,
    }),
    type: 'single',
    options: letteredOptions(seed, options),
  };
}
