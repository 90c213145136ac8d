import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportQti, qtiFiles } from '~/quiz/export';
import { everyKind, single } from '../fixtures';
import { NASTY, parseXml } from './xml-helpers';

describe('exportQti', () => {
  it('zips a manifest and one well-formed item per question', () => {
    const { zip, exported, skipped } = exportQti(everyKind);
    expect(skipped).toEqual([]);
    const files = unzipSync(zip);
    const names = Object.keys(files).sort();
    expect(names).toEqual([
      'imsmanifest.xml',
      'items/Q-matching-q.xml',
      'items/Q-multiple-q.xml',
      'items/Q-ordering-q.xml',
      'items/Q-scenario-q--part-one.xml',
      'items/Q-scenario-q--part-two.xml',
      'items/Q-single-q.xml',
      'items/Q-typed-cidr.xml',
    ]);
    for (const name of names) parseXml(strFromU8(files[name] ?? new Uint8Array()));
    const manifest = parseXml(strFromU8(files['imsmanifest.xml'] ?? new Uint8Array()));
    const resources = (manifest['manifest'] as { resources: { resource: { '@href': string }[] } })
      .resources.resource;
    expect(resources.map((r) => r['@href'])).toEqual(exported.map((id) => `items/Q-${id}.xml`));
  });

  it('is byte-identical for the same questions', () => {
    expect(exportQti(everyKind).zip).toEqual(exportQti(everyKind).zip);
  });

  it('round-trips special characters in prompts and choices', () => {
    const q = { ...single('nasty'), prompt: NASTY };
    q.options = q.options.map((o) => ({ ...o, text: NASTY + o.id }));
    const item = parseXml(qtiFiles([q])['items/Q-nasty.xml'] ?? '')['assessmentItem'] as {
      itemBody: {
        div: { p: string[] };
        choiceInteraction: { simpleChoice: { '#text': string; '@identifier': string }[] };
      };
      responseDeclaration: { correctResponse: { value: string[] } };
    };
    expect(item.itemBody.div.p).toEqual([NASTY]);
    expect(item.itemBody.choiceInteraction.simpleChoice.map((c) => c['#text'])).toEqual(
      q.options.map((o) => o.text),
    );
    expect(item.responseDeclaration.correctResponse.value).toEqual(['C-b']);
  });

  it('keys matching as directed pairs, leaving the distractor unpaired', () => {
    const item = parseXml(qtiFiles(everyKind)['items/Q-matching-q.xml'] ?? '')[
      'assessmentItem'
    ] as {
      responseDeclaration: { '@baseType': string; correctResponse: { value: string[] } };
    };
    expect(item.responseDeclaration['@baseType']).toBe('directedPair');
    expect(item.responseDeclaration.correctResponse.value).toEqual([
      'I-dns T-udp',
      'I-http T-tcp',
      'I-ssh T-tcp',
    ]);
  });
});
