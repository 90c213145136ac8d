import { useId, useMemo } from 'react';
import type { PacketWalk } from '~/sim/packet/walk-types';
import { anchorPoint, layoutDiagram, type DiagramLayout, type PlacedPart } from './diagram-layout';
import { highlightOf } from './diagram-highlight';
import type { WalkStep } from './hop-view';
import type { StepChoice } from './use-packet-walker';

/** The font size of box labels in viewBox units. */
const FONT = 12;
/** The smallest a label shrinks to before it is squeezed. */
const MIN_FONT = 9;
/** A monospace glyph's width as a share of the font size. */
const MONO_WIDTH = 0.62;

/** A label that is squeezed to fit its box when it is too long for it. */
function FitText({
  x,
  y,
  text,
  room,
  className,
}: {
  x: number;
  y: number;
  text: string;
  room: number;
  className: string;
}) {
  const fits = room / (text.length * MONO_WIDTH);
  // Shrink a long label down to MIN_FONT, then squeeze what still overflows into the box.
  const size = Math.max(MIN_FONT, Math.min(FONT, fits));
  const squeeze = text.length * MONO_WIDTH * size > room;
  return (
    <text
      x={x}
      y={y}
      className={className}
      textAnchor="middle"
      {...(size < FONT ? { style: { fontSize: `${size.toFixed(1)}px` } } : {})}
      {...(squeeze ? { textLength: room, lengthAdjust: 'spacingAndGlyphs' } : {})}
    >
      {text}
    </text>
  );
}

/** One device, pod or place, highlighted when the packet is there or has been. */
function PartBox({ part, state }: { part: PlacedPart; state: string }) {
  const cx = part.x + part.width / 2;
  const lineY = part.sub ? part.y + part.height / 2 - 2 : part.y + part.height / 2 + 4;
  return (
    <g className={`pkt-part pkt-part-${part.kind} ${state}`}>
      <rect x={part.x} y={part.y} width={part.width} height={part.height} rx={4} />
      <FitText x={cx} y={lineY} text={part.label} room={part.width - 6} className="pkt-label" />
      {part.sub && (
        <FitText x={cx} y={lineY + 13} text={part.sub} room={part.width - 6} className="pkt-sub" />
      )}
    </g>
  );
}

/** Where the packet's dot sits: on top of the current box, above the box it came from on a band. */
function dotAt(
  layout: DiagramLayout,
  byKey: ReadonlyMap<string, PlacedPart>,
  step: StepChoice,
): { x: number; y: number } | null {
  if (step === 'all') return null;
  const here = byKey.get(layout.stepKeys[step]?.[0] ?? '');
  if (!here) return null;
  const before = byKey.get(layout.stepKeys[step - 1]?.[0] ?? '');
  return { x: anchorPoint(here, before).x, y: here.y };
}

/**
 * The two nodes, their devices, the network and the outside world, with the packet's trail so far
 * and a dot at the current hop. The hop list is its text equivalent.
 */
export function PacketDiagram({
  walk,
  steps,
  step,
}: {
  walk: PacketWalk;
  steps: readonly WalkStep[];
  step: StepChoice;
}) {
  const titleId = useId();
  const layout = useMemo(() => layoutDiagram(walk, steps), [walk, steps]);
  const light = highlightOf(layout, steps, step);
  const byKey = new Map(layout.parts.map((p) => [p.key, p]));
  const band = byKey.get('net');
  const dot = dotAt(layout, byKey, step);
  const nat = step === 'all' ? undefined : steps[step]?.hop.nat;
  return (
    <svg
      className="pkt-diagram"
      viewBox={`0 0 ${String(layout.width)} ${String(layout.height)}`}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>{light.title}</title>
      {layout.nodes.map((node) => (
        <g key={node.name} className={`pkt-node${node.idle ? ' pkt-idle' : ''}`}>
          <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={6} />
          <text x={node.x + 8} y={node.y + 15} className="pkt-node-name">
            {node.name}
            {node.ip && (
              <tspan className="pkt-node-ip" dx={6}>
                {node.ip}
              </tspan>
            )}
          </text>
        </g>
      ))}
      {band &&
        layout.parts
          .filter((p) => p.kind === 'nic' || (p.kind === 'outside' && p.key !== 'service'))
          .map((p) => {
            const x = p.x + p.width / 2;
            const [from, to] =
              p.y < band.y ? [p.y + p.height, band.y] : [band.y + band.height, p.y];
            return (
              <line key={`link-${p.key}`} className="pkt-link" x1={x} y1={from} x2={x} y2={to} />
            );
          })}
      {light.trail.map(([a, b], i) => {
        const [start, end] = [byKey.get(a), byKey.get(b)];
        if (!start || !end) return null;
        const from = anchorPoint(start, end);
        const to = anchorPoint(end, start);
        return (
          <line
            key={`trail-${String(i)}`}
            className="pkt-trail"
            x1={from.x}
            y1={from.y}
            x2={to.x}
            y2={to.y}
          />
        );
      })}
      {layout.parts.map((part) => (
        <PartBox key={part.key} part={part} state={light.stateOf(part.key)} />
      ))}
      {dot && <circle className="pkt-dot" cx={dot.x} cy={dot.y} r={6} />}
      {dot && nat && (
        <text className="pkt-nat-tag" x={dot.x + 10} y={dot.y + 4}>
          {nat}
        </text>
      )}
    </svg>
  );
}
