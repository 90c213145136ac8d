import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { LESSON_PATH, hydrateAll, readBank, waitForIslands } from './helpers';

/** A search that must find a lesson heading: the query, and the heading's text and id. */
export const HEADING_SEARCH = {
  query: 'kernelspace',
  heading: 'kube-proxy: Service virtual IPs, not pod routing',
  id: 'kube-proxy-service-virtual-ips-not-pod-routing',
};

/** A search that must find the first question of the network-model quiz. */
export const QUESTION_SEARCH = { query: 'reconfigured', bank: 'network-model' };

/** Every lesson page of a build folder, as a path under the base ("lessons/<module>/<slug>/"). */
export function builtLessonPaths(outDir: string): string[] {
  const root = new URL(`../../../${outDir.replace(/^\.\//, '')}/`, import.meta.url).pathname;
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(relative(root, dir) + '/');
    }
  };
  walk(join(root, 'lessons'));
  return pages.sort();
}

/** Waits until the service worker is active and controls the page (reloading once if needed). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = (): Promise<boolean> =>
    page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) await page.reload();
  await expect.poll(controlled).toBe(true);
}

/** Time allowed for opening one lesson offline and hydrating its islands. */
const PER_LESSON_MS = 5_000;

/**
 * The offline promise: after one online visit, with the network off, every lesson opens (also
 * without its trailing slash), its islands work, a quiz answer is checked, search finds a heading
 * and a question, the playground, a challenge and the progress page work, and an unknown address
 * shows the offline page. The page's baseURL is the site's.
 */
export async function checkWholeCourseOffline(
  page: Page,
  context: BrowserContext,
  outDir: string,
): Promise<void> {
  await page.goto('./');
  const base = new URL(page.url()).pathname;
  await waitForServiceWorker(page);
  await context.setOffline(true);

  const lessons = builtLessonPaths(outDir);
  expect(lessons.length).toBeGreaterThan(0);
  // The walk grows with the course (it hydrates every island of every lesson): give it time per
  // lesson on top of the usual test budget, so a busy machine does not fail it at 60 s.
  test.setTimeout(60_000 + lessons.length * PER_LESSON_MS);
  const titles: string[] = [];
  for (const lesson of lessons) {
    const response = await page.goto(lesson);
    expect(response?.ok(), `offline: ${lesson}`).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('You are offline');
    titles.push((await page.getByRole('heading', { level: 1 }).textContent()) ?? '');
    await hydrateAll(page);
  }
  await expect(page.locator('[data-offline-badge]')).toBeVisible();

  // A lesson asked for without its trailing slash is served too (the one whose quiz is answered).
  const quizLesson = lessons.indexOf(LESSON_PATH);
  expect(quizLesson, `${LESSON_PATH} is built`).toBeGreaterThanOrEqual(0);
  await page.goto(LESSON_PATH.replace(/\/$/, ''));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles[quizLesson] ?? '');
  await hydrateAll(page);

  await answerFirstQuestion(page);
  await searchOffline(page, base);
  await appPagesOffline(page);

  const unknown = await page.goto('no-such-page/');
  expect(unknown?.ok()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the course map' })).toBeVisible();
}

// Answers the network-model quiz's first question rightly on the current lesson page.
async function answerFirstQuestion(page: Page): Promise<void> {
  const question = readBank('network-model')[0];
  if (!question) throw new Error('the network-model bank has no questions');
  const form = page.locator(`form#question-${question.id}`);
  for (const option of question.options.filter((o) => o.correct)) {
    await form.locator(`input[value="${option.id}"]`).check();
  }
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.locator('.question-verdict')).toHaveText('✓ Correct.');
}

// The app pages offline: the playground's engine (loaded on the first change) updates the grid, a
// challenge is graded and recorded, and the progress page lists both the answer and the challenge.
async function appPagesOffline(page: Page): Promise<void> {
  await page.goto('simulators/network-policies/');
  await waitForIslands(page);
  const cell = page.getByRole('button', { name: /^frontend to debug: / });
  await expect(cell).toHaveAccessibleName(/: denied$/);
  await page.getByRole('checkbox', { name: 'Apply shop/default-deny-ingress' }).uncheck();
  await expect(cell).toHaveAccessibleName(/: allowed$/);

  await page.goto('challenges/network-policies/frontend-to-backend/');
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Check my policies' }).click();
  await expect(page.getByText(/Not yet: \d+ of \d+ connections differ/)).toBeVisible();

  // The exam guide counts the network-model answer given offline in its Kubernetes domain.
  await page.goto('exams/guide/kubernetes/');
  await waitForIslands(page);
  await expect(page.locator('tr[data-domain="model"] [data-accuracy]')).toHaveText(
    /100% of 1 answer/,
  );

  await page.goto('progress/');
  await waitForIslands(page);
  const activity = page.getByRole('region', { name: 'Recent activity' });
  await expect(activity.getByText(/Tried challenge/)).toBeVisible();
  await expect(activity.getByRole('listitem')).toHaveCount(2);
}

// Searches for a heading and a question; results link under the base path, and the question's
// result leads to its card.
async function searchOffline(page: Page, base: string): Promise<void> {
  const question = readBank(QUESTION_SEARCH.bank)[0];
  expect(question?.prompt).toContain(QUESTION_SEARCH.query);
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  const field = dialog.getByRole('searchbox');
  await field.fill(HEADING_SEARCH.query);
  const heading = dialog.getByRole('link', { name: new RegExp(escape(HEADING_SEARCH.heading)) });
  await expect(heading).toHaveAttribute(
    'href',
    new RegExp(`^${base}lessons/.+#${HEADING_SEARCH.id}$`),
  );

  await field.fill(QUESTION_SEARCH.query);
  // Other lessons' questions may match the words too: take the result that names this question.
  const result = dialog
    .getByRole('link', { name: /Quiz question 1(?!\d)/ })
    .and(dialog.locator(`a[href$="#question-${question?.id ?? ''}"]`));
  await expect(result).toHaveAttribute(
    'href',
    new RegExp(`^${base}lessons/.+#question-${question?.id}$`),
  );
  await result.click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#question-${question?.id}$`));
  await expect(page.locator(`#question-${question?.id}`)).toBeInViewport();
}

// A string as a literal inside a RegExp.
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
