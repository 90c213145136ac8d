import { useEffect, useRef } from 'react';

/** What the exam keys do; each may be absent when the current screen does not allow it. */
export interface ExamKeyActions {
  /** Digits 1–9: pick the option at that position (0-based). */
  pick?: ((index: number) => void) | undefined;
  /** Enter: the main action (check, next, review). */
  primary?: (() => void) | undefined;
  previous?: (() => void) | undefined;
  next?: (() => void) | undefined;
}

/** Whether a key press belongs to a control that needs the key itself (typing, a list box, a button). */
export function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable) return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return type !== 'radio' && type !== 'checkbox';
  }
  return key === 'Enter' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY');
}

/** Listens for the exam's keys on the page while `active`: digits, Enter, left and right arrows. */
export function useExamKeys(active: boolean, actions: ExamKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if (ownsKey(event.target, event.key)) return;
      const run = actionFor(event.key, latest.current);
      if (!run) return;
      event.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active]);
}

// The action a key triggers, if any.
function actionFor(key: string, actions: ExamKeyActions): (() => void) | undefined {
  if (/^[1-9]$/.test(key) && actions.pick) {
    const pick = actions.pick;
    return () => pick(Number(key) - 1);
  }
  if (key === 'Enter') return actions.primary;
  if (key === 'ArrowLeft') return actions.previous;
  if (key === 'ArrowRight') return actions.next;
  return undefined;
}
