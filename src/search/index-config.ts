// How Pagefind indexes the built pages: what it leaves out. Lesson pages mark their indexed part
// with data-pagefind-body (src/layouts/LessonLayout.astro), so pages without it are not indexed.

/** Parts of a lesson's body that are interface, not teaching text. */
export const EXCLUDED_SELECTORS = [
  // Islands: simulators and the quiz (questions are indexed as their own records instead).
  'astro-island',
  // Diagram labels read as noise out of context; the figure's caption stays.
  'figure svg',
  // The "mark complete" control.
  '[data-complete-toggle]',
];

/** The options given to Pagefind's createIndex. */
export const PAGEFIND_OPTIONS = {
  excludeSelectors: EXCLUDED_SELECTORS,
  forceLanguage: 'en',
};

/**
 * What Pagefind writes that Podnet never loads: its ready-made search UIs (Podnet has its own
 * dialog, src/components/search/), its highlighter and playground, and the wasm for pages without a
 * language (every page is indexed as English, above). The build deletes them, so they are neither
 * deployed nor precached.
 */
export const UNUSED_PAGEFIND_FILES =
  /^(?:pagefind-(?:ui|modular-ui|component-ui)\.(?:js|css)|pagefind-highlight\.js|playground|wasm\.unknown\.pagefind)$/;
