import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';

/** The first lesson, the vertical slice every journey test walks through. */
export const LESSON_PATH = 'lessons/foundations/network-model/';

/**
 * Waits until every Astro island on the page has hydrated, so clicks are not lost. Astro drops
 * `ssr` when React starts hydrating, which can be before its handlers are attached; the islands'
 * ErrorBoundary sets `data-island-ready` once React has committed.
 */
export async function waitForIslands(scope: Page | Locator): Promise<void> {
  await expect(scope.locator('astro-island:not([data-island-ready])')).toHaveCount(0, {
    timeout: 20_000,
  });
}

/** Scrolls through the page so client:visible islands hydrate, then waits for them. */
export async function hydrateAll(page: Page): Promise<void> {
  for (const island of await page.locator('astro-island').all()) {
    await island.scrollIntoViewIfNeeded();
    // A client:visible island hydrates only once it has been seen: on a busy machine, scrolling
    // straight on to the next one can leave it unseen. Wait for each before moving on.
    await expect(island).toHaveAttribute('data-island-ready', '', { timeout: 20_000 });
  }
  await waitForIslands(page);
}

interface BankQuestion {
  id: string;
  prompt: string;
  /** single (the default) or multiple are choice questions; the other kinds have no options. */
  type?: string;
  options: { id: string; correct?: boolean }[];
}

/** Reads a question bank from content/ so tests know the right answers without hard-coding them. */
export function readBank(bank: string): BankQuestion[] {
  const text = readFileSync(
    new URL(`../../../content/questions/${bank}.yaml`, import.meta.url),
    'utf8',
  );
  return (parse(text) as { questions: BankQuestion[] }).questions;
}

/**
 * The single- and multiple-choice questions of a bank, in bank order: the ones a lesson quiz shows
 * as forms with options (ordering, matching, typed and scenario questions come as practice cards).
 */
export function readChoiceBank(bank: string): BankQuestion[] {
  return readBank(bank).filter(
    (q) => q.type === undefined || ['single', 'multiple'].includes(q.type),
  );
}

/** Collects console errors and uncaught exceptions of a page, to assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  return errors;
}

/** Starts recording Content-Security-Policy violations on every page load of `page`. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { podnetCsp?: string[] }).podnetCsp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}`),
    );
  });
}

/** The CSP violations recorded on the current page so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as { podnetCsp?: string[] }).podnetCsp ?? []);
}
