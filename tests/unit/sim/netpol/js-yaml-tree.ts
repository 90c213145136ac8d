import { COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE, getScalarValue } from 'js-yaml';
import type { Event, MappingEvent, ScalarEvent, SequenceEvent } from 'js-yaml';
import { parseEvents } from 'js-yaml';
import { emptyScalarOffset, skipBlanks } from '~/sim/netpol/yaml-build';
import { documentStretches } from '~/sim/netpol/yaml-documents';
import type { YamlNode, YamlPair } from '~/sim/netpol/yaml-nodes';
import { resolveScalar } from '~/sim/netpol/yaml-scalars';

// The YAML layer as it was before the reader of our own: js-yaml 5's event parser, and these
// placement rules turning its events into the same node trees. Kept for tests only, so the
// differential tests can compare the reader with it.

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
    if (event?.type !== EVENT_ID.DOCUMENT) continue;
    const root = walk.next < events.length ? nodeFrom(walk) : null;
    walk.next++; // the document's closing pop
    documents.push(root);
  }
  return documents;
}

/** Reads the node whose event is next, and everything inside it. */
function nodeFrom(walk: Walk, isKey = false): YamlNode {
  const event = walk.events[walk.next++];
  switch (event?.type) {
    case EVENT_ID.SCALAR:
      return scalarFrom(walk, event, isKey);
    case EVENT_ID.ALIAS:
      walk.cursor = Math.max(walk.cursor, event.anchorEnd);
      return {
        kind: 'alias',
        source: walk.source.slice(event.anchorStart, event.anchorEnd),
        offset: walk.base + event.anchorStart - 1,
      };
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return collectionFrom(walk, event);
    default:
      // The parser never ends a stream inside a node; an empty scalar keeps the walk total anyway.
      return { kind: 'scalar', value: null, source: '', offset: walk.base + walk.cursor };
  }
}

/** A mapping or sequence node, its items read up to the event that closes it. */
function collectionFrom(walk: Walk, event: MappingEvent | SequenceEvent): YamlNode {
  const flow = event.style === COLLECTION_STYLE.FLOW;
  const props = Math.max(event.anchorEnd, event.tagEnd);
  // The parser starts a collection at its tag or anchor; its content starts after them.
  const start = props > event.start ? skipBlanks(walk.source, props) : event.start;
  walk.cursor = Math.max(walk.cursor, start + (flow ? 1 : 0));
  const offset = walk.base + start;
  if (event.type === EVENT_ID.MAPPING) {
    const items: YamlPair[] = [];
    while (!atPop(walk)) items.push({ key: nodeFrom(walk, true), value: nodeFrom(walk) });
    closeCollection(walk, flow);
    return { kind: 'map', items, offset };
  }
  const items: YamlNode[] = [];
  while (!atPop(walk)) items.push(nodeFrom(walk));
  closeCollection(walk, flow);
  return { kind: 'seq', items, offset };
}

/**
 * Where a block scalar starts: at its `|` or `>` header, which the parser's offsets skip when a
 * comment follows the header. Other scalars start where the parser says.
 */
function blockHeaderOffset(walk: Walk, event: ScalarEvent, props: number): number {
  if (event.style !== SCALAR_STYLE.LITERAL_BLOCK && event.style !== SCALAR_STYLE.FOLDED_BLOCK) {
    return event.valueStart;
  }
  const from = Math.max(walk.cursor, props);
  const header = walk.source.slice(from, event.valueStart + 1).search(/[|>]/);
  return header === -1 ? event.valueStart : from + header;
}

/** Consumes the closing event; a flow collection's cursor moves past its `]` or `}`. */
function closeCollection(walk: Walk, flow: boolean): void {
  walk.next++;
  if (!flow) return;
  const end = skipBlanks(walk.source, walk.cursor, true);
  if (walk.source[end] === ']' || walk.source[end] === '}') walk.cursor = end + 1;
}

/** Whether the next event closes the open collection (or the stream has run out). */
function atPop(walk: Walk): boolean {
  const event = walk.events[walk.next];
  return event === undefined || event.type === EVENT_ID.POP;
}

/** A scalar node: its resolved value, and its offset (a quoted scalar starts at its quote). */
function scalarFrom(walk: Walk, event: ScalarEvent, isKey: boolean): YamlNode {
  const text = getScalarValue(walk.source, event);
  const tag = event.tagStart < 0 ? '' : walk.source.slice(event.tagStart, event.tagEnd);
  const value = resolveScalar(text, event.style === SCALAR_STYLE.PLAIN, tag);
  const props = Math.max(event.anchorEnd, event.tagEnd);
  if (event.valueStart < 0) {
    walk.cursor = Math.max(walk.cursor, props);
    walk.cursor = emptyScalarOffset(walk.source, walk.cursor, isKey);
    const offset = walk.cursor;
    return { kind: 'scalar', value, source: text, offset: walk.base + offset };
  }
  const quoted =
    event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
  const offset = quoted ? event.valueStart - 1 : blockHeaderOffset(walk, event, props);
  walk.cursor = Math.max(walk.cursor, quoted ? event.valueEnd + 1 : event.valueEnd);
  return { kind: 'scalar', value, source: text, offset: walk.base + offset };
}

/** An explicit document end: a stretch holding one is a document even when empty. */
const END_MARKER = /^\.\.\.(?=[ \t\r\n]|$)/m;

/**
 * The documents of a text read the old way, stretch by stretch: each document's tree, or
 * 'error' for a stretch js-yaml refuses.
 */
export function documentsByJsYaml(text: string): (YamlNode | null | 'error')[] {
  return documentStretches(text).flatMap<YamlNode | null | 'error'>(({ start, end }) => {
    const source = text.slice(start, end);
    try {
      const documents = documentsFromEvents(parseEvents(source, {}), source, start);
      if (documents.length === 0 && END_MARKER.test(source)) documents.push(null);
      return documents;
    } catch {
      return ['error' as const];
    }
  });
}
