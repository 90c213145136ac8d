import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from '~/search/pagefind-types';
import { entriesFromResults } from '~/search/results';

const lesson: PagefindResultData = {
  url: '/podnet/lessons/foundations/network-model/',
  excerpt: 'page excerpt',
  meta: { title: 'The Kubernetes network model' },
  sub_results: [
    {
      title: 'The Kubernetes network model',
      url: '/podnet/lessons/x/',
      excerpt: 'top',
      locations: [1],
    },
    { title: 'Why a model', url: '/podnet/lessons/x/#why', excerpt: 'why', locations: [5] },
    { title: 'NAT', url: '/podnet/lessons/x/#nat', excerpt: 'nat', locations: [9, 10, 11] },
    { title: 'Routes', url: '/podnet/lessons/x/#routes', excerpt: 'routes', locations: [20, 21] },
    { title: 'DNS', url: '/podnet/lessons/x/#dns', excerpt: 'dns', locations: [30] },
  ],
};

const question: PagefindResultData = {
  url: '/podnet/lessons/x/#question-nm-pod-ip-per-pod',
  excerpt: 'two <mark>pods</mark> on 8080',
  meta: { title: 'The Kubernetes network model', section: 'Quiz question 1', kind: 'question' },
  sub_results: [
    { title: 'whatever', url: '/podnet/lessons/x/#question-nm-pod-ip-per-pod', excerpt: 'x' },
  ],
};

describe('entriesFromResults', () => {
  it("lists a page's best-matching sections first, ties in page order", () => {
    const entries = entriesFromResults([lesson]);
    expect(entries.map((e) => e.section)).toEqual(['NAT', 'Routes', null]);
    expect(entries[0]).toEqual({
      url: '/podnet/lessons/x/#nat',
      title: 'The Kubernetes network model',
      section: 'NAT',
      excerpt: 'nat',
    });
  });

  it('lists a question record as itself, with its section and anchor', () => {
    expect(entriesFromResults([question])).toEqual([
      {
        url: '/podnet/lessons/x/#question-nm-pod-ip-per-pod',
        title: 'The Kubernetes network model',
        section: 'Quiz question 1',
        excerpt: 'two <mark>pods</mark> on 8080',
      },
    ]);
  });

  it('keeps the ranking between results and stops at the total limit', () => {
    const entries = entriesFromResults([question, lesson], { perPage: 2, total: 2 });
    expect(entries.map((e) => e.section)).toEqual(['Quiz question 1', 'NAT']);
  });

  it('lists a page without sections as the page', () => {
    const page = { url: '/a/', excerpt: 'e', meta: {}, sub_results: [] };
    expect(entriesFromResults([page])).toEqual([
      { url: '/a/', title: '/a/', section: null, excerpt: 'e' },
    ]);
  });
});
