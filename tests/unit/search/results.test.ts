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

  it('lists lesson sections before quiz questions and stops at the total limit', () => {
    expect(entriesFromResults([question, lesson]).map((e) => e.section)).toEqual([
      'NAT',
      'Routes',
      null,
      'Quiz question 1',
    ]);
    const limited = entriesFromResults([question, lesson], { perPage: 2, total: 2 });
    expect(limited.map((e) => e.section)).toEqual(['NAT', 'Routes']);
  });

  it("keeps Pagefind's order within lessons and within questions", () => {
    const second = {
      ...question,
      url: '/q2',
      meta: { ...question.meta, section: 'Quiz question 2' },
    };
    const other = { ...lesson, url: '/other/', meta: { title: 'Other' }, sub_results: [] };
    const entries = entriesFromResults([second, lesson, question, other], {
      perPage: 1,
      total: 10,
    });
    expect(entries.map((e) => `${e.title}: ${e.section}`)).toEqual([
      'The Kubernetes network model: NAT',
      'Other: null',
      'The Kubernetes network model: Quiz question 2',
      'The Kubernetes network model: Quiz question 1',
    ]);
  });

  it('lists a page without sections as the page', () => {
    const page = { url: '/a/', excerpt: 'e', meta: {}, sub_results: [] };
    expect(entriesFromResults([page])).toEqual([
      { url: '/a/', title: '/a/', section: null, excerpt: 'e' },
    ]);
  });
});
