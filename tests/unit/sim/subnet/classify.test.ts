import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError, binaryOctets, classfulClass, magicNumber, specialRange } from '~/sim/subnet';
import { bitsOf } from './oracle';

describe('classfulClass', () => {
  it.each([
    ['0.0.0.0', 'A'],
    ['127.255.255.255', 'A'],
    ['128.0.0.0', 'B'],
    ['191.255.0.1', 'B'],
    ['192.0.0.0', 'C'],
    ['223.255.255.255', 'C'],
    ['224.0.0.1', 'D'],
    ['239.255.255.255', 'D'],
    ['240.0.0.0', 'E'],
    ['255.255.255.255', 'E'],
    ['10.1.2.3/24', 'A'],
  ])('%s is class %s', (address, expected) => {
    expect(classfulClass(address)).toBe(expected);
  });

  it('refuses a bad address', () => {
    expect(() => classfulClass('300.1.1.1')).toThrow(InputError);
  });
});

describe('specialRange', () => {
  it.each([
    ['10.200.1.1', 'Private', 'RFC 1918', '10.0.0.0/8'],
    ['172.31.255.255', 'Private', 'RFC 1918', '172.16.0.0/12'],
    ['192.168.0.1', 'Private', 'RFC 1918', '192.168.0.0/16'],
    ['100.64.0.1', 'Shared address space (carrier-grade NAT)', 'RFC 6598', '100.64.0.0/10'],
    ['100.127.255.255', 'Shared address space (carrier-grade NAT)', 'RFC 6598', '100.64.0.0/10'],
    ['169.254.10.20', 'Link-local', 'RFC 3927', '169.254.0.0/16'],
    ['192.0.2.5', 'Documentation (TEST-NET-1)', 'RFC 5737', '192.0.2.0/24'],
    ['198.51.100.5', 'Documentation (TEST-NET-2)', 'RFC 5737', '198.51.100.0/24'],
    ['203.0.113.5', 'Documentation (TEST-NET-3)', 'RFC 5737', '203.0.113.0/24'],
    ['127.0.0.1', 'Loopback', 'RFC 1122', '127.0.0.0/8'],
    ['224.0.0.5', 'Multicast', 'RFC 5771', '224.0.0.0/4'],
    ['239.255.255.250', 'Multicast', 'RFC 5771', '224.0.0.0/4'],
    ['0.1.2.3', 'This network', 'RFC 1122', '0.0.0.0/8'],
    ['255.255.255.255', 'Limited broadcast', 'RFC 919', '255.255.255.255/32'],
  ])('%s is %s (%s, %s)', (address, name, rfc, cidr) => {
    expect(specialRange(address)).toEqual({ name, rfc, cidr });
  });

  it.each(['8.8.8.8', '172.32.0.1', '172.15.255.255', '100.128.0.0', '192.0.3.1', '240.0.0.1'])(
    '%s is not special',
    (address) => {
      expect(specialRange(address)).toBeNull();
    },
  );
});

describe('binaryOctets', () => {
  it.each([
    ['192.168.1.1', '11000000.10101000.00000001.00000001'],
    ['255.255.248.0', '11111111.11111111.11111000.00000000'],
    ['0.0.0.0', '00000000.00000000.00000000.00000000'],
    ['255.255.255.255', '11111111.11111111.11111111.11111111'],
  ])('%s → %s', (address, bits) => {
    expect(binaryOctets(address)).toBe(bits);
  });

  it('agrees with a string conversion for random addresses', () => {
    fc.assert(
      fc.property(fc.ipV4(), (address) => {
        expect(binaryOctets(address).replaceAll('.', '')).toBe(bitsOf(address));
      }),
    );
  });
});

describe('magicNumber', () => {
  it.each([
    [
      '172.16.77.130/27',
      { octet: 4, blockSize: 32, maskOctet: 224, networkOctetValue: 128, addressOctetValue: 130 },
    ],
    [
      '10.1.2.3 255.255.248.0',
      { octet: 3, blockSize: 8, maskOctet: 248, networkOctetValue: 0, addressOctetValue: 2 },
    ],
    [
      '10.77.2.3/10',
      { octet: 2, blockSize: 64, maskOctet: 192, networkOctetValue: 64, addressOctetValue: 77 },
    ],
    [
      '10.77.2.3/24',
      { octet: 3, blockSize: 1, maskOctet: 255, networkOctetValue: 2, addressOctetValue: 2 },
    ],
    [
      '200.1.2.3/0',
      { octet: 1, blockSize: 256, maskOctet: 0, networkOctetValue: 0, addressOctetValue: 200 },
    ],
    [
      '200.1.2.3/32',
      { octet: 4, blockSize: 1, maskOctet: 255, networkOctetValue: 3, addressOctetValue: 3 },
    ],
  ])('%s', (input, expected) => {
    expect(magicNumber(input)).toEqual(expected);
  });
});
