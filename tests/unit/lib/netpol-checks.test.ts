import { describe, expect, it } from 'vitest';
import { checkNetpolContent, type NetpolFacts } from '~/lib/netpol-checks';

const good: NetpolFacts = {
  scenarios: [
    {
      id: 'shop',
      namespaces: ['shop', 'ops'],
      pods: [
        { namespace: 'shop', name: 'web' },
        { namespace: 'ops', name: 'tool' },
      ],
    },
  ],
  challenges: [
    {
      id: '01-a',
      order: 1,
      difficulty: 'beginner',
      scenario: 'shop',
      selectors: ['*', 'shop/web', 'ops/*', 'ip:203.0.113.7'],
      policyNamespaces: ['shop'],
    },
    {
      id: '02-b',
      order: 2,
      difficulty: 'advanced',
      scenario: 'shop',
      selectors: ['shop/*'],
      policyNamespaces: ['ops'],
    },
  ],
};

const describeIssues = (facts: NetpolFacts) =>
  checkNetpolContent(facts).map((i) => `${i.level} ${i.file}: ${i.message}`);

describe('checkNetpolContent', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(checkNetpolContent(good)).toEqual([]);
  });

  it('names a challenge whose scenario does not exist', () => {
    const facts = { ...good, challenges: [{ ...good.challenges[0]!, scenario: 'typo' }] };
    expect(describeIssues(facts)).toEqual([
      'error content/scenarios/netpol-challenges/01-a.yaml: scenario "typo" is not in content/scenarios/netpol/',
    ]);
  });

  it('names pods, namespaces and policy namespaces the scenario does not have', () => {
    const facts = {
      ...good,
      challenges: [
        {
          ...good.challenges[0]!,
          selectors: ['shop/db', 'qa/*', 'shop/web'],
          policyNamespaces: ['qa'],
        },
        good.challenges[1]!,
      ],
    };
    expect(describeIssues(facts)).toEqual([
      'error content/scenarios/netpol-challenges/01-a.yaml: expectation shop/db: scenario shop has no pod shop/db',
      'error content/scenarios/netpol-challenges/01-a.yaml: expectation qa/*: scenario shop has no namespace qa',
      'error content/scenarios/netpol-challenges/01-a.yaml: a starter or solution policy is in namespace qa, which scenario shop does not have',
    ]);
  });

  it('rejects gaps in the order and warns when difficulty drops', () => {
    const facts = {
      ...good,
      challenges: [
        { ...good.challenges[0]!, difficulty: 'advanced' as const },
        { ...good.challenges[1]!, order: 3, difficulty: 'intermediate' as const },
      ],
    };
    expect(describeIssues(facts)).toEqual([
      'error content/scenarios/netpol-challenges/: challenge order should run 1..2 without gaps or repeats; found 1, 3',
      'warning content/scenarios/netpol-challenges/02-b.yaml: is intermediate but comes after the advanced 01-a',
    ]);
  });
});
