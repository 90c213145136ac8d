import { WALK_PATHS, WALK_STYLES, walkPacket } from '~/sim/packet';
import type { PacketHop, PacketWalk, WalkScenario } from '~/sim/packet';
import { randomFromNumber, randomIndex, shuffled } from '../random';
import type { Random } from '../random';
import type { QuizOption, SingleQuestion } from '../types';
import {
  NO_NAT_TEXT,
  PACKET_LESSON,
  PACKET_REFERENCES,
  PACKET_TAGS,
  PATH_TEXT,
  STYLE_TEXT,
  clusterLegend,
  hopText,
  natText,
} from './packet-text';
import { base, letteredOptions } from './subnet-common';

// "The next hop of a packet": a walk from the packet engine, then either "the packet is at hop N;
// where does it go next?" or "where is an address first rewritten, and how?". Distractors are
// other places on the same walk, and devices this style does not have.

/** Devices of other styles, offered as distractors when the walk has too few places of its own. */
const DECOYS = [
  'flannel.1 — node-1',
  'cni0 — node-1',
  'tunl0 — node-1',
  'VPC router — VPC',
  'docker0 — node-1',
];

/** A scenario from a seed: a style, a path, and external SNAT for half the vpc-cni internet walks. */
export function packetScenario(random: Random): WalkScenario {
  const style = WALK_STYLES[randomIndex(random, WALK_STYLES.length)] ?? 'vxlan';
  const path = WALK_PATHS[randomIndex(random, WALK_PATHS.length)] ?? 'cross-node';
  const external = style === 'vpc-cni' && path === 'to-internet' && random() < 0.5;
  return external ? { style, path, externalSnat: true } : { style, path };
}

/** The stem's opening: the style, the path, the cluster legend. */
function setting(walk: PacketWalk): string {
  const { style, path, externalSnat } = walk.scenario;
  const snat = externalSnat ? ' AWS_VPC_K8S_CNI_EXTERNALSNAT is true.' : '';
  return `Pod network: ${STYLE_TEXT[style]}.${snat} Path: ${PATH_TEXT[path]}. ${clusterLegend(walk)}`;
}

/** The hops where the packet may be asked about: the next hop must be a different place. */
function askableHops(walk: PacketWalk): number[] {
  const indexes: number[] = [];
  walk.hops.forEach((hop, i) => {
    const next = walk.hops[i + 1];
    if (next && hopText(next) !== hopText(hop)) indexes.push(i);
  });
  return indexes;
}

/** Up to `count` distinct distractor texts, none excluded: the preferred ones first, then the fallbacks. */
function distractors(
  preferred: readonly string[],
  fallbacks: readonly string[],
  exclude: readonly string[],
  count: number,
  random: Random,
): string[] {
  const usable = (texts: readonly string[]) =>
    shuffled(
      [...new Set(texts)].filter((text) => !exclude.includes(text)),
      random,
    );
  const first = usable(preferred);
  const rest = usable(fallbacks).filter((text) => !first.includes(text));
  return [...first, ...rest].slice(0, count);
}

/** "Where does the packet go next?" for one hop of the walk. */
function nextHopQuestion(walk: PacketWalk, random: Random, seed: number): SingleQuestion {
  const asked = askableHops(walk);
  const index = asked[randomIndex(random, asked.length)] ?? 0;
  const here = walk.hops[index] as PacketHop;
  const next = walk.hops[index + 1] as PacketHop;
  const right = hopText(next);
  const own = walk.hops.map(hopText);
  const wrong = distractors(own, DECOYS, [right, hopText(here)], 3, random);
  const { srcIp, srcPort, dstIp, dstPort } = here.headers.inner;
  const options: Omit<QuizOption, 'id'>[] = [
    {
      text: right,
      correct: true,
      explanation: `Right. ${next.action}${next.rule ? ` (${next.rule.split('\n')[0] ?? ''})` : ''}`,
    },
    ...wrong.map((text) => ({ text, correct: false, explanation: wrongPlace(walk, text, index) })),
  ];
  const prompt = `${setting(walk)}\n\nAt hop ${String(index + 1)} of the request the packet is at ${hopText(here)}, going from ${srcIp}:${String(srcPort)} to ${dstIp}:${String(dstPort)}. Where does it go next?`;
  return question(prompt, seed, options);
}

/** Why an option is not the next place. */
function wrongPlace(walk: PacketWalk, text: string, index: number): string {
  const at = walk.hops.findIndex((hop) => hopText(hop) === text);
  if (at < 0) return `No. This ${walk.scenario.style} walk never passes ${text}.`;
  const when = at < index ? 'has already passed that place' : 'reaches that place later';
  return `No. The packet ${when} (hop ${String(at + 1)}), not straight after hop ${String(index + 1)}.`;
}

/** "Where is an address first rewritten?" for the walk's request. */
function natQuestion(walk: PacketWalk, random: Random, seed: number): SingleQuestion {
  const first = walk.nats.find((nat) => nat.hopId.startsWith('h'));
  const hop = walk.hops.find((candidate) => candidate.id === first?.hopId);
  const right = first && hop ? natText(first.kind, first.field, hop) : NO_NAT_TEXT;
  const places = walk.hops.filter((candidate) => !['internet', 'wire'].includes(candidate.at));
  const candidates = [
    NO_NAT_TEXT,
    ...places.flatMap((p) => [natText('DNAT', 'dst', p), natText('SNAT', 'src', p)]),
  ];
  const wrong = distractors(candidates, [], [right], 3, random);
  const options: Omit<QuizOption, 'id'>[] = [
    { text: right, correct: true, explanation: `Right. ${hop ? hop.action : walk.summary}` },
    ...wrong.map((text) => ({ text, correct: false, explanation: `No. ${walk.summary}` })),
  ];
  const prompt = `${setting(walk)}\n\nWhere on the request is an address first rewritten, and how?`;
  return question(prompt, seed, options);
}

/** Wraps a stem and options into the generator's question. */
function question(
  prompt: string,
  seed: number,
  options: readonly Omit<QuizOption, 'id'>[],
): SingleQuestion {
  return {
    ...base('packet-next-hop', prompt, {
      explanation:
        'Every hop is a device the kernel hands the packet to because a route, a bridge table, an iptables rule or an eBPF map says so. Pod-to-pod traffic keeps its addresses; Services are DNATed to a pod and replies un-DNATed by conntrack; traffic leaving the cluster is SNATed so replies can find their way back.',
      references: PACKET_REFERENCES,
      topics: PACKET_TAGS,
      difficulty: 2,
      lesson: PACKET_LESSON,
    }),
    type: 'single',
    options: letteredOptions(seed, options),
  };
}

/** Makes the question for one seed: two in three ask for the next hop, one in three for the NAT. */
export function packetQuestion(seed: number): SingleQuestion {
  const random = randomFromNumber(seed);
  const walk = walkPacket(packetScenario(random));
  return random() < 2 / 3 ? nextHopQuestion(walk, random, seed) : natQuestion(walk, random, seed);
}
