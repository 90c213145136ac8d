// The parts of Pagefind's browser API (pagefind/pagefind.js in the build) that Podnet uses.

/** The module that `import(base + 'pagefind/pagefind.js')` returns. */
export interface PagefindModule {
  options(options: { excerptLength?: number; baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  /** Resolves null when a newer search started before this one ran. */
  debouncedSearch(
    term: string,
    options?: object,
    debounceMs?: number,
  ): Promise<PagefindSearch | null>;
}

/** A search's hits, whose details load on demand. */
export interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
}

/** One page (or custom record) that matched. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

/** A section of a page under one heading, with its own anchor URL and excerpt. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
