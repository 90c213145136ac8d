import { readJson } from './json-text';
import type { NetworkConfigList } from './types';
import { validateIpam } from './validate-ipam';
import { isRecord, NETWORK_NAME } from './validate-shapes';
import { LIST_VERSIONS, listInWords } from './versions';

/** The outcome of validation: the list (null when it cannot be used) and every problem found. */
export interface Validation {
  config: NetworkConfigList | null;
  problems: string[];
}

/** Checks a network configuration list (JSON text or a parsed object); never throws. */
export function validateConfigList(input: string | object): Validation {
  const read = typeof input === 'string' ? readJson(input) : { ok: true as const, value: input };
  if (!read.ok) return { config: null, problems: [read.problem] };
  const value = read.value;
  if (!isRecord(value)) {
    return {
      config: null,
      problems: ['The configuration must be a JSON object with cniVersion, name and plugins.'],
    };
  }
  const problems = [
    ...checkVersion(value['cniVersion']),
    ...checkName(value['name']),
    ...checkPlugins(value['plugins']),
  ];
  return {
    config: problems.length === 0 ? (value as unknown as NetworkConfigList) : null,
    problems,
  };
}

/** Checks cniVersion against the versions that allow configuration lists. */
function checkVersion(version: unknown): string[] {
  if (version === undefined) {
    return [`"cniVersion" is missing; add the spec version the list follows, e.g. "1.1.0".`];
  }
  if (typeof version !== 'string' || !(LIST_VERSIONS as readonly string[]).includes(version)) {
    return [
      `cniVersion ${JSON.stringify(version)} is not supported: a configuration list must use one of ${listInWords(LIST_VERSIONS)} (lists arrived with 0.3.0; 1.1.0 is current).`,
    ];
  }
  return [];
}

/** Checks the network name against the spec's character rules. */
function checkName(name: unknown): string[] {
  if (name === undefined || name === '')
    return [`"name" is missing; give the network a name, e.g. "podnet".`];
  if (typeof name !== 'string' || !NETWORK_NAME.test(name)) {
    return [
      `name ${JSON.stringify(name)} is not allowed: it must start with a letter or digit, followed only by letters, digits, "_", "." or "-".`,
    ];
  }
  return [];
}

/** Checks the plugins list: present, not empty, each entry an object with a type. */
function checkPlugins(plugins: unknown): string[] {
  if (plugins === undefined)
    return [`"plugins" is missing; list at least one plugin, e.g. [{"type": "bridge"}].`];
  if (!Array.isArray(plugins)) return [`"plugins" must be a list of plugin objects.`];
  if (plugins.length === 0) return [`"plugins" is empty; a network needs at least one plugin.`];
  return plugins.flatMap((plugin: unknown, index) => {
    const where = `plugins[${String(index)}]`;
    if (!isRecord(plugin)) return [`${where} must be an object with a "type".`];
    const problems: string[] = [];
    if (typeof plugin['type'] !== 'string' || plugin['type'] === '') {
      problems.push(`${where} has no "type"; it names the plugin executable, e.g. "bridge".`);
    }
    if (plugin['ipam'] !== undefined) problems.push(...validateIpam(plugin['ipam'], where));
    return problems;
  });
}
