import { describe, expect, it } from 'vitest';
import {
  answerKey,
  checkAnswer,
  questionProblems,
  runGenerator,
  type Question,
  type SingleQuestion,
  type TypedQuestion,
} from '~/quiz';
import { SUBNET_GENERATORS } from '~/quiz/generators/subnet';
import { IPV6_TYPE_CHOICES } from '~/sim/subnet';
import { block, givenLines, maskBits, v4, v6Groups } from './ip-oracle';

const SEEDS = Array.from({ length: 300 }, (_, i) => (i * 2654435761) >>> 0);
const generator = (id: string) =>
  SUBNET_GENERATORS.find((g) => g.id === id) ?? expect.fail(`no ${id}`);
const make = (id: string, seed: number): Question => runGenerator(generator(id), seed);

/** The single right option, checking there is exactly one and texts do not repeat. */
function rightOption(question: Question): { right: string; wrong: string[] } {
  if (question.type !== 'single') return expect.fail('expected single');
  const q: SingleQuestion = question;
  expect(new Set(q.options.map((o) => o.text)).size).toBe(q.options.length);
  const right = q.options.filter((o) => o.correct);
  expect(right).toHaveLength(1);
  return {
    right: right[0]?.text ?? '',
    wrong: q.options.filter((o) => !o.correct).map((o) => o.text),
  };
}

/** The typed parts of a scenario, by id. */
function typedParts(question: Question): Map<string, TypedQuestion> {
  if (question.type !== 'scenario') return expect.fail('expected scenario');
  return new Map(question.parts.flatMap((p) => (p.type === 'typed' ? [[p.id, p] as const] : [])));
}

