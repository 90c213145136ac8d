import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DRILL_SKILLS, checkDrill, generateDrill } from '~/sim/subnet';
import type { DrillQuestion } from '~/sim/subnet';

/** A hand-made analyze question, so the grading rules are tested on known values. */
function analyzeQuestion(answer: Record<string, string>): DrillQuestion {
  const base = generateDrill('analyze', 1);
  return { ...base, answer };
}

const SLASH_24 = analyzeQuestion({
  network: '10.0.0.0',
  broadcast: '10.0.3.255',
  firstHost: '10.0.0.1',
  lastHost: '10.0.3.254',
  usableHosts: '1022',
});
const SLASH_31 = analyzeQuestion({
  network: '10.0.0.0',
  broadcast: 'none',
  firstHost: '10.0.0.0',
  lastHost: '10.0.0.1',
  usableHosts: '2',
});

/** The check of one field. */
function field(q: DrillQuestion, answers: Record<string, string>, id: string) {
  const found = checkDrill(q, answers).fields.find((f) => f.id === id);
  if (!found) throw new Error(`no field ${id}`);
  return found;
}

describe('checkDrill', () => {
  it('accepts the key with spaces around it and a thousands separator in numbers', () => {
    const result = checkDrill(SLASH_24, {
      network: ' 10.0.0.0 ',
      broadcast: '10.0.3.255\n',
      firstHost: '\t10.0.0.1',
      lastHost: '10.0.3.254',
      usableHosts: '1,022',
    });
    expect(result.correct).toBe(true);
    expect(result.fields.map((f) => f.given)).toEqual([
      '10.0.0.0',
      '10.0.3.255',
      '10.0.0.1',
      '10.0.3.254',
      '1,022',
    ]);
  });

  it.each(['1 022', '1022', '1_022'])('reads %j as 1022', (text) => {
    expect(field(SLASH_24, { usableHosts: text }, 'usableHosts').correct).toBe(true);
  });

  it('marks a wrong but valid answer wrong without a problem note', () => {
    expect(field(SLASH_24, { network: '10.0.0.1' }, 'network')).toEqual({
      id: 'network',
      correct: false,
      expected: '10.0.0.0',
      given: '10.0.0.1',
    });
  });

  it('explains text that is not an address or a number', () => {
    expect(field(SLASH_24, { network: '10.0.0.256' }, 'network').problem).toContain('at most 255');
    expect(field(SLASH_24, { usableHosts: 'lots' }, 'usableHosts').problem).toContain(
      'not a whole number',
    );
    expect(field(SLASH_24, { usableHosts: '-3' }, 'usableHosts').problem).toContain(
      'not a whole number',
    );
    expect(field(SLASH_24, {}, 'network')).toMatchObject({
      correct: false,
      given: '',
      problem: 'Nothing entered yet.',
    });
  });

  it('takes "none" (and the like) for the missing broadcast of a /31, and only there', () => {
    for (const word of ['none', 'None', 'N/A', '-']) {
      expect(field(SLASH_31, { broadcast: word }, 'broadcast').correct).toBe(true);
    }
    expect(field(SLASH_31, { broadcast: '10.0.0.1' }, 'broadcast').correct).toBe(false);
    expect(field(SLASH_24, { broadcast: 'none' }, 'broadcast').correct).toBe(false);
  });

  it('compares CIDR answers as blocks, accepting a mask, refusing host bits with a note', () => {
    const q = generateDrill('summarize', 5);
    const key = q.answer['summary'] ?? '';
    const [address = '', prefix = ''] = key.split('/');
    expect(field(q, { summary: `${address} / ${prefix}` }, 'summary').correct).toBe(true);
    const mask = [
      '255.0.0.0',
      '255.128.0.0',
      '255.192.0.0',
      '255.224.0.0',
      '255.240.0.0',
      '255.248.0.0',
      '255.252.0.0',
      '255.254.0.0',
    ];
    const bigMask = Number(prefix) >= 8 && Number(prefix) < 16 ? mask[Number(prefix) - 8] : null;
    if (bigMask)
      expect(field(q, { summary: `${address} ${bigMask}` }, 'summary').correct).toBe(true);
    const hostBits = address.replace(/\.\d+$/, '.1');
    const check = field(q, { summary: `${hostBits}/${prefix}` }, 'summary');
    expect(check.correct).toBe(false);
    expect(check.problem).toContain('host bits set');
  });

  it('requires the RFC 5952 form for compress and says which rule is broken', () => {
    const q: DrillQuestion = {
      ...generateDrill('ipv6-compress', 3),
      answer: { compressed: '2001:db8::1:0:0:1' },
    };
    const problem = (text: string) => field(q, { compressed: text }, 'compressed');
    expect(problem('2001:db8::1:0:0:1').correct).toBe(true);
    expect(problem('2001:DB8::1:0:0:1').problem).toContain('lower case');
    expect(problem('2001:0db8::1:0:0:1').problem).toContain('leading zeros');
    expect(problem('2001:db8:0:0:1:0:0:1').problem).toContain("with '::'");
    expect(problem('2001:db8:0:0:1::1').problem).toContain(
      'the first one when two runs are equally long',
    );
    expect(problem('2001:db8::2:0:0:1')).toMatchObject({ correct: false });
    expect(problem('2001:db8::2:0:0:1').problem).toBeUndefined();
    const single: DrillQuestion = { ...q, answer: { compressed: '2001:db8:0:1:1:1:1:1' } };
    expect(field(single, { compressed: '2001:db8::1:1:1:1:1' }, 'compressed').problem).toContain(
      'single 0 group',
    );
  });

  it('requires all eight four-digit groups for expand, in either case', () => {
    const q: DrillQuestion = {
      ...generateDrill('ipv6-expand', 3),
      answer: { expanded: '2001:0db8:0000:0000:0000:0000:0000:0001' },
    };
    const check = (text: string) => field(q, { expanded: text }, 'expanded');
    expect(check('2001:0DB8:0000:0000:0000:0000:0000:0001').correct).toBe(true);
    expect(check('2001:db8::1').problem).toContain('zero groups');
    expect(check('2001:db8:0:0:0:0:0:1').problem).toContain('four hex digits');
    expect(check('fe80:::1').problem).toContain('group missing');
  });

  it('compares eui64 answers as addresses in any notation', () => {
    const q = generateDrill('eui64', 8);
    const key = q.answer['address'] ?? '';
    const full =
      key.split(':').length === 8 ? key.replace(/\b(\w{1,3})\b/g, (g) => g.padStart(4, '0')) : key;
    expect(field(q, { address: full.toUpperCase() }, 'address').correct).toBe(true);
  });

  it('accepts a choice by value or label, in any case', () => {
    const q = generateDrill('ipv6-type', 11);
    const key = q.answer['type'] ?? '';
    const label = q.fields[0]?.choices?.find((c) => c.value === key)?.label ?? '';
    expect(field(q, { type: key.toUpperCase() }, 'type').correct).toBe(true);
    expect(field(q, { type: label }, 'type').correct).toBe(true);
    expect(field(q, { type: 'anycast' }, 'type').correct).toBe(false);
  });

  it('never throws, whatever the learner types', () => {
    const questions = DRILL_SKILLS.map((s) => generateDrill(s.id, 77));
    fc.assert(
      fc.property(fc.constantFrom(...questions), fc.string({ maxLength: 80 }), (q, text) => {
        const answers = Object.fromEntries(q.fields.map((f) => [f.id, text]));
        const result = checkDrill(q, answers);
        expect(result.fields).toHaveLength(q.fields.length);
      }),
      { numRuns: 2000 },
    );
    const q = questions[0] as DrillQuestion;
    expect(() => checkDrill(q, null as unknown as Record<string, string>)).not.toThrow();
    expect(() => checkDrill(q, { network: 42 as unknown as string })).not.toThrow();
  });
});
