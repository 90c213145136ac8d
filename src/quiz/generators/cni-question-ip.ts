import { formatIpv4, parseIpv4 } from '~/sim/ip';
import { isAllocatable, resolveRange, type ResolvedRange } from '~/sim/cni/ranges';
import type { IpamRange } from '~/sim/cni';
import { randomFromNumber, shuffled } from '../random';
import type { QuizOption, SingleQuestion } from '../types';
import { nextIpScenario, type CniScenario } from './cni-scenario';
import {
  CNI_LESSON,
  CNI_REFERENCES,
  CNI_TAGS,
  configBlock,
  STEPS_INTRO,
  stepLines,
} from './cni-text';
import { base, letteredOptions } from './subnet-common';

// "Which address does the next pod get?": the key is the CNI engine's ADD result. Distractors are
// the traps of host-local: the lowest free address (it does not fill holes first), the address a
// DEL just freed, and the gateway (never handed out).

type Option = Omit<QuizOption, 'id'>;

/** The one range of the scenario's list, resolved with host-local's defaults. */
export function rangeOf(s: CniScenario): { raw: IpamRange; range: ResolvedRange } {
  const raw = s.config.plugins[0]?.ipam?.ranges?.[0]?.[0] ?? { subnet: '10.0.0.0/24' };
  return { raw, range: resolveRange(raw) };
}

/** Addresses reserved on the node before the asked-about ADD. */
function takenBefore(s: CniScenario): Set<number> {
  return new Set(
    Object.values(s.before.allocations).flatMap((ips) => ips.map((ip) => parseIpv4(ip))),
  );
}

/** The lowest allocatable address that is free before the ADD. */
function lowestFree(range: ResolvedRange, taken: ReadonlySet<number>): number | undefined {
  for (let ip = range.start; ip <= range.end; ip += 1) {
    if (isAllocatable(range, ip) && !taken.has(ip)) return ip;
  }
  return undefined;
}

/** Makes the question for one seed. */
export function cniNextIpQuestion(seed: number): SingleQuestion {
  const s = nextIpScenario(seed);
  const { range } = rangeOf(s);
  const prefix = `/${String(range.subnet.prefix)}`;
  const right = s.next.result?.ips[0]?.address ?? '';
  const last = s.before.lastReserved[`${s.config.name}/0`] ?? '';
  const text = (ip: number) => `${formatIpv4(ip)}${prefix}`;
  const candidates: Option[] = [];
  const add = (ip: number | undefined, explanation: string) => {
    if (ip === undefined || ip < range.subnet.network) return;
    candidates.push({ text: text(ip), correct: false, explanation: `No. ${explanation}` });
  };
  const low = lowestFree(range, takenBefore(s));
  add(
    low,
    `${formatIpv4(low ?? 0)} is free, but host-local does not fill holes first: it carries on after the last address it reserved, ${last}.`,
  );
  const freed = s.freed.at(-1) === undefined ? undefined : parseIpv4(s.freed.at(-1) ?? '');
  add(
    freed,
    `${formatIpv4(freed ?? 0)} was released by a DEL, yet host-local only comes back to it after walking to the end of the range and wrapping round.`,
  );
  add(
    range.gateway,
    `${formatIpv4(range.gateway)} is the gateway (the range’s first address unless "gateway" says otherwise); host-local never hands it out.`,
  );
  add(
    parseIpv4(right.split('/')[0] ?? '0.0.0.0') + 1,
    `host-local takes the very next free address after ${last}, without skipping one.`,
  );
  add(
    range.subnet.network,
    `${formatIpv4(range.subnet.network)} is the subnet's network address, which host-local never hands out.`,
  );
  const seen = new Set([right]);
  const distractors = shuffled(candidates, randomFromNumber(seed ^ 0x2545f491)).filter((o) => {
    if (seen.has(o.text)) return false;
    seen.add(o.text);
    return true;
  });
  const options: Option[] = [
    {
      text: right,
      correct: true,
      explanation: `Right. host-local remembers the last address it reserved (${last}) and hands out the next free one after it, skipping the network, broadcast and gateway addresses.`,
    },
    ...distractors.slice(0, 3),
  ];
  const prompt = [
    configBlock(s.config),
    `${STEPS_INTRO}\n\n${stepLines(s.steps)}`,
    `Then it runs ADD for ${s.nextPod}. Which address does ${s.nextPod}'s eth0 get?`,
  ].join('\n\n');
  return {
    ...base('cni-next-ip', prompt, {
      explanation:
        'host-local keeps, per range set, the last address it reserved and starts the next search just after it, wrapping at the end of the range. Addresses freed by DEL are reused only after the wrap, which keeps a just-deleted pod’s address from going straight to a new pod.',
      references: CNI_REFERENCES,
      topics: CNI_TAGS,
      difficulty: 2,
      lesson: CNI_LESSON,
    }),
    type: 'single',
    options: letteredOptions(seed, options),
  };
}
