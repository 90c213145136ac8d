// Opens the search dialog from the header's Search button or the "/" key. The search itself
// (search-dialog.ts and Pagefind) loads on first use, so pages ship almost nothing for it.

/** Wires the Search buttons, the "/" shortcut, and focus going back to the button on close. */
export function bindSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!dialog || !button) return;
  const open = (): void => {
    if (dialog.open) return;
    dialog.showModal();
    import('./search-dialog')
      .then((search) => search.startSearch(dialog))
      .catch(() => showLoadError(dialog));
  };
  button.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.defaultPrevented || isTypingTarget(event.target)) return;
    event.preventDefault();
    open();
  });
  // Esc closes at once, even from a search field that holds text (which Esc would only clear).
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  // A click on the backdrop (outside the panel, which fills the dialog) closes it, like Esc.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    // After choosing a result the page moves to it; anywhere else, focus goes back to the button.
    if (dialog.returnValue !== 'result') button.focus({ preventScroll: true });
    dialog.returnValue = '';
  });
}

// Whether a key press is text for a field ("/" typed into a form must stay a "/").
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

// Says so in the dialog when the search code cannot be loaded (offline before any visit).
function showLoadError(dialog: HTMLDialogElement): void {
  const status = dialog.querySelector('[data-search-status]');
  if (status)
    status.textContent = 'Search could not be loaded. Check your connection and try again.';
}