describe('subnet generators', () => {
  it('make sound, reproducible questions that accept their own key', () => {
    for (const g of SUBNET_GENERATORS) {
      for (const seed of SEEDS.slice(0, 50)) {
        const question = runGenerator(g, seed);
        expect(questionProblems(question)).toEqual([]);
        expect(runGenerator(g, seed)).toEqual(question);
        expect(g.kinds).toContain(question.type);
        expect(checkAnswer(question, answerKey(question))).toBe(true);
        expect(question.lesson).toMatch(/^addressing\/ip-addressing#[a-z0-9-]+$/);
      }
    }
  });

  it('usable address: exactly the right option lies strictly inside the block', () => {
    for (const seed of SEEDS) {
      const question = make('subnet-usable', seed);
      const cidr = /subnet (\S+)\?$/.exec(question.prompt)?.[1] ?? '';
      const { first, last } = block(cidr);
      const usable = (text: string) => v4(text) > first && v4(text) < last;
      const { right, wrong } = rightOption(question);
      expect(usable(right)).toBe(true);
      for (const text of wrong) expect(usable(text)).toBe(false);
    }
  });

  it('summary: the right option covers exactly the union, the others do not', () => {
    for (const seed of SEEDS) {
      const question = make('subnet-summary', seed);
      const nets = givenLines(question.prompt).map(([, value]) => block(value));
      const low = Math.min(...nets.map((n) => n.first));
      const high = Math.max(...nets.map((n) => n.last));
      const covered = nets.reduce((sum, n) => sum + n.last - n.first + 1, 0);
      expect(covered).toBe(high - low + 1);
      const exact = (text: string) =>
        block(text).first === low &&
        block(text).last === high &&
        v4(text.split('/')[0] ?? '') === low;
      const { right, wrong } = rightOption(question);
      expect(exact(right)).toBe(true);
      for (const text of wrong) expect(exact(text)).toBe(false);
    }
  });

  it('IPv6 type: the right option is the type its leading bits give', () => {
    const label = (value: string) => IPV6_TYPE_CHOICES.find((c) => c.value === value)?.label;
    for (const seed of SEEDS) {
      const question = make('ipv6-type', seed);
      const g = v6Groups(/address is (\S+)\?$/.exec(question.prompt)?.[1] ?? '');
      const [g0 = 0, g1 = 0] = g;
      const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
      const type = zeroUpTo(8)
        ? 'unspecified'
        : zeroUpTo(7) && g[7] === 1
          ? 'loopback'
          : zeroUpTo(5) && g[5] === 0xffff
            ? 'ipv4-mapped'
            : g0 >= 0xff00
              ? 'multicast'
              : (g0 & 0xffc0) === 0xfe80
                ? 'link-local'
                : (g0 & 0xfe00) === 0xfc00
                  ? 'unique-local'
                  : g0 === 0x2001 && g1 === 0x0db8
                    ? 'documentation'
                    : (g0 & 0xe000) === 0x2000
                      ? 'global-unicast'
                      : 'other';
      expect(rightOption(question).right).toBe(label(type));
    }
  });

  it('EUI-64: the key is the prefix plus the MAC with FFFE inserted and the U/L bit flipped', () => {
    for (const seed of SEEDS) {
      const question = make('ipv6-eui64', seed);
      if (question.type !== 'typed') return expect.fail('expected typed');
      const given = Object.fromEntries(givenLines(question.prompt));
      const hex = (given['MAC address'] ?? '').replace(/[^0-9a-fA-F]/g, '');
      expect(hex).toHaveLength(12);
      const b = Array.from({ length: 6 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
      const [b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0] = b;
      const iid = [((b0 ^ 0x02) << 8) | b1, (b2 << 8) | 0xff, 0xfe00 | b3, (b4 << 8) | b5];
      const prefix = v6Groups((given['Prefix'] ?? '').split('/')[0] ?? '').slice(0, 4);
      expect(v6Groups(question.accepted[0] ?? '')).toEqual([...prefix, ...iid]);
    }
  });

  it('VLSM: largest block first, same sizes in listed order, packed from the start', () => {
    for (const seed of SEEDS) {
      const question = make('subnet-vlsm', seed);
      const lines = givenLines(question.prompt);
      const base = block(lines.find(([label]) => label === 'Address block')?.[1] ?? '');
      const hosts = lines
        .filter(([label]) => label.startsWith('Hosts for'))
        .map(([, v]) => Number(v));
      const sizes = hosts.map((h) => {
        let size = 4;
        while (size - 2 < h) size *= 2;
        return size;
      });
      const order = sizes
        .map((size, i) => ({ size, i }))
        .sort((a, b) => b.size - a.size || a.i - b.i);
      const expected: string[] = [];
      let next = base.first;
      for (const { size, i } of order) {
        expected[i] =
          `${[24, 16, 8, 0].map((s) => Math.floor(next / 2 ** s) % 256).join('.')}/${String(32 - Math.log2(size))}`;
        next += size;
      }
      expect(next - 1).toBeLessThanOrEqual(base.last);
      const parts = [...typedParts(question).values()];
      expect(parts.map((p) => p.accepted[0])).toEqual(expected);
    }
  });

  it('analyze: network, broadcast, host range and count from the address and prefix', () => {
    const quad = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
    for (const seed of SEEDS) {
      const question = make('subnet-analyze', seed);
      const given = givenLines(question.prompt).find(([label]) => label === 'Address')?.[1] ?? '';
      const [address = '', rest = ''] = given.includes('/') ? given.split('/') : given.split(' ');
      const prefix = given.includes('/') ? Number(rest) : maskBits(rest);
      const { first, last } = block(`${address}/${String(prefix)}`);
      const small = prefix >= 31;
      const expected = {
        network: quad(first),
        broadcast: small ? 'none' : quad(last),
        firstHost: quad(small ? first : first + 1),
        lastHost: quad(small ? last : last - 1),
        usableHosts: String(small ? last - first + 1 : last - first - 1),
      };
      const parts = typedParts(question);
      for (const [id, value] of Object.entries(expected))
        expect(parts.get(id)?.accepted).toEqual([value]);
    }
  });
});
