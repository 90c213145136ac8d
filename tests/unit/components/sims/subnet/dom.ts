// Small helpers to drive a React island in happy-dom the way a learner would.
import { act } from 'react';

/** Types a value into an input or a select, as React sees a learner typing. */
export function typeInto(field: HTMLInputElement | HTMLSelectElement, value: string): void {
  const proto = field instanceof HTMLSelectElement ? HTMLSelectElement : HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(proto.prototype, 'value')?.set;
  act(() => {
    setter?.call(field, value);
    field.dispatchEvent(
      new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

/** Clicks the button whose text is `name` inside `root` (the test fails when there is none). */
export function clickButton(root: HTMLElement, name: string): void {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!button) throw new Error(`no button "${name}"`);
  act(() => button.click());
}

/** The input or select labelled `label` inside `root`. */
export function fieldLabelled(
  root: HTMLElement,
  label: string,
): HTMLInputElement | HTMLSelectElement {
  const labelEl = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const id = labelEl?.getAttribute('for');
  const field = id ? root.ownerDocument.getElementById(id) : null;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement)) {
    throw new Error(`no field labelled "${label}"`);
  }
  return field;
}

/** Lets pending promises (an engine's dynamic import) settle, and React apply what they set. */
export async function settle(pending?: Promise<unknown>): Promise<void> {
  await act(async () => {
    await pending;
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Focuses a field the way a learner tabbing or clicking into it does (React sees focusin). */
export function focusOn(field: HTMLElement): void {
  act(() => field.focus());
}
