import {
  COLLECTION_STYLE_FLOW,
  EVENT_ALIAS,
  EVENT_DOCUMENT,
  EVENT_MAPPING,
  EVENT_POP,
  EVENT_SCALAR,
  EVENT_SEQUENCE,
  SCALAR_STYLE_DOUBLE_QUOTED,
  SCALAR_STYLE_PLAIN,
  SCALAR_STYLE_SINGLE_QUOTED,
  getScalarValue,
} from 'js-yaml';
import type { Event, MappingEvent, ScalarEvent, SequenceEvent } from 'js-yaml';
import type { YamlNode, YamlPair } from './yaml-nodes';
import { resolveScalar } from './yaml-scalars';

/** Walks a parser event stream, building nodes with their offsets in the whole input. */
interface Walk {
  readonly events: readonly Event[];
  /** The text the events' offsets refer to. */
  readonly source: string;
  /** Where that text starts in the whole input. */
  readonly base: number;
  next: number;
  /** The end of the last token read, from where an empty scalar's position is found. */
  cursor: number;
}

/**
 * The documents of an event stream as node trees (null for an empty document). Offsets are those
 * of `source`, shifted by `base`.
 */
export function documentsFromEvents(
  events: readonly Event[],
  source: string,
  base: number,
): (YamlNode | null)[] {
  const walk: Walk = { events, source, base, next: 0, cursor: 0 };
  const documents: (YamlNode | null)[] = [];
  while (walk.next < events.length) {
    const event = events[walk.next++];
    if (event?.type !== EVENT_DOCUMENT) continue;
    const root = walk.next < events.length ? nodeFrom(walk) : null;
    walk.next++; // the document's closing pop
    documents.push(root);
  }
  return documents;
}

/** Reads the node whose event is next, and everything inside it. */
function nodeFrom(walk: Walk): YamlNode {
  const event = walk.events[walk.next++];
  switch (event?.type) {
    case EVENT_SCALAR:
      return scalarFrom(walk, event);
    case EVENT_ALIAS:
      walk.cursor = Math.max(walk.cursor, event.anchorEnd);
      return {
        kind: 'alias',
        source: walk.source.slice(event.anchorStart, event.anchorEnd),
        offset: walk.base + event.anchorStart - 1,
      };
    case EVENT_MAPPING:
    case EVENT_SEQUENCE:
      return collectionFrom(walk, event);
    default:
      // The parser never ends a stream inside a node; an empty scalar keeps the walk total anyway.
      return { kind: 'scalar', value: null, source: '', offset: walk.base + walk.cursor };
  }
}

/** A mapping or sequence node, its items read up to the event that closes it. */
function collectionFrom(walk: Walk, event: MappingEvent | SequenceEvent): YamlNode {
  const flow = event.style === COLLECTION_STYLE_FLOW;
  walk.cursor = Math.max(walk.cursor, event.start + (flow ? 1 : 0));
  const offset = walk.base + event.start;
  if (event.type === EVENT_MAPPING) {
    const items: YamlPair[] = [];
    while (!atPop(walk)) items.push({ key: nodeFrom(walk), value: nodeFrom(walk) });
    walk.next++;
    return { kind: 'map', items, offset };
  }
  const items: YamlNode[] = [];
  while (!atPop(walk)) items.push(nodeFrom(walk));
  walk.next++;
  return { kind: 'seq', items, offset };
}

/** Whether the next event closes the open collection (or the stream has run out). */
function atPop(walk: Walk): boolean {
  const event = walk.events[walk.next];
  return event === undefined || event.type === EVENT_POP;
}

/** A scalar node: its resolved value, and its offset (a quoted scalar starts at its quote). */
function scalarFrom(walk: Walk, event: ScalarEvent): YamlNode {
  const text = getScalarValue(walk.source, event);
  const tag = event.tagStart < 0 ? '' : walk.source.slice(event.tagStart, event.tagEnd);
  const value = resolveScalar(text, event.style === SCALAR_STYLE_PLAIN, tag);
  const props = Math.max(event.anchorEnd, event.tagEnd);
  if (event.valueStart < 0) {
    walk.cursor = Math.max(walk.cursor, props);
    const offset = emptyScalarOffset(walk.source, walk.cursor);
    return { kind: 'scalar', value, source: text, offset: walk.base + offset };
  }
  const quoted =
    event.style === SCALAR_STYLE_SINGLE_QUOTED || event.style === SCALAR_STYLE_DOUBLE_QUOTED;
  const offset = quoted ? event.valueStart - 1 : event.valueStart;
  walk.cursor = Math.max(walk.cursor, quoted ? event.valueEnd + 1 : event.valueEnd);
  return { kind: 'scalar', value, source: text, offset: walk.base + offset };
}

/**
 * Where an empty scalar sits: after the indicator (`:`, `-`, `?` or `,`) that follows the last
 * token read, and the spaces after it, so `name:` points just past its colon.
 */
export function emptyScalarOffset(source: string, from: number): number {
  let i = from;
  for (;;) {
    while (source[i] === ' ' || source[i] === '\t') i++;
    const c = source[i];
    if (c === '#') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (c === '\n' || c === '\r') i++;
    else break;
  }
  if (!/^[-:?,]$/.test(source[i] ?? '')) return from;
  i++;
  while (source[i] === ' ' || source[i] === '\t') i++;
  return i;
}
