import { describe, expect, it } from 'vitest';
import {
  CCNA_PRACTICE_QUESTION_COUNT,
  ccnaBlueprint,
  defaultCcnaVersion,
  domainOfTag,
  k8sCheckpointBlueprint,
  primaryDomain,
  saaBlueprint,
} from '~/quiz';

const counts = (domains: readonly { id: string; count: number }[]) =>
  Object.fromEntries(domains.map((d) => [d.id, d.count]));

describe('saaBlueprint', () => {
  it('has 65 questions in 130 minutes over four weighted domains, free navigation', () => {
    const blueprint = saaBlueprint();
    expect(blueprint).toMatchObject({
      examId: 'saa-c03',
      questionCount: 65,
      timeLimitMinutes: 130,
      scoring: 'aws-scaled',
      navigation: 'free',
      allowedTypes: ['single', 'multiple'],
    });
    expect(blueprint.domains.map((d) => d.weight)).toEqual([30, 26, 24, 20]);
    expect(counts(blueprint.domains)).toEqual({ 1: 19, 2: 17, 3: 16, 4: 13 });
  });
});

describe('ccnaBlueprint', () => {
  it('uses the v1.1 domains and weights, 120 minutes, forward-only', () => {
    const blueprint = ccnaBlueprint('v1.1');
    expect(blueprint).toMatchObject({
      examId: 'ccna-200-301',
      timeLimitMinutes: 120,
      navigation: 'forward-only',
      scoring: 'percent',
    });
    expect(blueprint.questionCount).toBe(CCNA_PRACTICE_QUESTION_COUNT);
    expect(counts(blueprint.domains)).toEqual({ 1: 20, 2: 20, 3: 25, 4: 10, 5: 15, 6: 10 });
  });

  it('uses the five v2.0 domains', () => {
    const blueprint = ccnaBlueprint('v2.0');
    expect(blueprint.examId).toBe('ccna-200-301-v2');
    expect(counts(blueprint.domains)).toEqual({ 1: 25, 2: 25, 3: 20, 4: 20, 5: 10 });
    expect(blueprint.navigation).toBe('forward-only');
  });
});

describe('defaultCcnaVersion', () => {
  it('switches to v2.0 on 2027-02-03 (UTC)', () => {
    expect(defaultCcnaVersion(new Date('2026-12-04T12:00:00Z'))).toBe('v1.1');
    expect(defaultCcnaVersion(new Date('2027-02-02T23:59:59.999Z'))).toBe('v1.1');
    expect(defaultCcnaVersion(new Date('2027-02-03T00:00:00Z'))).toBe('v2.0');
  });
});

describe('k8sCheckpointBlueprint', () => {
  it('covers the chosen k8s domains with re-normalised weights', () => {
    const blueprint = k8sCheckpointBlueprint({
      module: 'policy',
      domains: ['policy', 'services'],
      questionCount: 9,
    });
    expect(blueprint).toMatchObject({
      id: 'k8s-policy',
      examId: 'k8s',
      timeLimitMinutes: 14,
      navigation: 'free',
    });
    expect(counts(blueprint.domains)).toEqual({ services: 5, policy: 4 });
  });

  it('takes a known module’s domains by default', () => {
    expect(counts(k8sCheckpointBlueprint({ module: 'foundations' }).domains)).toEqual({
      model: 5,
      cni: 5,
    });
    expect(counts(k8sCheckpointBlueprint({ module: 'policy' }).domains)).toEqual({ policy: 10 });
  });

  it('defaults to all six domains and ten questions for another module', () => {
    expect(counts(k8sCheckpointBlueprint({ module: 'review' }).domains)).toEqual({
      model: 2,
      cni: 2,
      services: 2,
      ingress: 1,
      policy: 2,
      aws: 1,
    });
  });
});

describe('domains of topic tags', () => {
  it('derives the domain from the blueprint file', () => {
    expect(domainOfTag('saa-c03:1.2')).toBe('1');
    expect(domainOfTag('saa-c03:3.5')).toBe('3');
    expect(domainOfTag('ccna-200-301:1.9.d')).toBe('1');
    expect(domainOfTag('ccna-200-301-v2:4.6')).toBe('4');
    expect(domainOfTag('k8s:policy')).toBe('policy');
    expect(domainOfTag('saa-c03:9.9')).toBeUndefined();
  });

  it('takes a question’s first tag for the exam', () => {
    expect(
      primaryDomain(
        ['ccna-200-301-v2:1.3', 'ccna-200-301:3.3', 'ccna-200-301:1.6'],
        'ccna-200-301',
      ),
    ).toBe('3');
    expect(primaryDomain(['k8s:aws'], 'saa-c03')).toBeUndefined();
  });
});
