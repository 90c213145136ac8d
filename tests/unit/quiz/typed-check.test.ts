import { describe, expect, it } from 'vitest';
import { checkTyped, typedKeyProblems } from '~/quiz';
import { typed } from './fixtures';

describe('checkTyped', () => {
  it('compares IPv4 addresses as numbers, ignoring spaces', () => {
    const q = typed('ipv4', ['192.168.1.10']);
    expect(checkTyped(q, ' 192.168.1.10 ')).toEqual({ correct: true });
    expect(checkTyped(q, '192.168.1.11')).toEqual({ correct: false });
  });

  it('says why text is not an address', () => {
    const verdict = checkTyped(typed('ipv4', ['192.168.1.10']), '192.168.1');
    expect(verdict.correct).toBe(false);
    expect(verdict.problem).toMatch(/192\.168\.1/);
  });

  it('accepts any spelling of an IPv6 address', () => {
    const q = typed('ipv6', ['2001:db8::1']);
    expect(checkTyped(q, '2001:0DB8:0000:0000:0000:0000:0000:0001').correct).toBe(true);
    expect(checkTyped(q, '2001:db8::2').correct).toBe(false);
  });

  it('compares CIDR blocks and refuses host bits', () => {
    const q = typed('cidr', ['10.1.0.0/22']);
    expect(checkTyped(q, '10.1.0.0/22').correct).toBe(true);
    expect(checkTyped(q, '10.1.0.0/23').correct).toBe(false);
    expect(checkTyped(q, '10.1.1.0/22').problem).toMatch(/host bits/);
  });

  it('reads numbers with thousands separators', () => {
    const q = typed('number', ['1022']);
    expect(checkTyped(q, '1,022').correct).toBe(true);
    expect(checkTyped(q, '1 022').correct).toBe(true);
    expect(checkTyped(q, '1023').correct).toBe(false);
    expect(checkTyped(q, 'lots').problem).toBe("'lots' is not a number: type digits, such as 254.");
  });

  it('compares text without case or extra spaces unless told otherwise', () => {
    expect(checkTyped(typed('text', ['show ip route']), '  SHOW  ip   route').correct).toBe(true);
    const strict = { ...typed('text', ['None']), caseSensitive: true };
    expect(checkTyped(strict, 'none').correct).toBe(false);
    expect(checkTyped(strict, 'None').correct).toBe(true);
  });

  it('tries every accepted answer', () => {
    expect(checkTyped(typed('ipv4', ['10.0.0.1', '10.0.0.2']), '10.0.0.2').correct).toBe(true);
  });
});

describe('typedKeyProblems', () => {
  it('reports accepted answers their checker cannot read', () => {
    expect(typedKeyProblems(typed('cidr', ['10.0.0.0/24']))).toEqual([]);
    expect(typedKeyProblems(typed('cidr', ['10.0.0.0/33']))).toHaveLength(1);
  });
});

describe('checkTyped leading zeros', () => {
  it('refuses an IPv4 octet with a leading zero as ambiguous, saying why', () => {
    const verdict = checkTyped(typed('ipv4', ['10.0.0.8']), '10.0.0.010');
    expect(verdict.correct).toBe(false);
    expect(verdict.problem).toMatch(/leading zero/);
  });
});
