import { act } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

// Small helpers to drive a simulator island in happy-dom the way a learner does (the VPC walker,
// the Service simulator, the DNS resolver).

/** Renders an element into a fresh container; returns it and a way to unmount. */
export function mount(element: ReactNode): { container: HTMLElement; unmount: () => void } {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(element));
  return {
    container,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** The control whose label's text starts with `text`. */
export function byLabel<T extends HTMLElement>(container: HTMLElement, text: string): T {
  const label = [...container.querySelectorAll('label')].find((l) =>
    (l.textContent ?? '').startsWith(text),
  );
  const control = label ? container.ownerDocument.getElementById(label.htmlFor) : null;
  if (!control) throw new Error(`no control labelled '${text}'`);
  return control as T;
}

/** Sets a form control's value as React sees a user do it. */
export function setValue(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  const proto =
    control instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  act(() => {
    setter?.call(control, value);
    control.dispatchEvent(
      new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

/** Clicks an element inside act. */
export function click(element: HTMLElement): void {
  act(() => element.click());
}
