import { computeProbability } from '~/sim/services';
import { randomFromNumber, randomIndex } from '../random';
import type { SingleQuestion } from '../types';
import { pickOptions, type Option } from './services-options';
import { servicesScenario, type ServicesScenario } from './services-scenario';
import { LESSON, REFERENCES, SERVICES_TAGS, scenarioText } from './services-text';
import { base } from './subnet-common';

// "Which --probability does this KUBE-SVC rule carry?": the key is kube-proxy's 1/(n−i) with ten
// decimals, n being the endpoints the engine says the chain uses; the distractors are the usual
// miscounts (1/n everywhere, the rule number, every selected pod, the old five-decimal format).

/** A scenario with a pod client, Cluster policy and at least two endpoints on the KUBE-SVC chain. */
function ladderScenario(seed: number): ServicesScenario {
  for (let k = 0; k < 1000; k++) {
    const s = servicesScenario((seed + k * 7919) >>> 0, false);
    if (!s.internalLocal && s.reachable.length >= 2) return s;
  }
  throw new Error(`no scenario with two endpoints near seed ${String(seed)}`);
}

/** "Which --probability does rule k carry?" */
export function probabilityQuestion(seed: number): SingleQuestion {
  const s = ladderScenario(seed);
  const n = s.reachable.length;
  const rule = 1 + randomIndex(randomFromNumber(seed ^ 0x68e31da4), n);
  const last = 'No --probability: it is the last rule and matches every packet that reaches it';
  const p = (d: number) => `--probability ${computeProbability(d)}`;
  const rightText = rule === n ? last : p(n - rule + 1);
  const right: Option = {
    text: rightText,
    correct: true,
    explanation: `Right. The chain has ${String(n)} endpoint rules; rule ${String(rule)} of ${String(n)} ${rule === n ? 'is the last, so it needs no probability' : `carries 1/(${String(n)}−${String(rule - 1)}) = 1/${String(n - rule + 1)}, so that after the earlier rules each endpoint gets 1/${String(n)} of new connections`}.`,
  };
  const wrong: Option[] = [
    {
      text: p(n),
      correct: false,
      explanation: `No. 1/${String(n)} is right only on the first rule: later rules see only the connections the earlier rules passed over.`,
    },
    {
      text: p(rule),
      correct: false,
      explanation:
        'No. The probability depends on how many rules are left, not on the rule number.',
    },
    {
      text: p(s.pods.length),
      correct: false,
      explanation:
        'No. Only endpoints kube-proxy uses get a rule: not-ready pods, and terminating pods while others are ready, are left out.',
    },
    {
      text: last,
      correct: false,
      explanation: `No. Only the last of the ${String(n)} rules matches unconditionally.`,
    },
    {
      text: p(n + 1),
      correct: false,
      explanation: `No. There is one rule per endpoint, ${String(n)} in all; 1/${String(n + 1)} would leave an endpoint short.`,
    },
    {
      text: `--probability ${(1 / (n - rule + 1)).toFixed(5)}`,
      correct: false,
      explanation:
        'No. Old kube-proxy releases wrote five decimals; current ones write ten (fmt "%0.10f").',
    },
    {
      text: p(Math.max(2, n - rule)),
      correct: false,
      explanation:
        'No. Rule i of n (counting from 0) carries 1/(n−i): count the rules from this one to the end, this one included.',
    },
  ];
  return {
    ...base(
      'services-iptables-probability',
      `${scenarioText(s)}\n\nkube-proxy writes the chain KUBE-SVC-… of default/api:http with one rule per endpoint it uses, in order. What does rule ${String(rule)} of that chain match with?`,
      {
        explanation:
          'kube-proxy writes rule i of n (from 0) with `-m statistic --mode random --probability 1/(n−i)`, formatted with ten decimals, and the last rule without one; each endpoint then gets 1/n of new connections.',
        references: REFERENCES,
        topics: SERVICES_TAGS,
        difficulty: 2,
        lesson: `${LESSON}#iptables-mode`,
      },
    ),
    type: 'single',
    options: pickOptions(seed, right, wrong),
  };
}
