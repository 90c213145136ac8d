import { readdirSync, readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseGift } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  EXPORT_FORMATS,
  GENERATED_SAMPLE,
  examOfTopic,
  exportFileName,
  exportSets,
  generatedSample,
  type ExportBank,
  type ExportFormat,
  type ExportSet,
} from '~/lib/export-sets';
import { SUBNET_GENERATORS } from '~/quiz/generators/subnet';
import { QuestionBankSchema } from '~/schemas/question';

// The shipped banks, read the way the build reads them, and the generated sample.
const dir = new URL('../../../content/questions/', import.meta.url);
const banks: ExportBank[] = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({
    id: name.replace(/\.yaml$/, ''),
    ...QuestionBankSchema.parse(parseYaml(readFileSync(new URL(name, dir), 'utf8'))),
  }));
const generated = generatedSample(SUBNET_GENERATORS);
const sets = exportSets(banks, generated);
const bankIds = banks.flatMap((b) => b.questions.map((q) => q.id));

/** The ids of the bank questions that belong to an exam (their own exams, or their bank's). */
function bankIdsFor(exam: string): string[] {
  return banks.flatMap((b) =>
    b.questions.filter((q) => (q.exams ?? b.exams).includes(exam as never)).map((q) => q.id),
  );
}

/** A set by slug. */
function setOf(slug: string): ExportSet {
  const set = sets.find((s) => s.slug === slug);
  if (set === undefined) return expect.fail(`no set ${slug}`);
  return set;
}

/** A format by id. */
function formatOf(id: ExportFormat['id']): ExportFormat {
  const format = EXPORT_FORMATS.find((f) => f.id === id);
  if (format === undefined) return expect.fail(`no format ${id}`);
  return format;
}

describe('examOfTopic', () => {
  it('maps topic tags to exams, both CCNA versions to ccna', () => {
    expect(examOfTopic('ccna-200-301:1.6')).toBe('ccna');
    expect(examOfTopic('ccna-200-301-v2:1.3')).toBe('ccna');
    expect(examOfTopic('saa-c03:1.2')).toBe('saa-c03');
    expect(examOfTopic('k8s:policy')).toBe('k8s');
    expect(examOfTopic('cka:1')).toBeUndefined();
  });
});

describe('generatedSample', () => {
  it('takes the generators in turn from the stated seed, the same every time', () => {
    expect(generated).toHaveLength(GENERATED_SAMPLE.perGenerator * SUBNET_GENERATORS.length);
    expect(generated.slice(0, 7).map((q) => q.id)).toEqual([
      'subnet-analyze-2026',
      'subnet-usable-2027',
      'subnet-summary-2028',
      'ipv6-type-2029',
      'ipv6-eui64-2030',
      'subnet-vlsm-2031',
      'subnet-analyze-2032',
    ]);
    expect(generatedSample(SUBNET_GENERATORS)).toEqual(generated);
    expect(generatedSample([])).toEqual([]);
  });
});

describe('exportSets', () => {
  it('lists SAA-C03, CCNA, Kubernetes, then all questions', () => {
    expect(sets.map((s) => [s.slug, s.title])).toEqual([
      ['saa-c03', 'AWS SAA-C03'],
      ['ccna', 'Cisco CCNA'],
      ['kubernetes', 'Kubernetes'],
      ['all', 'All questions'],
    ]);
  });

  it('puts each bank question in the exams of its own or its bank’s exams field', () => {
    const ids = (slug: string) => setOf(slug).questions.map((q) => q.id);
    expect(ids('saa-c03')).toEqual(bankIdsFor('saa-c03'));
    expect(ids('kubernetes')).toEqual(bankIdsFor('k8s'));
    expect(ids('ccna')).toEqual([...bankIdsFor('ccna'), ...generated.map((q) => q.id)]);
    expect(ids('all')).toEqual([...bankIds, ...generated.map((q) => q.id)]);
    // A question whose own field overrides its bank's: vpc-networking is SAA-C03, some also k8s.
    expect(bankIdsFor('k8s').some((id) => ids('saa-c03').includes(id))).toBe(true);
  });

  it('leaves no set empty and repeats no question within a set', () => {
    for (const set of sets) {
      const ids = set.questions.map((q) => q.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('export files', () => {
  it('names files by set and format', () => {
    expect(exportFileName(setOf('ccna'), formatOf('qti'))).toBe('podnet-ccna.qti.zip');
    expect(EXPORT_FORMATS.map((f) => f.suffix)).toEqual([
      '.gift.txt',
      '.moodle.xml',
      '.qti.zip',
      '.anki.txt',
    ]);
  });

  for (const slug of ['saa-c03', 'ccna', 'kubernetes', 'all']) {
    describe(slug, () => {
      const set = setOf(slug);

      it('writes GIFT that gift-pegjs parses, one question per exported id', () => {
        const file = formatOf('gift').write(set.questions);
        const parsed = parseGift(file.body as string).filter((q) => q.type !== 'Description');
        expect(parsed.map((q) => ('title' in q ? q.title : null))).toEqual(file.exported);
        expect(file.exported.length + file.skipped.length).toBeGreaterThanOrEqual(
          set.questions.length,
        );
      });

      it('writes well-formed Moodle XML', () => {
        const file = formatOf('moodle-xml').write(set.questions);
        expect(XMLValidator.validate(file.body as string)).toBe(true);
        expect((file.body as string).match(/<question type=/g)).toHaveLength(file.exported.length);
      });

      it('zips a QTI manifest and one item per exported question', () => {
        const file = formatOf('qti').write(set.questions);
        const entries = unzipSync(file.body as Uint8Array);
        const manifest = strFromU8(entries['imsmanifest.xml'] ?? new Uint8Array());
        expect(XMLValidator.validate(manifest)).toBe(true);
        const items = Object.keys(entries).filter((name) => name.startsWith('items/'));
        expect(items).toHaveLength(file.exported.length);
        expect(file.skipped).toEqual([]);
        for (const name of items) {
          expect(XMLValidator.validate(strFromU8(entries[name] ?? new Uint8Array()))).toBe(true);
        }
      });

      it('writes the Anki header and one four-field note per question', () => {
        const file = formatOf('anki').write(set.questions);
        const lines = (file.body as string).trimEnd().split('\n');
        expect(lines.slice(0, 4)).toEqual([
          '#separator:tab',
          '#html:true',
          '#guid column:1',
          '#tags column:4',
        ]);
        expect(lines.slice(4).map((line) => line.split('\t').length)).toEqual(
          set.questions.map(() => 4),
        );
        expect(lines.slice(4).map((line) => line.split('\t')[0])).toEqual(
          set.questions.map((q) => `podnet-${q.id}`),
        );
      });
    });
  }
});
