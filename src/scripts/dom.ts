// DOM writes that do nothing when the value is already there: on a long lesson, rewriting an
// attribute or a text with the same value still invalidates style and layout.

/** Sets a data-* attribute, unless it already has that value. */
export function setData(element: HTMLElement, key: string, value: string): void {
  if (element.dataset[key] !== value) element.dataset[key] = value;
}

/** Sets an element's text, unless it already reads that. */
export function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** Shows or hides an element, unless it already is. */
export function setHidden(element: HTMLElement, hidden: boolean): void {
  if (element.hidden !== hidden) element.hidden = hidden;
}
