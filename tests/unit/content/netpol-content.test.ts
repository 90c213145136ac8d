import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkNetpolContent } from '~/lib/netpol-checks';
import { checkChallengeSolutions, netpolFacts } from '~/lib/netpol-scenario';
import { cidrContains, parseCidr, parseIpv4 } from '~/sim/ip';
import {
  NetpolChallengeSchema,
  NetpolScenarioSchema,
  type NetpolChallenge,
  type NetpolScenario,
} from '~/schemas/netpol-scenario';
import { QuestionBankSchema } from '~/schemas/question';

// The shipped presets, challenges and lesson, read from content/ and checked the way the build
// checks them, plus the size and addressing conventions the brief sets for readable grids.

const root = new URL('../../../content/', import.meta.url);
const yamlIn = (dir: string) =>
  readdirSync(new URL(dir, root))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      data: parse(readFileSync(new URL(`${dir}${name}`, root), 'utf8')) as unknown,
    }));

const scenarios = yamlIn('scenarios/netpol/').map(({ id, data }) => {
  const result = NetpolScenarioSchema.safeParse(data);
  return { id, result, data: result.data as NetpolScenario };
});
const challenges = yamlIn('scenarios/netpol-challenges/').map(({ id, data }) => {
  const result = NetpolChallengeSchema.safeParse(data);
  return { id, result, data: result.data as NetpolChallenge };
});
const podCidr = parseCidr('10.244.0.0/16');

describe('netpol scenario presets', () => {
  it('ships every preset the lesson and the brief name', () => {
    expect(scenarios.map((s) => s.id)).toEqual([
      'allow-from-namespace',
      'allow-from-pods-in-namespace',
      'allow-one-port',
      'and-vs-or',
      'default-deny-dns',
      'deny-all',
      'egress-cidr',
      'egress-only-surprise',
      'multi-tenant',
      'service-port-mistake',
      'three-tier',
    ]);
  });

  for (const { id, result, data } of scenarios) {
    it(`${id}: valid, small enough for a grid, pod IPs from 10.244.0.0/16`, () => {
      expect(result.error?.issues ?? []).toEqual([]);
      expect(data.pods.length).toBeGreaterThanOrEqual(3);
      expect(data.pods.length).toBeLessThanOrEqual(12);
      expect(data.namespaces.length).toBeGreaterThanOrEqual(2);
      expect(data.namespaces.length).toBeLessThanOrEqual(5);
      expect(data.nodes.length).toBeGreaterThanOrEqual(2);
      expect(data.nodes.length).toBeLessThanOrEqual(3);
      for (const pod of data.pods) {
        expect(cidrContains(podCidr, parseIpv4(pod.ip)), `${pod.namespace}/${pod.name}`).toBe(true);
        expect(pod.node, `${pod.namespace}/${pod.name} has a node`).toBeDefined();
      }
    });
  }
});

describe('outside addresses in the presets', () => {
  const data = (id: string) => scenarios.find((s) => s.id === id)?.data;
  const inside = (cidr: string, ip: string) => cidrContains(parseCidr(cidr), parseIpv4(ip));

  it('egress-cidr has one address the policy allows, one in its except range, one elsewhere', () => {
    const ips = (data('egress-cidr')?.outside ?? []).map((o) => o.ip);
    expect(ips).toHaveLength(3);
    const inRange = ips.filter((ip) => inside('203.0.113.0/24', ip));
    expect(inRange.filter((ip) => !inside('203.0.113.128/25', ip))).toHaveLength(1);
    expect(inRange.filter((ip) => inside('203.0.113.128/25', ip))).toHaveLength(1);
    expect(ips.filter((ip) => !inside('203.0.113.0/24', ip))).toHaveLength(1);
  });

  it('default-deny-dns shows an outside resolver, and no outside address is a pod or node', () => {
    expect(data('default-deny-dns')?.outside.length).toBeGreaterThan(0);
    for (const { data: s } of scenarios) {
      for (const o of s.outside) {
        expect(cidrContains(podCidr, parseIpv4(o.ip)), o.name).toBe(false);
      }
    }
  });
});

describe('netpol graded challenges', () => {
  for (const { id, result } of challenges) {
    it(`${id}: valid`, () => {
      expect(result.error?.issues ?? []).toEqual([]);
    });
  }

  it('pass the cross-file checks without errors or warnings', () => {
    expect(checkNetpolContent(netpolFacts(scenarios, challenges))).toEqual([]);
  });

  it('are solvable: every reference solution passes the engine and no starter does', () => {
    expect(checkChallengeSolutions(scenarios, challenges)).toEqual([]);
  });

  it('would catch a broken reference solution', () => {
    const broken = challenges.map((c) => ({
      ...c,
      data: {
        ...c.data,
        solution: c.data.starter[0]?.yaml ?? c.data.solution.split('---')[0] ?? '',
      },
    }));
    expect(checkChallengeSolutions(scenarios, broken).length).toBeGreaterThan(0);
  });

  it('are at least eight and cover every skill the brief lists', () => {
    expect(challenges.length).toBeGreaterThanOrEqual(8);
    const solutions = challenges.map((c) => c.data.solution).join('\n');
    for (const needle of [
      'endPort',
      'except',
      'port: metrics',
      'kube-dns',
      'policyTypes: [Egress]',
    ]) {
      expect(solutions, needle).toContain(needle);
    }
  });
});

