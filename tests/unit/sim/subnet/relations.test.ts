import { describe, expect, it } from 'vitest';
import { InputError, contains, nextSubnet, overlaps, splitSubnet } from '~/sim/subnet';

describe('contains and overlaps', () => {
  it.each([
    ['10.0.0.0/8', '10.20.30.0/24', true],
    ['10.0.0.0/8', '10.20.30.40', true],
    ['10.0.0.0/8', '11.0.0.0/24', false],
    ['10.20.30.0/24', '10.0.0.0/8', false],
    ['0.0.0.0/0', '255.255.255.255', true],
    ['10.0.0.0/24', '10.0.0.0/24', true],
    ['2001:db8::/32', '2001:db8:1::/48', true],
    ['2001:db8::/32', '2001:db8::7', true],
    ['2001:db8::/32', '2001:db9::/48', false],
    ['10.0.0.0/8', '::ffff:10.0.0.1', false],
  ])('contains(%s, %s) is %s', (outer, inner, expected) => {
    expect(contains(outer, inner)).toBe(expected);
  });

  it.each([
    ['10.0.0.0/8', '10.20.30.0/24', true],
    ['10.20.30.0/24', '10.0.0.0/8', true],
    ['10.0.0.0/24', '10.0.1.0/24', false],
    ['192.168.0.0/23', '192.168.1.128/25', true],
    ['fd00::/8', 'fd12::/16', true],
    ['fd00::/8', '10.0.0.0/8', false],
  ])('overlaps(%s, %s) is %s', (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
  });

  it('names the input that is wrong', () => {
    try {
      contains('10.0.0.0/8', '10.0.0.300');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).field).toBe('inner');
    }
    expect(() => overlaps('', '10.0.0.0/8')).toThrow('this one is empty');
  });
});

describe('splitSubnet', () => {
  it('splits into the next power of two and returns the first `count`', () => {
    expect(splitSubnet('192.168.1.0/24', 4)).toEqual([
      '192.168.1.0/26',
      '192.168.1.64/26',
      '192.168.1.128/26',
      '192.168.1.192/26',
    ]);
    expect(splitSubnet('192.168.1.0/24', 3)).toEqual([
      '192.168.1.0/26',
      '192.168.1.64/26',
      '192.168.1.128/26',
    ]);
    expect(splitSubnet('10.0.0.0/8', 1)).toEqual(['10.0.0.0/8']);
    expect(splitSubnet('0.0.0.0/0', 2)).toEqual(['0.0.0.0/1', '128.0.0.0/1']);
    expect(splitSubnet('10.0.0.0/30', 4)).toEqual([
      '10.0.0.0/32',
      '10.0.0.1/32',
      '10.0.0.2/32',
      '10.0.0.3/32',
    ]);
  });

  it('refuses a count that needs more bits than the block has, or is not a whole number', () => {
    expect(() => splitSubnet('10.0.0.0/30', 5)).toThrow(
      'splits into at most 4 subnets (/32s); 5 need 3 bits',
    );
    expect(() => splitSubnet('10.0.0.0/24', 0)).toThrow(
      'Enter a whole number from 1 to 65,536 (got 0)',
    );
    expect(() => splitSubnet('10.0.0.0/24', 1.5)).toThrow(InputError);
  });
});

describe('nextSubnet', () => {
  it.each([
    ['10.0.0.0/24', '10.0.1.0/24'],
    ['10.0.255.0/24', '10.1.0.0/24'],
    ['172.16.77.128/27', '172.16.77.160/27'],
    ['127.255.255.255/32', '128.0.0.0/32'],
    ['0.0.0.0/1', '128.0.0.0/1'],
  ])('%s → %s', (cidr, next) => {
    expect(nextSubnet(cidr)).toBe(next);
  });

  it('refuses past 255.255.255.255', () => {
    expect(() => nextSubnet('255.255.255.0/24')).toThrow(
      'ends at 255.255.255.255, the last IPv4 address, so there is no next /24',
    );
    expect(() => nextSubnet('128.0.0.0/1')).toThrow(InputError);
    expect(() => nextSubnet('0.0.0.0/0')).toThrow(InputError);
  });
});
