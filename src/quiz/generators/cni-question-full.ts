import { formatIpv4, lastAddress } from '~/sim/ip';
import { randomFromNumber, shuffled } from '../random';
import type { QuizOption, SingleQuestion } from '../types';
import { rangeOf } from './cni-question-ip';
import { rangeFullScenario } from './cni-scenario';
import {
  CNI_LESSON,
  CNI_REFERENCES,
  CNI_TAGS,
  configBlock,
  STEPS_INTRO,
  stepLines,
} from './cni-text';
import { base, letteredOptions } from './subnet-common';

// "What happens when the range is full?": the key is the CNI engine's error for the ADD that finds
// no free address. Distractors print the range set the way it is not printed (network and
// broadcast included, the gateway left out), or claim the gateway or a duplicate is handed out.

type Option = Omit<QuizOption, 'id'>;

const NO_ADDRESS = 'failed to allocate for range 0: no IP addresses available in range set:';

/** An option saying ADD fails with this range set in the message. */
function failsWith(from: number, to: number, explanation: string): Option {
  return {
    text: `ADD fails: ${NO_ADDRESS} ${formatIpv4(from)}-${formatIpv4(to)}`,
    correct: false,
    explanation: `No. ${explanation}`,
  };
}

/** Makes the question for one seed. */
export function cniRangeFullQuestion(seed: number): SingleQuestion {
  const s = rangeFullScenario(seed);
  const { range } = rangeOf(s);
  const broadcast = lastAddress(range.subnet);
  const rightText = `ADD fails: ${s.next.error?.msg ?? ''}`;
  const prefix = `/${String(range.subnet.prefix)}`;
  const candidates: Option[] = [
    failsWith(
      range.subnet.network,
      broadcast,
      'The message prints the range host-local walks (rangeStart to rangeEnd, by default the first to the last usable address), never the network or broadcast address.',
    ),
    failsWith(
      range.gateway === range.start ? range.start + 1 : range.start,
      range.gateway === range.start ? range.end : range.end - 1,
      'The message names the whole range from rangeStart to rangeEnd, gateway included, even though the gateway is never handed out.',
    ),
    {
      text: `ADD succeeds: ${s.nextPod} gets the gateway address ${formatIpv4(range.gateway)}${prefix}`,
      correct: false,
      explanation:
        'No. host-local never hands out the gateway address, even when nothing else is free.',
    },
    {
      text: `ADD fails: failed to allocate for range 0: ${formatIpv4(range.start)} has been allocated to ${s.nextPod}, duplicate allocation is not allowed`,
      correct: false,
      explanation: `No. That error comes from a second ADD for a container that already holds an address; ${s.nextPod} holds none yet.`,
    },
  ];
  const seen = new Set([rightText]);
  const distractors = shuffled(candidates, randomFromNumber(seed ^ 0x68e31da4)).filter((o) => {
    if (seen.has(o.text)) return false;
    seen.add(o.text);
    return true;
  });
  const options: Option[] = [
    {
      text: rightText,
      correct: true,
      explanation: `Right. Every usable address of the range is reserved, so host-local fails with code 999, and the kubelet logs: ${s.next.kubeletMessage ?? ''}`,
    },
    ...distractors.slice(0, 3),
  ];
  const prompt = [
    configBlock(s.config),
    `${STEPS_INTRO}\n\n${stepLines(s.steps)}`,
    `Then it runs ADD for ${s.nextPod}. What happens?`,
  ].join('\n\n');
  return {
    ...base('cni-range-full', prompt, {
      explanation:
        'When no address of a range set is free, host-local returns an error naming the range set as rangeStart-rangeEnd; the bridge plugin passes it up, and the kubelet reports that the pod sandbox could not be created. The pod stays in ContainerCreating until an address is released.',
      references: CNI_REFERENCES,
      topics: CNI_TAGS,
      difficulty: 2,
      lesson: CNI_LESSON,
    }),
    type: 'single',
    options: letteredOptions(seed, options),
  };
}
