import { describe, expect, it } from 'vitest';
import {
  choiceForCode,
  cleanCode,
  codeFor,
  inPoolFamily,
  examChoices,
  newExamCode,
  parseSessionHash,
  poolFamily,
  sessionHash,
} from '~/lib/exam-catalog';

const modules = [
  { id: 'policy', title: 'Network policy' },
  { id: 'aws', title: 'Kubernetes on AWS' },
];
const before = new Date('2027-02-02T23:59:59Z');
const after = new Date('2027-02-03T00:00:00Z');

describe('exam choices', () => {
  it('offers SAA-C03, both CCNA versions with the one in force first, and a checkpoint per module', () => {
    expect(examChoices(modules, before).map((c) => [c.id, c.prefix])).toEqual([
      ['saa-c03', 'SAA'],
      ['ccna-v1.1', 'CCNA11'],
      ['ccna-v2.0', 'CCNA20'],
      ['k8s-policy', 'K8S-POLICY'],
      ['k8s-aws', 'K8S-AWS'],
    ]);
    expect(
      examChoices(modules, after)
        .map((c) => c.id)
        .slice(1, 3),
    ).toEqual(['ccna-v2.0', 'ccna-v1.1']);
    const saa = examChoices(modules, before)[0]?.blueprint;
    expect([saa?.questionCount, saa?.timeLimitMinutes, saa?.navigation]).toEqual([65, 130, 'free']);
  });

  it('names the paper from the code prefix, in any case', () => {
    const choices = examChoices(modules, before);
    expect(choiceForCode(' saa-7f3k2 ', choices)?.id).toBe('saa-c03');
    expect(choiceForCode('CCNA20-ABCDE', choices)?.id).toBe('ccna-v2.0');
    expect(choiceForCode('K8S-POLICY-00001', choices)?.id).toBe('k8s-policy');
    expect(choiceForCode('K8S-ABCDE', choices)).toBeUndefined();
    expect(choiceForCode('SAA-', choices)).toBeUndefined();
  });

  it('cleans typed codes and prefixes those that name no paper', () => {
    const choices = examChoices(modules, before);
    const saa = choices[0]!;
    expect(cleanCode('  class 7 / monday ')).toBe('CLASS-7-MONDAY');
    expect(codeFor('class 7', saa, choices)).toBe('SAA-CLASS-7');
    expect(codeFor('ccna11-x1', saa, choices)).toBe('CCNA11-X1');
    expect(codeFor('  ', saa, choices)).toBe('');
  });

  it('makes codes like SAA-7F3K2 and round-trips the session address', () => {
    const saa = examChoices(modules, before)[0]!;
    expect(newExamCode(saa, () => 0)).toBe('SAA-00000');
    expect(newExamCode(saa, () => 0.5)).toMatch(/^SAA-[0-9A-Z]{5}$/);
    expect(parseSessionHash(`#${sessionHash('K8S-POLICY-1', 'practice')}`)).toEqual({
      code: 'K8S-POLICY-1',
      mode: 'practice',
    });
    expect(parseSessionHash('#code=saa-1')).toEqual({ code: 'SAA-1', mode: 'exam' });
  });
});

describe('pool families', () => {
  it('sends each paper to the pool of its exam family', () => {
    expect(['saa-c03', 'ccna-v1.1', 'ccna-v2.0', 'k8s-policy'].map(poolFamily)).toEqual([
      'saa-c03',
      'ccna',
      'ccna',
      'k8s',
    ]);
  });

  it('puts a question in every family one of its tags names, and in no other', () => {
    expect(inPoolFamily(['ccna-200-301-v2:1.3'], 'ccna')).toBe(true);
    expect(inPoolFamily(['ccna-200-301:1.6'], 'ccna')).toBe(true);
    expect(inPoolFamily(['saa-c03:3.4', 'k8s:aws'], 'k8s')).toBe(true);
    expect(inPoolFamily(['saa-c03:3.4', 'k8s:aws'], 'ccna')).toBe(false);
    expect(inPoolFamily(['k8s:policy'], 'saa-c03')).toBe(false);
    expect(inPoolFamily([], 'k8s')).toBe(false);
  });
});
