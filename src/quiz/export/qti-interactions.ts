import { canonicalTyped } from '../typed-check';
import type {
  MatchingQuestion,
  MultipleQuestion,
  OrderingQuestion,
  PartQuestion,
  SingleQuestion,
  TypedQuestion,
} from '../types';
import { element, textElement } from './xml';

// The response declaration and interaction of each question kind in QTI 2.1, and the standard
// response-processing template that grades it.

/** What one question contributes to its item: declaration, interaction and grading template. */
export interface QtiInteraction {
  declaration: string;
  body: string;
  template: 'match_correct' | 'map_response';
}

/** A QTI identifier (must start with a letter): a prefix and the Podnet id. */
export function qtiId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/** The response declaration: its cardinality, base type, correct values and optional mapping. */
function declaration(
  cardinality: string,
  baseType: string,
  values: readonly string[],
  mapping = '',
): string {
  const correct = element(
    'correctResponse',
    {},
    values.map((v) => textElement('value', v)).join(''),
  );
  return element(
    'responseDeclaration',
    { identifier: 'RESPONSE', cardinality, baseType },
    correct + mapping,
  );
}

/** A simpleChoice for an option or an item to order. */
function simpleChoice(id: string, text: string): string {
  return textElement('simpleChoice', text, { identifier: qtiId('C', id) });
}

/** Single or multiple choice: a choiceInteraction, all or nothing. */
function choice(q: SingleQuestion | MultipleQuestion): QtiInteraction {
  const correct = q.options.filter((o) => o.correct).map((o) => qtiId('C', o.id));
  const attributes = {
    responseIdentifier: 'RESPONSE',
    shuffle: 'true',
    maxChoices: q.type === 'single' ? 1 : q.choose,
    minChoices: 0,
  };
  return {
    declaration: declaration(q.type === 'single' ? 'single' : 'multiple', 'identifier', correct),
    body: element(
      'choiceInteraction',
      attributes,
      q.options.map((o) => simpleChoice(o.id, o.text)).join(''),
    ),
    template: 'match_correct',
  };
}

/** Ordering: an orderInteraction with an ordered response. */
function order(q: OrderingQuestion): QtiInteraction {
  return {
    declaration: declaration(
      'ordered',
      'identifier',
      q.order.map((id) => qtiId('C', id)),
    ),
    body: element(
      'orderInteraction',
      { responseIdentifier: 'RESPONSE', shuffle: 'true' },
      q.items.map((i) => simpleChoice(i.id, i.text)).join(''),
    ),
    template: 'match_correct',
  };
}

/** Matching: directed pairs item → target; an item may go nowhere, a target take any number. */
function match(q: MatchingQuestion): QtiInteraction {
  const pairs = q.items.flatMap((i) => {
    const target = q.key[i.id];
    return target === null || target === undefined
      ? []
      : [`${qtiId('I', i.id)} ${qtiId('T', target)}`];
  });
  const set = (
    entries: readonly { id: string; text: string }[],
    prefix: string,
    matchMax: number,
  ): string =>
    element(
      'simpleMatchSet',
      {},
      entries
        .map((e) =>
          textElement('simpleAssociableChoice', e.text, {
            identifier: qtiId(prefix, e.id),
            matchMax,
          }),
        )
        .join(''),
    );
  return {
    declaration: declaration('multiple', 'directedPair', pairs),
    body: element(
      'matchInteraction',
      { responseIdentifier: 'RESPONSE', shuffle: 'true', maxAssociations: q.items.length },
      set(q.items, 'I', 1) + set(q.targets, 'T', 0),
    ),
    template: 'match_correct',
  };
}

/** Typed: a textEntryInteraction; every accepted answer maps to one point. */
function textEntry(q: TypedQuestion): QtiInteraction {
  const accepted =
    q.checker === 'number' ? q.accepted.map((a) => canonicalTyped('number', a)) : q.accepted;
  const caseSensitive = String(q.caseSensitive === true);
  const entries = [...new Set(accepted)].map((a) =>
    element('mapEntry', { mapKey: a, mappedValue: 1, caseSensitive }, ''),
  );
  return {
    declaration: declaration(
      'single',
      'string',
      accepted.slice(0, 1),
      element('mapping', { defaultValue: 0 }, entries.join('')),
    ),
    body: element(
      'p',
      {},
      element('textEntryInteraction', { responseIdentifier: 'RESPONSE', expectedLength: 40 }, ''),
    ),
    template: 'map_response',
  };
}

/** The interaction of any non-scenario question. */
export function qtiInteraction(q: PartQuestion): QtiInteraction {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return choice(q);
    case 'ordering':
      return order(q);
    case 'matching':
      return match(q);
    case 'typed':
      return textEntry(q);
  }
}
