import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LessonSchema } from '~/schemas/lesson';
import { QuestionBankSchema } from '~/schemas/question';

// The AWS VPC lesson and its quiz bank, read from content/ and checked the way the build checks
// them, plus the conventions of the module: SAA-C03 style, topic tags, references to AWS docs.

const root = new URL('../../../content/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

const lessonText = read('lessons/aws/vpc-networking.mdx');
const frontmatter = parse(lessonText.split(/^---$/m)[1] ?? '') as unknown;
const bank = QuestionBankSchema.safeParse(parse(read('questions/vpc-networking.yaml')));
const questions = bank.data?.questions ?? [];

// The preset ids the lesson embeds, in page order.
const embeds = [...lessonText.matchAll(/^<VpcWalker\b([^>]*)\/>$/gm)].map((m) => m[1] ?? '');
const propOf = (attrs: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

describe('the AWS VPC networking lesson', () => {
  it('has valid frontmatter in module aws, order 1, quizzed by the vpc-networking bank', () => {
    const result = LessonSchema.safeParse(frontmatter);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toMatchObject({ module: 'aws', order: 1, quiz: 'vpc-networking' });
    expect(result.data?.exams).toEqual(expect.arrayContaining(['saa-c03', 'k8s']));
  });

  it('imports its components before a blank line', () => {
    const body = lessonText.split(/^---$/m)[2] ?? '';
    const imports = body.trimStart().split('\n\n')[0] ?? '';
    expect(imports).toContain("import VpcWalker from '~/components/sims/VpcWalker.astro';");
    expect(imports).toContain(
      "import VpcThreeTier from '~/components/diagrams/VpcThreeTier.astro';",
    );
    expect(imports.split('\n').every((line) => line.startsWith('import '))).toBe(true);
  });

  it('embeds the simulator on its own lines, each with a preset, a note and a distinct id', () => {
    expect(embeds.length).toBeGreaterThanOrEqual(3);
    expect(lessonText.match(/<VpcWalker\b/g) ?? []).toHaveLength(embeds.length);
    const ids = embeds.map((attrs) => propOf(attrs, 'id'));
    expect(ids.every((id) => id !== undefined && id.startsWith('vpc-walker-'))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const attrs of embeds) expect((propOf(attrs, 'note') ?? '').length).toBeGreaterThan(40);
  });

  it('uses only presets that ship in content/scenarios/aws-vpc/, each at most once', () => {
    const presets = embeds.map((attrs) => propOf(attrs, 'preset') ?? '');
    expect(new Set(presets).size).toBe(presets.length);
    for (const preset of presets) {
      expect(existsSync(new URL(`scenarios/aws-vpc/${preset}.yaml`, root)), preset).toBe(true);
    }
  });

  it('marks common mistakes as caution asides', () => {
    const cautions = lessonText.match(/<Aside type="caution" title="[^"]+">/g) ?? [];
    expect(cautions.length).toBeGreaterThanOrEqual(4);
  });
});

describe('the vpc-networking quiz bank', () => {
  it('is valid, for SAA-C03, with at least 14 vpc- questions', () => {
    expect(bank.error?.issues ?? []).toEqual([]);
    expect(bank.data?.exams).toEqual(['saa-c03']);
    expect(questions.length).toBeGreaterThanOrEqual(14);
    expect(questions.every((q) => q.id.startsWith('vpc-'))).toBe(true);
  });

  it('has about a fifth multiple-response questions, each "Choose two." with two right answers', () => {
    const multiple = questions.flatMap((q) => (q.type === 'multiple' ? [q] : []));
    expect(multiple.length).toBeGreaterThanOrEqual(3);
    for (const q of multiple) {
      expect(q.prompt, q.id).toMatch(/\(Choose two\.\)$/);
      expect(
        q.options.filter((o) => o.correct),
        q.id,
      ).toHaveLength(2);
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(5);
    }
  });

  it('tags every question with exam topics and backs it with official documentation', () => {
    for (const q of questions) {
      expect(q.topics?.length ?? 0, q.id).toBeGreaterThan(0);
      expect(q.references.length, q.id).toBeGreaterThan(0);
      expect(
        q.references.some((r) => /^https:\/\/(docs\.)?aws\.amazon\.com\//.test(r.url)),
        q.id,
      ).toBe(true);
    }
  });

  it('tags the EKS questions k8s:aws and the cost questions saa-c03:4.4', () => {
    const tagged = (tag: string) =>
      questions.filter((q) => q.topics?.includes(tag)).map((q) => q.id);
    expect(tagged('k8s:aws')).toEqual(
      expect.arrayContaining([
        'vpc-eks-private-cluster-image-layers',
        'vpc-eks-load-balancer-subnet-tags',
      ]),
    );
    expect(tagged('saa-c03:4.4')).toEqual(
      expect.arrayContaining([
        'vpc-nat-cost-s3-gateway-endpoint',
        'vpc-eks-private-cluster-image-layers',
      ]),
    );
  });

  it('does not reuse an id from another bank', () => {
    const others = readdirSync(new URL('questions/', root))
      .filter((name) => name.endsWith('.yaml') && name !== 'vpc-networking.yaml')
      .flatMap((name) => {
        const other = parse(read(`questions/${name}`)) as { questions?: { id: string }[] };
        return (other.questions ?? []).map((q) => q.id);
      });
    expect(questions.map((q) => q.id).filter((id) => others.includes(id))).toEqual([]);
  });
});
