import { act } from 'react';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/** A rendered island: its container, and a way to unmount it. */
export interface Mounted {
  container: HTMLElement;
  unmount: () => void;
}

/** Renders an element into a fresh container in the document. */
export function mount(element: ReactNode): Mounted {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  act(() => root.render(element));
  return {
    container,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** The control a label names (by its exact text). */
export function byLabel<T extends HTMLElement = HTMLInputElement>(
  container: HTMLElement,
  text: string,
): T {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent === text);
  const control = label ? container.ownerDocument.getElementById(label.htmlFor) : null;
  if (!control) throw new Error(`no control labelled '${text}'`);
  return control as T;
}

/** The button whose text is `text` (exactly, ignoring surrounding space). */
export function button(container: HTMLElement, text: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find(
    (b) => (b.textContent ?? '').trim() === text,
  );
  if (!found) throw new Error(`no button '${text}'`);
  return found;
}

/** Types a whole new value into a text input, as React sees a user do it. */
export function type(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Picks an option of a select by its value. */
export function choose(select: HTMLSelectElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Clicks an element inside act. */
export function click(element: HTMLElement): void {
  act(() => element.click());
}

/** The text of the element with an id from an aria-describedby list that ends in `suffix`. */
export function describedText(input: HTMLElement, suffix: string): string | null {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  const match = ids.find((id) => id.endsWith(suffix));
  return match ? (input.ownerDocument.getElementById(match)?.textContent ?? null) : null;
}

/** Lets a pending engine load settle, and React apply the state it sets. */
export async function settle(pending?: Promise<unknown>): Promise<void> {
  await act(async () => {
    await pending;
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Focuses a control the way a learner tabbing or clicking into it does (React sees focusin). */
export function focusOn(control: HTMLElement): void {
  act(() => control.focus());
}
