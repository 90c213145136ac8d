import { describe, expect, it } from 'vitest';
import { maxPods } from '~/sim/vpc-cni';

// Expected values: awslabs/amazon-eks-ami templates/shared/runtime/eni-max-pods.txt (secondary-IP
// mode, uncapped) and max-pods-calculator.sh (prefix delegation, caps, custom networking, max ENIs).
const PD = { prefixDelegation: true, cniVersion: '1.18.0' } as const;

describe('maxPods: secondary-IP mode matches the EKS AMI eni-max-pods.txt', () => {
  it.each([
    ['t3.nano', 4],
    ['t3a.small', 8],
    ['d3.xlarge', 10],
    ['t2.medium', 17],
    ['t3.medium', 17],
    ['m4.large', 20],
    ['m5.large', 29],
    ['c5.large', 29],
    ['m5.xlarge', 58],
    ['g4dn.16xlarge', 58],
    ['c8a.large', 59],
    ['p5.48xlarge', 100],
    ['p3.8xlarge', 234],
    ['trn1.32xlarge', 247],
    ['c5.18xlarge', 737],
    ['m8i.96xlarge', 1514],
  ])('%s → %i uncapped', (type, expected) => {
    expect(maxPods(type, { uncapped: true })).toBe(expected);
  });

  it('counts only the default network card of a multi-card type (c6in.32xlarge: 394)', () => {
    expect(maxPods('c6in.32xlarge', { uncapped: true })).toBe(394);
  });
});

describe('maxPods: the cap the EKS tooling applies', () => {
  it('leaves small figures alone (m5.large 2 vCPUs: 29, m5.xlarge: 58)', () => {
    expect(maxPods('m5.large')).toBe(29);
    expect(maxPods('m5.xlarge')).toBe(58);
  });

  it('caps at 250 above 30 vCPUs (m5.metal 96 vCPUs: 737 → 250, c6in.32xlarge: 394 → 250)', () => {
    expect(maxPods('m5.metal')).toBe(250);
    expect(maxPods('c6in.32xlarge')).toBe(250);
    expect(maxPods('m5.8xlarge')).toBe(234);
  });

  it('applies no cap when the table has no vCPU count (c5.18xlarge: 737)', () => {
    expect(maxPods('c5.18xlarge')).toBe(737);
  });
});

describe('maxPods: prefix delegation', () => {
  it('gives 16 addresses per slot, then caps (m5.large: 434 → 110, m5.xlarge: 898 → 110)', () => {
    expect(maxPods('m5.large', PD)).toBe(110);
    expect(maxPods('m5.large', { ...PD, uncapped: true })).toBe(434);
    expect(maxPods('m5.xlarge', { ...PD, uncapped: true })).toBe(898);
    expect(maxPods('m5.xlarge', PD)).toBe(110);
  });

  it('caps at 250 above 30 vCPUs (m5.8xlarge 32 vCPUs: 3714 → 250)', () => {
    expect(maxPods('m5.8xlarge', PD)).toBe(250);
    expect(maxPods('m5.8xlarge', { ...PD, uncapped: true })).toBe(3714);
  });

  it('returns the uncapped figure when vCPUs are unknown (t3.medium: 242)', () => {
    expect(maxPods('t3.medium', PD)).toBe(242);
  });

  it('falls back to secondary IPs on xen types (m4.large 20, m4.xlarge 58, p3.8xlarge 234)', () => {
    expect(maxPods('m4.large', PD)).toBe(20);
    expect(maxPods('m4.xlarge', PD)).toBe(58);
    expect(maxPods('p3.8xlarge', { ...PD, uncapped: true })).toBe(234);
  });

  it('falls back on bare metal, whose hypervisor is not "nitro" (m5.metal: 737)', () => {
    expect(maxPods('m5.metal', { ...PD, uncapped: true })).toBe(737);
  });

  it('needs VPC CNI 1.9.0 or later', () => {
    const large = (cniVersion: string): number =>
      maxPods('m5.large', { prefixDelegation: true, cniVersion, uncapped: true });
    expect(large('1.8.9')).toBe(29);
    expect(large('1.7.5')).toBe(29);
    expect(large('0.9.0')).toBe(29);
    expect(large('1.9.0')).toBe(434);
    expect(large('v1.10.1-eksbuild.1')).toBe(434);
    expect(large('2.0')).toBe(434);
  });

  it('assumes a current VPC CNI when no version is given', () => {
    expect(maxPods('m5.large', { prefixDelegation: true, uncapped: true })).toBe(434);
  });
});

describe('maxPods: custom networking and maxEnis', () => {
  it('takes one ENI away with custom networking (m5.large 20, m5.xlarge 44)', () => {
    expect(maxPods('m5.large', { customNetworking: true })).toBe(20);
    expect(maxPods('m5.xlarge', { customNetworking: true })).toBe(44);
    expect(maxPods('m5.large', { ...PD, customNetworking: true, uncapped: true })).toBe(290);
  });

  it('uses at most maxEnis ENIs (m5.xlarge with 2: 30; with 10 it has only 4: 58)', () => {
    expect(maxPods('m5.xlarge', { maxEnis: 2 })).toBe(30);
    expect(maxPods('m5.xlarge', { maxEnis: 10 })).toBe(58);
    expect(maxPods('m5.xlarge', { ...PD, maxEnis: 1, uncapped: true })).toBe(226);
  });

  it('limits ENIs first, then removes the primary one for custom networking (m5.xlarge: 16)', () => {
    expect(maxPods('m5.xlarge', { maxEnis: 2, customNetworking: true })).toBe(16);
  });
});

describe('maxPods: instance type names', () => {
  it('ignores case and surrounding spaces', () => {
    expect(maxPods(' M5.Large ')).toBe(29);
  });

  it('suggests the close name for a typo', () => {
    expect(() => maxPods('m5.larg')).toThrow(
      '"m5.larg" is not an instance type in the table. Did you mean "m5.large"?',
    );
  });

  it('lists up to three equally close names', () => {
    expect(() => maxPods('5.large')).toThrow(
      'Did you mean "c5.large" or "m5.large" or "r5.large"?',
    );
  });

  it('says how to fix an unknown or empty name', () => {
    expect(() => maxPods('zz9.enormous')).toThrow(
      '"zz9.enormous" is not an instance type in the table. Check the spelling, e.g. "m5.large".',
    );
    expect(() => maxPods('  ')).toThrow('Type an EC2 instance type, for example "m5.large".');
    expect(() => maxPods('constructor')).toThrow('is not an instance type');
  });
});