// The topic is taught in two lessons: how policies decide, then recipes and a worked lock-down.
const lessonText = (file: string) => readFileSync(new URL(`lessons/policy/${file}`, root), 'utf8');
const netpolLessons = [
  { file: 'network-policies.mdx', embeds: { min: 4, max: 6 }, challengeList: 0 },
  { file: 'network-policy-recipes.mdx', embeds: { min: 2, max: 4 }, challengeList: 1 },
].map((lesson) => {
  const text = lessonText(lesson.file);
  const embeds = [...text.matchAll(/^<NetpolSimulator preset="([a-z0-9-]+)" note="[^"]+" \/>$/gm)];
  return { ...lesson, text, presets: embeds.map((m) => m[1]) };
});

describe('the network policies lessons', () => {
  for (const { file, text, presets, embeds } of netpolLessons) {
    it(`${file}: embeds ${embeds.min} to ${embeds.max} simulators, each on its own line with a note and a shipped preset`, () => {
      expect(presets.length).toBeGreaterThanOrEqual(embeds.min);
      expect(presets.length).toBeLessThanOrEqual(embeds.max);
      for (const preset of presets) expect(scenarios.map((s) => s.id)).toContain(preset);
      // Every use of the component is one of the checked lines above, and no marker is left.
      expect(text.match(/<NetpolSimulator\b/g) ?? []).toHaveLength(presets.length);
      expect(text).not.toMatch(/\{\/\* (SIMULATOR|CHALLENGES)\b/);
    });
  }

  it('use each preset at most once across both lessons', () => {
    const presets = netpolLessons.flatMap((lesson) => lesson.presets);
    expect(new Set(presets).size).toBe(presets.length);
  });

  for (const { file, text, challengeList } of netpolLessons) {
    it(`${file}: lists the graded challenges ${challengeList} time(s), and imports its components before a blank line`, () => {
      expect(text.match(/^<NetpolChallengeList \/>$/gm) ?? []).toHaveLength(challengeList);
      const body = text.split(/^---$/m)[2] ?? '';
      const imports = body.trimStart().split('\n\n')[0] ?? '';
      expect(imports).toContain(
        "import NetpolSimulator from '~/components/sims/NetpolSimulator.astro';",
      );
      if (challengeList > 0) {
        expect(imports).toContain(
          "import NetpolChallengeList from '~/components/sims/NetpolChallengeList.astro';",
        );
      }
      expect(imports.split('\n').every((line) => line.startsWith('import '))).toBe(true);
    });
  }
});

const bankOf = (id: string) =>
  QuestionBankSchema.safeParse(parse(readFileSync(new URL(`questions/${id}.yaml`, root), 'utf8')));

describe('the network policies quiz banks', () => {
  const banks = [
    { id: 'network-policies', min: 10, multiple: 2, yaml: 3 },
    { id: 'network-policy-recipes', min: 6, multiple: 2, yaml: 2 },
  ].map((spec) => ({ ...spec, bank: bankOf(spec.id) }));

  for (const { id, min, multiple, yaml, bank } of banks) {
    it(`${id}: valid, with at least ${min} np- questions of both types, each with references`, () => {
      expect(bank.error?.issues ?? []).toEqual([]);
      const questions = bank.data?.questions ?? [];
      expect(questions.length).toBeGreaterThanOrEqual(min);
      expect(questions.every((q) => q.id.startsWith('np-'))).toBe(true);
      expect(questions.filter((q) => q.type === 'multiple').length).toBeGreaterThanOrEqual(
        multiple,
      );
      expect(questions.filter((q) => q.type === 'single').length).toBeGreaterThan(0);
      expect(questions.filter((q) => q.prompt.includes('```yaml')).length).toBeGreaterThanOrEqual(
        yaml,
      );
      for (const q of questions) expect(q.references.length, q.id).toBeGreaterThan(0);
      for (const q of questions.filter((x) => x.type === 'multiple')) {
        expect(q.prompt, q.id).toMatch(/\(Choose two\.\)$/);
      }
    });
  }

  it('keep the moved question ids in the recipes bank, and no id is in both banks', () => {
    const ids = (i: number) => (banks[i]?.bank.data?.questions ?? []).map((q) => q.id);
    expect(ids(1)).toEqual(
      expect.arrayContaining([
        'np-default-deny-egress-dns',
        'np-what-default-deny-keeps',
        'np-allow-all-ingress-forms',
      ]),
    );
    expect(ids(0).filter((id) => ids(1).includes(id))).toEqual([]);
  });
});
