// The search dialog's behaviour, loaded on first open: runs Pagefind as the learner types, lists
// the results, and moves through them with the arrow keys.
import { excerptParts } from '~/search/excerpt';
import type { PagefindModule } from '~/search/pagefind-types';
import { RESULT_LIMITS, entriesFromResults, type SearchEntry } from '~/search/results';

const HINT = 'Type to search the lessons and quiz questions.';
const LOAD_ERROR = 'Search could not be loaded. Check your connection and try again.';
let started = false;

/** Binds the dialog once and puts the cursor in its field. */
export function startSearch(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog.querySelector<HTMLUListElement>('[data-search-results]');
  if (!input || !status || !list) return;
  input.focus();
  input.select();
  if (started) return;
  started = true;
  status.textContent = 'Loading search…';
  pagefind().then(
    () => {
      if (input.value.trim() === '') status.textContent = HINT;
    },
    () => (status.textContent = LOAD_ERROR),
  );
  const run = (): void => void search(input.value.trim(), status, list);
  input.addEventListener('input', run);
  dialog.querySelector('form[role="search"]')?.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector('a')?.click();
  });
  dialog.addEventListener('keydown', (event) => moveFocus(event, input, list));
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) dialog.close('result');
  });
  if (input.value.trim() !== '') run();
}

let loading: Promise<PagefindModule> | null = null;

// Pagefind, loaded once; after a failure (offline before any visit) the next search tries again.
function pagefind(): Promise<PagefindModule> {
  loading ??= loadPagefind().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

// Loads Pagefind's runtime from the build (it is not bundled: it comes with the index).
async function loadPagefind(): Promise<PagefindModule> {
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}

// Runs one search and renders it, unless a newer one has started meanwhile.
async function search(term: string, status: HTMLElement, list: HTMLUListElement): Promise<void> {
  if (term === '') {
    list.replaceChildren();
    status.textContent = HINT;
    return;
  }
  status.textContent = 'Searching…';
  try {
    const found = await (await pagefind()).debouncedSearch(term, {}, 150);
    if (!found) return;
    const data = await Promise.all(
      found.results.slice(0, RESULT_LIMITS.considered).map((r) => r.data()),
    );
    const entries = entriesFromResults(data);
    list.replaceChildren(...entries.map(resultItem));
    status.textContent =
      entries.length === 0
        ? `No results for “${term}”.`
        : `${entries.length} ${entries.length === 1 ? 'result' : 'results'} for “${term}”.`;
  } catch {
    status.textContent = LOAD_ERROR;
  }
}

// One result: a link with the lesson's title, the section, and the excerpt with its matches marked.
function resultItem(entry: SearchEntry): HTMLLIElement {
  const link = document.createElement('a');
  link.href = entry.url;
  // The section is the line to read; the lesson's title sits small above it.
  if (entry.section) link.append(span('search-result-title', entry.title));
  link.append(span('search-result-section', entry.section ?? entry.title));
  const excerpt = span('search-result-excerpt', '');
  for (const part of excerptParts(entry.excerpt)) {
    excerpt.append(part.marked ? markOf(part.text) : document.createTextNode(part.text));
  }
  link.append(excerpt);
  const item = document.createElement('li');
  item.append(link);
  return item;
}

// A span of text with a class.
function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

// A highlighted match.
function markOf(text: string): HTMLElement {
  const mark = document.createElement('mark');
  mark.textContent = text;
  return mark;
}

// Arrow keys move between the field and the results; Tab and Enter work as usual.
function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLUListElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const stops: HTMLElement[] = [input, ...list.querySelectorAll<HTMLElement>('a')];
  const at = stops.indexOf(document.activeElement as HTMLElement);
  if (at === -1) return;
  const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
  event.preventDefault();
  stops[next]?.focus();
}
