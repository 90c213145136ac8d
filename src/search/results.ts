// Flattens Pagefind's results into the entries the search dialog lists: one per matching section.
import type { PagefindResultData, PagefindSubResult } from './pagefind-types';

/** One line of the result list: where it leads and what it shows. */
export interface SearchEntry {
  url: string;
  /** The lesson's title. */
  title: string;
  /** The heading of the section, or "Quiz question n"; null when it is the page's top. */
  section: string | null;
  /** Pagefind's excerpt: escaped text with <mark> around the matches (see excerpt.ts). */
  excerpt: string;
}

/**
 * How many entries to show (sections per page, and in all), and how many of Pagefind's ranked
 * results to read for them: quiz questions outnumber lessons, so reading only the first ten could
 * leave out the lesson that teaches the term.
 */
export const RESULT_LIMITS = { perPage: 3, total: 10, considered: 30 };

/**
 * Turns ranked results into entries within the limits: lesson sections first (the teaching),
 * then quiz questions, each group in Pagefind's order, each page by its best sections.
 */
export function entriesFromResults(
  results: PagefindResultData[],
  limits: Pick<typeof RESULT_LIMITS, 'perPage' | 'total'> = RESULT_LIMITS,
): SearchEntry[] {
  const isQuestion = (result: PagefindResultData): boolean => result.meta['kind'] === 'question';
  const ordered = [...results.filter((r) => !isQuestion(r)), ...results.filter(isQuestion)];
  return ordered
    .flatMap((result) => entriesOfResult(result, limits.perPage))
    .slice(0, limits.total);
}

// The entries of one result: a question record as itself, a page as its best-matching sections.
function entriesOfResult(result: PagefindResultData, perPage: number): SearchEntry[] {
  const title = result.meta['title'] ?? result.url;
  const subs = result.sub_results ?? [];
  if (result.meta['kind'] === 'question' || subs.length === 0) {
    return [
      { url: result.url, title, section: result.meta['section'] ?? null, excerpt: result.excerpt },
    ];
  }
  return bestSections(subs, perPage).map((sub) => ({
    url: sub.url,
    title,
    section: sub.title === title ? null : sub.title,
    excerpt: sub.excerpt,
  }));
}

// The sections with the most matches, ties kept in page order.
function bestSections(subs: PagefindSubResult[], count: number): PagefindSubResult[] {
  return subs
    .map((sub, order) => ({ sub, order, hits: sub.locations?.length ?? 0 }))
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .slice(0, count)
    .map((ranked) => ranked.sub);
}
