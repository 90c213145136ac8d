import { describe, expect, it } from 'vitest';
import { DRILL_SKILLS, checkDrill, explainDrill, generateDrill } from '~/sim/subnet';
import type { DrillQuestion, DrillSkill } from '~/sim/subnet';
import {
  addressOfBits,
  analyzeOracle,
  bitsOf,
  compressOracle,
  eui64Oracle,
  expandOracle,
  ipv6TypeOracle,
  readGiven,
  vlsmOracle,
} from './oracle';

const SEEDS = Array.from({ length: 400 }, (_, i) => i * 7919 + 1);

/** The value of the given entry with this label. */
function givenValue(q: DrillQuestion, label: string): string {
  const entry = q.given.find((g) => g.label === label);
  if (!entry) throw new Error(`no given '${label}' in ${JSON.stringify(q.given)}`);
  return entry.value;
}

describe('generateDrill', () => {
  it('lists seven skills, each with a title and a summary', () => {
    expect(DRILL_SKILLS.map((s) => s.id)).toEqual([
      'analyze',
      'vlsm',
      'summarize',
      'ipv6-compress',
      'ipv6-expand',
      'eui64',
      'ipv6-type',
    ]);
    for (const skill of DRILL_SKILLS) {
      expect(skill.title.length).toBeGreaterThan(3);
      expect(skill.summary.length).toBeGreaterThan(10);
    }
  });

  it.each(DRILL_SKILLS.map((s) => s.id))(
    '%s is deterministic per seed and varies with it',
    (skill) => {
      expect(generateDrill(skill, 1234)).toEqual(generateDrill(skill, 1234));
      const values = new Set(
        SEEDS.slice(0, 50).map((seed) => JSON.stringify(generateDrill(skill, seed).given)),
      );
      expect(values.size).toBeGreaterThan(skill === 'ipv6-type' ? 30 : 45);
    },
  );

  it('keeps the seed and skill on the question, and every field has an answer', () => {
    for (const { id } of DRILL_SKILLS) {
      const q = generateDrill(id, 99);
      expect(q.skill).toBe(id);
      expect(q.seed).toBe(99);
      for (const field of q.fields) expect(q.answer[field.id]).toBeTruthy();
    }
  });

  it('analyze: every key matches a bit-string oracle, with masks and prefixes both used', () => {
    const styles = new Set<string>();
    const prefixes = new Set<number>();
    for (const seed of SEEDS) {
      const q = generateDrill('analyze', seed);
      const value = givenValue(q, 'Address');
      styles.add(value.includes('/') ? 'prefix' : 'mask');
      const { address, prefix } = readGiven(value);
      prefixes.add(prefix);
      expect(q.answer, value).toEqual(analyzeOracle(address, prefix));
    }
    expect(styles).toEqual(new Set(['prefix', 'mask']));
    expect([...prefixes].every((p) => p >= 8 && p <= 32)).toBe(true);
    expect(prefixes.has(31) && prefixes.has(32) && prefixes.has(24) && prefixes.has(9)).toBe(true);
  });

  it('vlsm: every key matches a brute-force lowest-free-block allocation', () => {
    for (const seed of SEEDS) {
      const q = generateDrill('vlsm', seed);
      const [base = '', prefixText = ''] = givenValue(q, 'Address block').split('/');
      const hosts = q.given.slice(1).map((g) => Number(g.value));
      expect(hosts.length).toBeGreaterThanOrEqual(2);
      const start = Number.parseInt(bitsOf(base), 2);
      const expected = vlsmOracle(start, 2 ** (32 - Number(prefixText)), hosts);
      const keys = q.fields.map((f) => q.answer[f.id]);
      expect(keys).toEqual(
        expected.map(
          ({ start: s, size }) =>
            `${addressOfBits(s.toString(2).padStart(32, '0'))}/${String(32 - Math.log2(size))}`,
        ),
      );
    }
  });

  it('summarize: the key spans exactly the listed networks, which are contiguous', () => {
    for (const seed of SEEDS) {
      const q = generateDrill('summarize', seed);
      const ranges = q.given.map((g) => {
        const [address = '', prefix = ''] = g.value.split('/');
        const start = Number.parseInt(bitsOf(address), 2);
        return { start, end: start + 2 ** (32 - Number(prefix)) - 1 };
      });
      const [summary = '', summaryPrefix = ''] = (q.answer['summary'] ?? '').split('/');
      const start = Number.parseInt(bitsOf(summary), 2);
      const end = start + 2 ** (32 - Number(summaryPrefix)) - 1;
      expect(ranges[0]?.start).toBe(start);
      expect(ranges.at(-1)?.end).toBe(end);
      ranges.slice(1).forEach((r, i) => expect(r.start).toBe((ranges[i]?.end ?? 0) + 1));
      expect(start % 2 ** (32 - Number(summaryPrefix))).toBe(0);
    }
  });

  it('ipv6-compress and ipv6-expand: keys match string-based RFC 5952 and expansion', () => {
    for (const seed of SEEDS) {
      const compress = generateDrill('ipv6-compress', seed);
      expect(compress.answer['compressed']).toBe(
        compressOracle(givenValue(compress, 'Full address')),
      );
      const expand = generateDrill('ipv6-expand', seed);
      expect(expand.answer['expanded']).toBe(expandOracle(givenValue(expand, 'Address')));
    }
  });

  it('eui64 and ipv6-type: keys match hex-string editing and prefix tables', () => {
    const types = new Set<string>();
    for (const seed of SEEDS) {
      const eui = generateDrill('eui64', seed);
      expect(eui.answer['address']).toBe(
        eui64Oracle(givenValue(eui, 'MAC address'), givenValue(eui, 'Prefix')),
      );
      const typed = generateDrill('ipv6-type', seed);
      expect(typed.answer['type']).toBe(ipv6TypeOracle(givenValue(typed, 'Address')));
      types.add(typed.answer['type'] ?? '');
    }
    expect(types.size).toBe(8);
  });

  it.each(DRILL_SKILLS.map((s) => s.id))(
    '%s: the key itself is graded correct, and explained',
    (skill: DrillSkill) => {
      for (const seed of SEEDS.slice(0, 100)) {
        const q = generateDrill(skill, seed);
        expect(checkDrill(q, q.answer).correct).toBe(true);
        const steps = explainDrill(q);
        expect(steps.length).toBeGreaterThanOrEqual(2);
        expect(steps.join(' ')).not.toMatch(/undefined|NaN/);
      }
    },
  );
});
