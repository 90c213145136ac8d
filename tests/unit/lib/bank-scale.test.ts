import { describe, expect, it } from 'vitest';
import { checkBankScale, countExam, type BankTarget, type ScaleBank } from '~/lib/bank-scale';

// `n` questions tagged with `tag`, linked to one lesson section.
function questions(prefix: string, n: number, tag: string) {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${i}`,
    topics: [tag],
    lesson: 'saa/secure#iam',
  }));
}

// A SAA-C03 bank with the given number of questions per domain 1–4.
function saaBank(perDomain: readonly [number, number, number, number]): ScaleBank {
  return {
    id: 'saa',
    questions: perDomain.flatMap((n, i) => questions(`d${i + 1}`, n, `saa-c03:${i + 1}.1`)),
  };
}

const SAA_20: BankTarget = { exam: 'saa-c03', minimum: 20, tolerance: 3, minimumPerDomain: 1 };

describe('countExam', () => {
  it('files each question under the domain of its first tag for the exam', () => {
    const bank: ScaleBank = {
      id: 'b',
      questions: [
        { id: 'a', topics: ['k8s:policy', 'saa-c03:3.2', 'saa-c03:1.1'] },
        { id: 'b', topics: ['saa-c03:1.3'] },
        { id: 'c', topics: ['ccna-200-301-v2:1.3'] },
      ],
    };
    const count = countExam([bank], 'saa-c03');
    expect(count.total).toBe(2);
    expect(count.domains.map((d) => [d.id, d.count, d.share])).toEqual([
      ['1', 1, 50],
      ['2', 0, 0],
      ['3', 1, 50],
      ['4', 0, 0],
    ]);
  });
});

describe('checkBankScale', () => {
  it('passes a bank in the exam proportions', () => {
    expect(checkBankScale([saaBank([30, 26, 24, 20])], [SAA_20])).toEqual([]);
  });

  it('reports a bank below its minimum size', () => {
    const issues = checkBankScale([saaBank([6, 5, 4, 4])], [SAA_20]);
    expect(issues.map((i) => i.message)).toEqual([
      'saa-c03: 19 written questions, the banks need at least 20',
    ]);
  });

  it('reports a domain more than the tolerance away from its weight', () => {
    const issues = checkBankScale([saaBank([36, 26, 24, 14])], [SAA_20]);
    expect(issues.map((i) => i.message)).toEqual([
      'saa-c03 domain 1: 36 of 100 questions is 36.0%, the exam weighs it 30% (±3 points allowed)',
      'saa-c03 domain 4: 14 of 100 questions is 14.0%, the exam weighs it 20% (±3 points allowed)',
    ]);
  });

  it('checks only coverage when the weights are not the exam vendor’s', () => {
    const target: BankTarget = { exam: 'k8s', minimum: 6, tolerance: null, minimumPerDomain: 1 };
    const domains = ['model', 'cni', 'services', 'ingress', 'policy'];
    const bank: ScaleBank = {
      id: 'k',
      questions: domains.flatMap((d) => questions(d, d === 'model' ? 5 : 1, `k8s:${d}`)),
    };
    expect(checkBankScale([bank], [target]).map((i) => i.message)).toEqual([
      'k8s domain aws: 0 questions, at least 1 needed',
    ]);
  });

  it('reports unknown tags, untagged questions and questions without a lesson link', () => {
    const bank: ScaleBank = {
      id: 'mixed',
      questions: [
        { id: 'q1', topics: ['saa-c03:9.9'], lesson: 'm/l#h' },
        { id: 'q2', topics: [], lesson: 'm/l#h' },
        { id: 'q3', topics: ['k8s:policy'] },
      ],
    };
    expect(checkBankScale([bank], [])).toEqual([
      {
        level: 'error',
        file: 'content/questions/mixed.yaml',
        message:
          'question q1 tags saa-c03:9.9 are not ids in src/data/exam-blueprints.json (write <exam>:<topic id>, e.g. saa-c03:1.2 or k8s:policy)',
      },
      {
        level: 'error',
        file: 'content/questions/mixed.yaml',
        message: 'question q2 has no topic tag; tag it with the exam topic it tests',
      },
      {
        level: 'error',
        file: 'content/questions/mixed.yaml',
        message: 'question q3 has no `lesson` link; link it to the lesson section that teaches it',
      },
    ]);
  });
});
