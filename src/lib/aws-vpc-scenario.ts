// The VPC walker's presets (content/scenarios/aws-vpc/*.yaml), read at build time: parsed with
// the YAML parser and checked by the preset schema, so a page never ships either. The walker's
// first view is worked out here too, by the engine, so a page ships the engine only on demand.
import { parse } from 'yaml';
import { AwsVpcScenarioSchema, type AwsVpcScenario } from '~/schemas/aws-vpc-scenario';
import { endpointKey, listEndpoints, listToggles } from '~/sim/aws-vpc';
import { walkChoice, type FlowChoice, type VpcWalkerSeed } from './aws-vpc-seed';

/** The raw text of every preset file, by path. */
const files = import.meta.glob<string>('/content/scenarios/aws-vpc/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The id of a preset file: its name without the folder and `.yaml`. */
function idOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.yaml$/, '');
}

/** The ids of every preset, sorted. */
export function awsVpcPresetIds(): string[] {
  return Object.keys(files).map(idOf).sort();
}

/** Reads and checks one preset; an unknown id or an invalid file throws, naming the file. */
export function loadAwsVpcPreset(id: string): AwsVpcScenario {
  const entry = Object.entries(files).find(([path]) => idOf(path) === id);
  if (!entry) {
    throw new Error(
      `there is no content/scenarios/aws-vpc/${id}.yaml (presets: ${awsVpcPresetIds().join(', ')})`,
    );
  }
  const result = AwsVpcScenarioSchema.safeParse(parse(entry[1]));
  if (!result.success) {
    const problems = result.error.issues.map(
      (i) => `  - ${i.path.join('.') || '(file)'}: ${i.message}`,
    );
    throw new Error(`content/scenarios/aws-vpc/${id}.yaml is invalid:\n${problems.join('\n')}`);
  }
  return result.data;
}

/** The island's seed of a preset (plain JSON, as island props travel), with its first view. */
export function walkerSeed(id: string, scenario: AwsVpcScenario): VpcWalkerSeed {
  const { network, defaultFlow, outside, startOff } = scenario;
  const endpoints = listEndpoints(network, outside);
  const start: FlowChoice = {
    fromKey: endpointKey(defaultFlow.from),
    toKey: endpointKey(defaultFlow.to),
    protocol: defaultFlow.protocol,
    port: String(defaultFlow.port),
  };
  return {
    id,
    title: scenario.title,
    description: scenario.description,
    network,
    startOff,
    endpoints,
    toggles: listToggles(network),
    start,
    first: walkChoice(network, endpoints, new Set(startOff), start),
  };
}
