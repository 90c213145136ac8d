// The VPC walker's starting point, prepared at build time (src/lib/aws-vpc-scenario.ts) and handed
// to the island (src/components/sims/aws-vpc/) as a prop. Besides the network (which the engine
// needs once it loads), it carries everything the island first shows, worked out by the engine at
// build time, so that a lesson renders the walker without shipping the engine. `walkChoice` is
// that work: the build calls it for the first view, the island (which imports only this file's
// types) loads it with the engine on the learner's first action (aws-vpc/walker-engine.ts).
import {
  describeSubnets,
  evaluateFlow,
  isInputError,
  withoutRules,
  type AwsNetwork,
  type EndpointOption,
  type FlowProtocol,
  type FlowResult,
  type RuleToggle,
  type SubnetFacts,
} from '~/sim/aws-vpc';

/** What the learner has picked: the two ends (endpoint keys), the protocol and the port as typed. */
export interface FlowChoice {
  fromKey: string;
  toKey: string;
  protocol: FlowProtocol;
  port: string;
}

/** What the engine says about one state of the walker: the verdict (or the mistake) and the subnets. */
export interface WalkerOutcome {
  /** The engine's verdict on the flow; null when the choice is a mistake. */
  result: FlowResult | null;
  /** The learner's mistake in plain words (e.g. a port out of range), or null. */
  mistake: string | null;
  /** The subnets as they are with the switched-off rules removed. */
  subnets: SubnetFacts[];
}

/** What the walker island starts from, prepared at build time from a preset. */
export interface VpcWalkerSeed {
  /** The preset's id (its file name). */
  id: string;
  title: string;
  description: string;
  /** The network as the preset writes it (every rule on); the engine's input once it loads. */
  network: AwsNetwork;
  /** Toggle keys of the rules that start switched off. */
  startOff: string[];
  /** The flow ends offered in the pickers (instances, outside hosts, services). */
  endpoints: EndpointOption[];
  /** Every rule the learner can switch off. */
  toggles: RuleToggle[];
  /** The preset's default flow, as the pickers show it. */
  start: FlowChoice;
  /** The engine's outcome for the default flow with the startOff rules off. */
  first: WalkerOutcome;
}

/** Asks the engine about a choice on a network with some rules off: the verdict or the mistake, and the subnets. */
export function walkChoice(
  network: AwsNetwork,
  endpoints: EndpointOption[],
  off: ReadonlySet<string>,
  choice: FlowChoice,
): WalkerOutcome {
  const current = withoutRules(network, off);
  return { ...evaluateChoice(current, endpoints, choice), subnets: describeSubnets(current) };
}

/** Runs the engine on a choice: the result, or the InputError's message. */
function evaluateChoice(
  network: AwsNetwork,
  endpoints: EndpointOption[],
  choice: FlowChoice,
): Pick<WalkerOutcome, 'result' | 'mistake'> {
  const from = endpoints.find((e) => e.key === choice.fromKey)?.endpoint;
  const to = endpoints.find((e) => e.key === choice.toKey)?.endpoint;
  if (!from || !to)
    return { result: null, mistake: 'Pick where the connection starts and where it goes.' };
  const port = choice.port.trim() === '' ? Number.NaN : Number(choice.port);
  try {
    return {
      result: evaluateFlow(network, { from, to, protocol: choice.protocol, port }),
      mistake: null,
    };
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { result: null, mistake: error.message };
  }
}
