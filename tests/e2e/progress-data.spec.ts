import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  LESSON_PATH,
  collectErrors,
  hydrateAll,
  readBank,
  readChoiceBank,
} from './support/helpers';

// The learner's data survives every way storage can break (issue: "a learner can break their
// storage in every way listed and lose nothing").

const backups = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('podnet:progress-backup'))
      .map((k) => localStorage.getItem(k)),
  );
const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('podnet:progress') ?? 'null'));

/** Answers question `index` of the lesson quiz rightly. */
async function answer(page: Page, index: number): Promise<void> {
  const question = readChoiceBank('network-model')[index];
  const form = page.locator('.quiz-island form.question').nth(index);
  for (const option of question?.options.filter((o) => o.correct) ?? []) {
    await form.locator(`input[value="${option.id}"]`).check();
  }
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.locator('.question-verdict')).toHaveText('✓ Correct.');
}

test('unparseable saved progress is kept as a backup, offered for download, and the site works', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('./');
  await page.evaluate(() =>
    localStorage.setItem('podnet:progress', '{"version":2,"lessons":{broken'),
  );
  await page.goto(LESSON_PATH);
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(notice).toBeVisible();
  expect(await backups(page)).toEqual(['{"version":2,"lessons":{broken']);
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the original' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toBe(
    '{"version":2,"lessons":{broken',
  );

  await hydrateAll(page);
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByText('Completed ✓')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Completed ✓')).toBeVisible();
  // The original is still kept after new progress was saved; the progress page lists it.
  expect(await backups(page)).toEqual(['{"version":2,"lessons":{broken']);
  await page.goto('progress/');
  await expect(page.getByRole('heading', { name: 'Backups of unreadable progress' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a damaged document keeps its valid parts', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() =>
    localStorage.setItem(
      'podnet:progress',
      JSON.stringify({
        version: 2,
        lessons: {
          'foundations/network-model': { completed: true, at: '2026-11-20T10:00:00.000Z' },
          'x/y': { completed: 'maybe' },
        },
        attempts: { '<script>': 1 },
      }),
    ),
  );
  await page.goto(LESSON_PATH);
  await expect(
    page.getByRole('alert').filter({ hasText: '2 saved entries were damaged' }),
  ).toBeVisible();
  await expect(page.getByText('Completed ✓')).toBeVisible();
  expect((await backups(page)).length).toBe(1);
});

test('version-1 progress from Podnet 0.1 is migrated on load, answers and all', async ({
  page,
}) => {
  const v1 = readFileSync(new URL('../fixtures/progress/v1.json', import.meta.url), 'utf8');
  await page.goto('./');
  await page.evaluate((text) => {
    localStorage.setItem('podnet:progress', text);
    localStorage.setItem('podnet:theme', 'dark');
  }, v1);
  await page.goto(LESSON_PATH);
  await hydrateAll(page);
  await expect(page.getByText('Completed ✓')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const first = page.locator('.quiz-island form.question').first();
  await expect(first.locator('.question-verdict')).toHaveText('✓ Correct.');
  await page.getByRole('button', { name: 'Mark as not complete' }).click();
  const doc = await stored(page);
  expect(doc.version).toBe(4);
  expect(doc.settings.theme).toBe('dark');
  expect(Object.keys(doc.attempts)).toContain('v1-nm-pod-ip-per-pod');
});

test('without localStorage (private mode) the learner is told and the session works in memory', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(LESSON_PATH);
  await hydrateAll(page);
  await answer(page, 0);
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByText('Completed ✓')).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'not letting Podnet save anything' }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('when storage is full the learner is told, can export, and nothing crashes', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((globalThis as { podnetFull?: boolean }).podnetFull) {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    };
  });
  await page.goto(LESSON_PATH);
  await hydrateAll(page);
  await page.evaluate(() => ((globalThis as { podnetFull?: boolean }).podnetFull = true));
  await answer(page, 0);
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByText('Completed ✓')).toBeVisible();
  const notice = page.getByRole('alert').filter({ hasText: 'storage for Podnet is full' });
  await expect(notice).toBeVisible();
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Export progress' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(file.progress.lessons['foundations/network-model'].completed).toBe(true);
  expect(Object.keys(file.progress.attempts)).toHaveLength(1);
  expect(errors).toEqual([]);
});

