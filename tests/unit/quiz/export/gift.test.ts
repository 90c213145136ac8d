import { parse, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { escapeGift, exportGift } from '~/quiz/export';
import { matching, multiple, ordering, scenario, single, typed } from '../fixtures';

const NASTY = `Which <b>&"'{}~=#: \\ option?\nSecond line`;

/** Parses GIFT text, dropping anything but questions. */
const parseGift = (text: string) =>
  parse(text).filter((q) => q.type !== 'Category' && q.type !== 'Description');

/** Narrows a parsed question to a type. */
function as<T extends GIFTQuestion['type']>(
  q: GIFTQuestion | undefined,
  type: T,
): Extract<GIFTQuestion, { type: T }> {
  if (q?.type !== type) return expect.fail(`expected ${type}, got ${String(q?.type)}`);
  return q as Extract<GIFTQuestion, { type: T }>;
}

describe('exportGift', () => {
  it('escapes every special character', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
  });

  it('round-trips prompts, options and feedback with special characters', () => {
    const q = { ...single('nasty'), prompt: NASTY, explanation: 'General {#}' };
    q.options = q.options.map((o) => ({
      ...o,
      text: `${o.text} ~=#{}:`,
      explanation: `${o.explanation} <i>&`,
    }));
    const [parsed] = parseGift(exportGift([q]).text);
    const mc = as(parsed, 'MC');
    expect(mc.title).toBe('nasty');
    expect(mc.stem).toEqual({ format: 'plain', text: NASTY });
    expect(mc.globalFeedback?.text).toBe('General {#}');
    expect(mc.choices.map((c) => [c.text.text, c.isCorrect, c.feedback?.text])).toEqual(
      q.options.map((o) => [o.text, o.correct, o.explanation]),
    );
  });

  it('weights multiple-response options (Moodle gives partial credit)', () => {
    const mc = as(parseGift(exportGift([multiple()]).text)[0], 'MC');
    expect(mc.choices.map((c) => c.weight)).toEqual([50, -100, 50, -100, -100]);
  });

  it('writes typed answers as short answer or numerical', () => {
    const parsed = parseGift(
      exportGift([typed('ipv4', ['10.0.0.1', '10.0.0.2']), typed('number', ['1,022'])]).text,
    );
    expect(as(parsed[0], 'Short').choices.map((c) => c.text.text)).toEqual([
      '10.0.0.1',
      '10.0.0.2',
    ]);
    const numerical = as(parsed[1], 'Numerical');
    expect(numerical.choices).toEqual([
      expect.objectContaining({ isCorrect: true, text: { type: 'simple', number: 1022 } }),
    ]);
  });

  it('writes matching when every item is placed, and skips what GIFT cannot hold', () => {
    const placed = {
      ...matching,
      id: 'placed',
      items: matching.items.slice(0, 3),
      key: { dns: 'udp', http: 'tcp', ssh: 'tcp' },
    };
    const result = exportGift([placed, matching, ordering]);
    expect(result.exported).toEqual(['placed']);
    expect(result.skipped.map((s) => s.id)).toEqual(['matching-q', 'ordering-q']);
    const pairs = as(parseGift(result.text)[0], 'Matching').matchPairs;
    expect(pairs.map((p) => [p.subquestion.text, p.subanswer])).toEqual([
      ['DNS queries', 'UDP'],
      ['HTTP/1.1', 'TCP'],
      ['SSH', 'TCP'],
    ]);
  });

  it('writes each scenario part as a question with the stem in front', () => {
    const result = exportGift([scenario]);
    expect(result.exported).toEqual(['scenario-q--part-one', 'scenario-q--part-two']);
    const parsed = parseGift(result.text);
    expect(parsed).toHaveLength(2);
    expect(as(parsed[0], 'MC').stem.text).toBe('A VPC has 10.0.0.0/16.\n\nPick one');
  });
});

describe('exportGift matching limits', () => {
  it('skips matching with fewer than three pairs', () => {
    const two = {
      ...matching,
      id: 'two',
      items: matching.items.slice(0, 2),
      key: { dns: 'udp', http: 'tcp' },
    };
    expect(exportGift([two]).skipped).toEqual([
      { id: 'two', reason: 'matching with fewer than three pairs (GIFT needs at least three)' },
    ]);
  });
});
