import { block, v4 } from './ip-oracle';

// An independent oracle for the CNI generator tests: it reads the configuration list and the
// steps back from the question text and replays host-local and the runtime's plugin order with
// plain arithmetic written for the tests, sharing no code with src/sim/cni.

interface OracleRange {
  subnet: string;
  rangeStart?: string;
  rangeEnd?: string;
  gateway?: string;
}

interface OraclePlugin {
  type: string;
  ipam?: { type: string; ranges?: OracleRange[][] };
}

/** The JSON configuration list of the question's code block. */
export function configFromPrompt(prompt: string): { name: string; plugins: OraclePlugin[] } {
  const json = /```json\n([\s\S]*?)\n```/.exec(prompt)?.[1] ?? '{}';
  return JSON.parse(json) as { name: string; plugins: OraclePlugin[] };
}

/** The numbered steps ("3. DEL web-12") and the pod of the final ADD. */
export function stepsFromPrompt(prompt: string): { steps: [string, string][]; next: string } {
  const steps = [...prompt.matchAll(/^\d+\. (ADD|DEL) (\S+)$/gm)].map((m): [string, string] => [
    m[1] ?? '',
    m[2] ?? '',
  ]);
  return { steps, next: /Then it runs ADD for (\S+)\./.exec(prompt)?.[1] ?? '' };
}

/** Dotted text of an integer address. */
function dotted(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/** Replays host-local over the steps; the final ADD's address with prefix, or its error. */
export function replayHostLocal(prompt: string): string {
  const range = configFromPrompt(prompt).plugins[0]?.ipam?.ranges?.[0]?.[0];
  if (range === undefined) throw new Error('no range in the question');
  const { first, last, prefix } = block(range.subnet);
  const start = range.rangeStart === undefined ? first + 1 : v4(range.rangeStart);
  const end = range.rangeEnd === undefined ? last - 1 : v4(range.rangeEnd);
  const gateway = range.gateway === undefined ? first + 1 : v4(range.gateway);
  const usable = (ip: number) => ip !== first && ip !== last && ip !== gateway;
  const held = new Map<string, number>();
  let previous: number | undefined;
  const add = (pod: string): number | undefined => {
    const taken = new Set(held.values());
    let ip = previous === undefined || previous < start || previous > end ? end : previous;
    for (let tries = 0; tries <= end - start; tries++) {
      ip = ip >= end ? start : ip + 1;
      if (usable(ip) && !taken.has(ip)) {
        held.set(pod, ip);
        previous = ip;
        return ip;
      }
    }
    return undefined;
  };
  const { steps, next } = stepsFromPrompt(prompt);
  for (const [command, pod] of steps) {
    if (command === 'ADD') add(pod);
    else held.delete(pod);
  }
  const got = add(next);
  if (got !== undefined) return `${dotted(got)}/${String(prefix)}`;
  return `ADD fails: failed to allocate for range 0: no IP addresses available in range set: ${dotted(start)}-${dotted(end)}`;
}

/** The executables in the order the runtime (and each main plugin, for its IPAM) runs them. */
export function callOrder(prompt: string): string {
  const plugins = configFromPrompt(prompt).plugins;
  const ordered = prompt.includes('runs DEL') ? [...plugins].reverse() : plugins;
  return ordered.flatMap((p) => (p.ipam ? [p.type, p.ipam.type] : [p.type])).join(' → ');
}

/** The answer the oracle expects for any CNI question. */
export function expectedCniAnswer(prompt: string): string {
  return prompt.includes('In which order') ? callOrder(prompt) : replayHostLocal(prompt);
}