test('two tabs answering at the same time lose no answer', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const page of [a, b]) {
    await page.goto(LESSON_PATH);
    await hydrateAll(page);
  }
  const count = readChoiceBank('network-model').length;
  // Tab A takes the even questions and tab B the odd ones, clicking in parallel.
  const take = async (page: Page, parity: number) => {
    for (let i = parity; i < count; i += 2) await answer(page, i);
  };
  await Promise.all([take(a, 0), take(b, 1)]);
  await expect.poll(async () => Object.keys((await stored(a)).attempts).length).toBe(count);
  for (const page of [a, b]) {
    await page.reload();
    await hydrateAll(page);
    await expect(
      page.getByText(`Score: ${count} of ${readBank('network-model').length} correct`),
    ).toBeVisible();
  }
});

test('export, reset and import bring everything back, after a summary', async ({ page }) => {
  await page.goto(LESSON_PATH);
  await hydrateAll(page);
  await answer(page, 0);
  await page.getByRole('button', { name: 'Mark complete' }).click();

  await page.goto('progress/');
  await hydrateAll(page);
  await expect(page.getByText(/^1 of \d+ lessons? complete$/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'By topic' })).toContainText('100%');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const exported = await (await download).path();
  await expect(page.getByText(/^Last exported/)).toBeVisible();

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await expect(page.getByText(/^0 of \d+ lessons? complete$/)).toBeVisible();

  await page.getByLabel('Progress file to import').setInputFiles(exported);
  const review = page.getByRole('group', { name: /Import/ });
  await expect(review).toContainText('1 lesson marked complete');
  await expect(review).toContainText('1 answer added to your history');
  await review.getByRole('button', { name: 'Merge into my progress' }).click();
  await expect(page.getByText(/^1 of \d+ lessons? complete$/)).toBeVisible();
  await page.goto(LESSON_PATH);
  await expect(page.getByText('Completed ✓')).toBeVisible();
});

test('malformed, hostile, oversized and newer files are refused and change nothing', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto(LESSON_PATH);
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await page.goto('progress/');
  await hydrateAll(page);
  const before = await stored(page);
  const files: [string, string | Buffer, RegExp][] = [
    ['broken.json', '{"format":"podnet-progress",', /not valid JSON/],
    ['other.json', '{"name":"left-pad"}', /not a Podnet progress file/],
    [
      'proto.json',
      '{"format":"podnet-progress","schemaVersion":2,"progress":{"__proto__":{"polluted":true},"version":2}}',
      /not allowed/,
    ],
    [
      'html.json',
      JSON.stringify({
        format: 'podnet-progress',
        schemaVersion: 2,
        progress: {
          ...before,
          lessons: {
            '<img src=x onerror=alert(1)>': { completed: true, at: '2026-11-20T10:00:00.000Z' },
          },
        },
      }),
      /not valid/,
    ],
    [
      'newer.json',
      '{"format":"podnet-progress","schemaVersion":7,"progress":{"version":7}}',
      /newer version/,
    ],
    ['huge.json', Buffer.alloc(6 * 1024 * 1024, 32), /at most 5 MB/],
  ];
  for (const [name, content, message] of files) {
    await page.getByLabel('Progress file to import').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'The file was not imported' });
    await expect(alert, name).toContainText(message);
    await expect(alert.locator('img')).toHaveCount(0);
  }
  expect(await stored(page)).toEqual(before);
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
  expect(errors).toEqual([]);
});

test('data saved by a newer version in another tab is never overwritten', async ({ page }) => {
  await page.goto(LESSON_PATH);
  await hydrateAll(page);
  const newer = '{"version":9,"from":"the future"}';
  await page.evaluate((text) => localStorage.setItem('podnet:progress', text), newer);
  await page.reload();
  await hydrateAll(page);
  await expect(page.getByRole('alert').filter({ hasText: 'older version' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByText('Completed ✓')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('podnet:progress'))).toBe(newer);
});

test('finishing a module brings a gentle, dismissible export reminder', async ({ page }) => {
  await page.goto(LESSON_PATH);
  await hydrateAll(page);
  await page.getByRole('button', { name: 'Mark complete' }).click();
  const reminder = page.getByRole('status').filter({ hasText: 'export a copy to keep it safe' });
  await expect(reminder).toBeVisible();
  await reminder.getByRole('button', { name: 'Not now' }).click();
  await expect(reminder).toBeHidden();
  await page.getByRole('button', { name: 'Mark as not complete' }).click();
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByText('export a copy to keep it safe')).toBeHidden();
});

test('the progress page asks the browser to keep the data and says what it answered', async ({
  page,
}) => {
  await page.goto('progress/');
  await hydrateAll(page);
  await page.getByRole('button', { name: 'Ask the browser to keep it' }).click();
  await expect(
    page.getByText(/promised to keep Podnet’s data|did not promise to keep the data/),
  ).toBeVisible();
});
