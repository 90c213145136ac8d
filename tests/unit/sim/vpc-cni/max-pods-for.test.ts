import { describe, expect, it } from 'vitest';
import { InputError } from '~/sim/ip';
import {
  cniSupportsPrefixDelegation,
  enisForPods,
  maxPodsCap,
  usesPrefixDelegation,
} from '~/sim/vpc-cni';
import { maxPodsFor } from '~/sim/vpc-cni/max-pods-for';
import type { EniLimits, MaxPodsOptions } from '~/sim/vpc-cni';

const NITRO: EniLimits = { enis: 3, ipv4PerEni: 10, hypervisor: 'nitro', vcpus: 2 };

/** The InputError a call throws, so a test can check its field. */
function inputErrorOf(call: () => unknown): InputError {
  try {
    call();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('maxPodsFor', () => {
  it('computes both modes from the limits alone', () => {
    expect(maxPodsFor(NITRO)).toBe(29);
    expect(maxPodsFor(NITRO, { prefixDelegation: true })).toBe(110);
    expect(maxPodsFor(NITRO, { prefixDelegation: true, uncapped: true })).toBe(434);
  });

  it('switches cap at 30 vCPUs: 30 keeps 110, 31 gets 250', () => {
    const big = { enis: 8, ipv4PerEni: 30, hypervisor: 'nitro' } as const;
    expect(maxPodsFor({ ...big, vcpus: 30 })).toBe(110);
    expect(maxPodsFor({ ...big, vcpus: 31 })).toBe(234);
    expect(maxPodsFor({ ...big, vcpus: 31 }, { prefixDelegation: true })).toBe(250);
    expect(maxPodsCap(30)).toBe(110);
    expect(maxPodsCap(31)).toBe(250);
    expect(maxPodsCap(undefined)).toBeNull();
  });

  it('treats a missing hypervisor as not nitro', () => {
    expect(maxPodsFor({ enis: 3, ipv4PerEni: 10 }, { prefixDelegation: true })).toBe(29);
  });

  it('leaves only the host-network pods when custom networking takes the only ENI', () => {
    expect(maxPodsFor({ enis: 1, ipv4PerEni: 10 }, { customNetworking: true })).toBe(2);
    expect(enisForPods({ enis: 1, ipv4PerEni: 10 }, { customNetworking: true })).toBe(0);
  });

  it('reports whether prefix delegation applies', () => {
    expect(usesPrefixDelegation(NITRO, { prefixDelegation: true, cniVersion: '1.9.0' })).toBe(true);
    expect(usesPrefixDelegation(NITRO, { prefixDelegation: true, cniVersion: '1.8.0' })).toBe(
      false,
    );
    expect(usesPrefixDelegation({ ...NITRO, hypervisor: 'xen' }, { prefixDelegation: true })).toBe(
      false,
    );
    expect(usesPrefixDelegation(NITRO)).toBe(false);
    expect(cniSupportsPrefixDelegation('10.0.0')).toBe(true);
  });
});

describe('maxPodsFor: bad input', () => {
  it.each<[string, EniLimits, MaxPodsOptions, string, string]>([
    [
      'no ENIs',
      { enis: 0, ipv4PerEni: 10 },
      {},
      'enis',
      'enis must be a whole number of at least 1, not 0.',
    ],
    ['fractional IPs', { enis: 3, ipv4PerEni: 2.5 }, {}, 'ipv4PerEni', 'not 2.5'],
    ['zero vCPUs', { ...NITRO, vcpus: 0 }, {}, 'vcpus', 'not 0'],
    [
      'maxEnis 0',
      NITRO,
      { maxEnis: 0 },
      'maxEnis',
      'maxEnis must be a whole number of at least 1, not 0.',
    ],
    ['maxEnis 1.5', NITRO, { maxEnis: 1.5 }, 'maxEnis', 'not 1.5'],
    [
      'a version word',
      NITRO,
      { cniVersion: 'latest' },
      'cniVersion',
      '"latest" is not a VPC CNI version',
    ],
    [
      'a one-part version',
      NITRO,
      { prefixDelegation: true, cniVersion: '1' },
      'cniVersion',
      'major.minor.patch',
    ],
  ])('refuses %s', (_label, limits, opts, field, message) => {
    const error = inputErrorOf(() => maxPodsFor(limits, opts));
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });

  it('refuses values of the wrong type, as plain JavaScript callers could pass', () => {
    const opts = { prefixDelegation: 'yes' } as unknown as MaxPodsOptions;
    expect(inputErrorOf(() => maxPodsFor(NITRO, opts)).message).toBe(
      'prefixDelegation must be true or false, not "yes".',
    );
    const limits = { enis: 3, ipv4PerEni: 10, hypervisor: 'kvm' } as unknown as EniLimits;
    expect(inputErrorOf(() => maxPodsFor(limits)).message).toBe(
      'hypervisor must be "nitro", "xen" or "unknown", not "kvm".',
    );
    const version = { cniVersion: 1.9 } as unknown as MaxPodsOptions;
    expect(inputErrorOf(() => maxPodsFor(NITRO, version)).field).toBe('cniVersion');
    const nothing = null as unknown as EniLimits;
    expect(inputErrorOf(() => maxPodsFor(nothing)).message).toContain('must be an object');
  });
});
