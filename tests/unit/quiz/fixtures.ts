import type {
  MatchingQuestion,
  MultipleQuestion,
  OrderingQuestion,
  Question,
  ScenarioQuestion,
  SingleQuestion,
  TypedQuestion,
} from '~/quiz';

// Small readable questions of every kind, shared by the quiz engine's tests.

/** An option with a short explanation. */
export const option = (id: string, correct = false, text = `option ${id}`) => ({
  id,
  text,
  correct,
  explanation: `why ${id}`,
});

const common = { references: [], topics: ['saa-c03:1.2'] };

/** A single-choice question whose right option is b. */
export const single = (id = 'single-q', topics = common.topics): SingleQuestion => ({
  ...common,
  id,
  topics,
  type: 'single',
  prompt: 'Pick one',
  options: [option('a'), option('b', true), option('c'), option('d')],
});

/** A choose-two question whose right options are a and c. */
export const multiple = (id = 'multiple-q', topics = common.topics): MultipleQuestion => ({
  ...common,
  id,
  topics,
  type: 'multiple',
  choose: 2,
  prompt: 'Pick two',
  options: [option('a', true), option('b'), option('c', true), option('d'), option('e')],
});

/** Put the steps of a TCP handshake in order. */
export const ordering: OrderingQuestion = {
  ...common,
  id: 'ordering-q',
  type: 'ordering',
  prompt: 'Order the handshake',
  items: [
    { id: 'syn', text: 'SYN' },
    { id: 'synack', text: 'SYN-ACK' },
    { id: 'ack', text: 'ACK' },
  ],
  order: ['syn', 'synack', 'ack'],
};

/** Protocols to layers; `ftp` is a distractor, the session layer takes nothing. */
export const matching: MatchingQuestion = {
  ...common,
  id: 'matching-q',
  type: 'matching',
  prompt: 'Drag each protocol to its transport',
  items: [
    { id: 'dns', text: 'DNS queries' },
    { id: 'http', text: 'HTTP/1.1' },
    { id: 'ssh', text: 'SSH' },
    { id: 'ftp', text: 'Carrier pigeon' },
  ],
  targets: [
    { id: 'udp', text: 'UDP' },
    { id: 'tcp', text: 'TCP' },
    { id: 'sctp', text: 'SCTP' },
  ],
  key: { dns: 'udp', http: 'tcp', ssh: 'tcp', ftp: null },
};

/** A typed question with a given checker and accepted answers. */
export const typed = (
  checker: TypedQuestion['checker'],
  accepted: string[],
  id = `typed-${checker}`,
): TypedQuestion => ({ ...common, id, type: 'typed', prompt: 'Type it', checker, accepted });

/** A testlet with a single-choice part and a typed part. */
export const scenario: ScenarioQuestion = {
  ...common,
  id: 'scenario-q',
  type: 'scenario',
  prompt: 'A VPC has 10.0.0.0/16.',
  parts: [single('part-one'), typed('ipv4', ['10.0.0.1'], 'part-two')],
};

/** One question of every kind. */
export const everyKind: Question[] = [
  single(),
  multiple(),
  ordering,
  matching,
  typed('cidr', ['10.0.0.0/24']),
  scenario,
];

const SAA_TOPICS = [
  '1.1',
  '1.2',
  '1.3',
  '2.1',
  '2.2',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '3.5',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
];

/** A pool of SAA-C03 questions spread over every task statement, alternating single and multiple. */
export function saaPool(size: number): Question[] {
  return Array.from({ length: size }, (_, i) => {
    const topics = [`saa-c03:${SAA_TOPICS[i % SAA_TOPICS.length] ?? '1.1'}`];
    return i % 3 === 0
      ? multiple(`saa-q${String(i)}`, topics)
      : single(`saa-q${String(i)}`, topics);
  });
}
