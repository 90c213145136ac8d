import type { DiagramLayout } from './diagram-layout';
import type { WalkStep } from './hop-view';

// Which boxes of the diagram a step lights up: the current hop's box (and the Service box on a
// DNAT), the boxes already visited, the trail between them, and the diagram's accessible title.

/** The diagram's highlight for one step (or for the whole walk). */
export interface DiagramHighlight {
  /** The keys of the boxes the packet is at now (none when the whole walk is shown). */
  readonly current: readonly string[];
  /** Pairs of box keys the packet has moved between, in order. */
  readonly trail: readonly (readonly [string, string])[];
  /** The SVG's title: what the picture shows at this step. */
  readonly title: string;
  /** A box's class: current, visited, or not (yet) on the path. */
  readonly stateOf: (key: string) => string;
}

/** The moves between boxes over the first `count` steps, through every box a step names (repeats dropped). */
function trailOf(keys: readonly (readonly string[])[], count: number): [string, string][] {
  const visits = keys.slice(0, count).flatMap((here) => here.filter((key) => key !== 'service'));
  const trail: [string, string][] = [];
  const seen = new Set<string>();
  visits.forEach((to, i) => {
    const from = visits[i - 1];
    if (from === undefined || from === to || seen.has(`${from}>${to}`)) return;
    seen.add(`${from}>${to}`);
    trail.push([from, to]);
  });
  return trail;
}

/** What the diagram's title says for a step. */
function titleOf(steps: readonly WalkStep[], step: number | 'all'): string {
  const intro =
    'Diagram of the packet’s path between the nodes; the hop list below describes every step.';
  if (step === 'all') return `${intro} All ${String(steps.length)} steps shown.`;
  const hop = steps[step]?.hop;
  return hop
    ? `${intro} Step ${String(step + 1)} of ${String(steps.length)}: the packet is at ${hop.at}, ${hop.device}.`
    : intro;
}

/** The highlight of the diagram at a step: everything up to it visited, the step itself current. */
export function highlightOf(
  layout: DiagramLayout,
  steps: readonly WalkStep[],
  step: number | 'all',
): DiagramHighlight {
  const count = step === 'all' ? layout.stepKeys.length : step + 1;
  const current = step === 'all' ? [] : (layout.stepKeys[step] ?? []);
  const visited = new Set(layout.stepKeys.slice(0, count).flat());
  return {
    current,
    trail: trailOf(layout.stepKeys, count),
    title: titleOf(steps, step),
    stateOf: (key) => {
      if (current.includes(key)) return 'pkt-current';
      return visited.has(key) ? 'pkt-visited' : '';
    },
  };
}
