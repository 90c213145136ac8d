import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

/** Asserts a document is well-formed XML and parses it, keeping text exactly as written. */
export function parseXml(xml: string): Record<string, unknown> {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) =>
      [
        'question',
        'answer',
        'subquestion',
        'simpleChoice',
        'resource',
        'tag',
        'value',
        'simpleAssociableChoice',
        'p',
      ].includes(name),
  });
  return parser.parse(xml) as Record<string, unknown>;
}

export const NASTY = `Which <b>&"'{}~=#: \\ option?`;
