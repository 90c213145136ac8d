import { describe, expect, it } from 'vitest';
import { exportMoodleXml } from '~/quiz/export';
import { everyKind, single } from '../fixtures';
import { NASTY, parseXml } from './xml-helpers';

interface MoodleText {
  text: string;
}
interface MoodleQuestion {
  '@type': string;
  name: MoodleText;
  questiontext: MoodleText & { '@format': string };
  answer?: (MoodleText & { '@fraction': string; feedback?: MoodleText })[];
  subquestion?: (MoodleText & { answer: MoodleText[] })[];
  tags?: { tag: MoodleText[] };
}

/** Exports and parses back the questions of a Moodle XML file. */
function questionsOf(xml: string): MoodleQuestion[] {
  return (parseXml(xml)['quiz'] as { question: MoodleQuestion[] }).question;
}

describe('exportMoodleXml', () => {
  it('is well-formed and round-trips special characters', () => {
    const q = { ...single('nasty'), prompt: NASTY };
    q.options = q.options.map((o) => ({ ...o, text: NASTY + o.id, explanation: `${NASTY} why` }));
    const [parsed] = questionsOf(exportMoodleXml([q]).xml);
    expect(parsed?.questiontext).toEqual({ '@format': 'plain_text', text: NASTY });
    expect(parsed?.answer?.map((a) => [a.text, a['@fraction'], a.feedback?.text])).toEqual(
      q.options.map((o) => [o.text, o.correct ? '100' : '0', o.explanation]),
    );
    expect(parsed?.tags?.tag.map((t) => t.text)).toEqual(['saa-c03:1.2']);
  });

  it('maps every kind to a Moodle type, skipping unplaced matching items', () => {
    const result = exportMoodleXml(everyKind);
    expect(result.skipped).toEqual([
      {
        id: 'matching-q',
        reason:
          'matching with an item that belongs to no target (the format needs every item placed)',
      },
    ]);
    const parsed = questionsOf(result.xml);
    expect(parsed.map((q) => [q.name.text, q['@type']])).toEqual([
      ['single-q', 'multichoice'],
      ['multiple-q', 'multichoice'],
      ['ordering-q', 'ordering'],
      ['typed-cidr', 'shortanswer'],
      ['scenario-q--part-one', 'multichoice'],
      ['scenario-q--part-two', 'shortanswer'],
    ]);
    expect(parsed[1]?.answer?.map((a) => a['@fraction'])).toEqual([
      '50',
      '-100',
      '50',
      '-100',
      '-100',
    ]);
    expect(parsed[2]?.answer?.map((a) => a.text)).toEqual(['SYN', 'SYN-ACK', 'ACK']);
  });

  it('writes matching with distractor targets as empty subquestions', () => {
    const placed = { ...everyKind[3], id: 'placed' } as Extract<
      (typeof everyKind)[number],
      { type: 'matching' }
    >;
    const q = {
      ...placed,
      items: placed.items.slice(0, 3),
      key: { dns: 'udp', http: 'tcp', ssh: 'tcp' },
    };
    const [parsed] = questionsOf(exportMoodleXml([q]).xml);
    expect(parsed?.subquestion?.map((s) => [s.text, s.answer[0]?.text])).toEqual([
      ['DNS queries', 'UDP'],
      ['HTTP/1.1', 'TCP'],
      ['SSH', 'TCP'],
      ['', 'SCTP'],
    ]);
  });
});
