// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '~/components/ErrorBoundary';

// A child with an engine bug on demand: it throws while rendering after its button is clicked.
function Buggy() {
  const [broken, setBroken] = useState(false);
  if (broken) throw new Error('engine exploded');
  return (
    <button type="button" onClick={() => setBroken(true)}>
      Break it
    </button>
  );
}

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('shows the bug and a reset button instead of a blank island, logs it once, and resets', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    act(() =>
      root.render(
        <ErrorBoundary name="test sim">
          <Buggy />
        </ErrorBoundary>,
      ),
    );
    act(() => container.querySelector('button')?.click());

    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('This simulator hit a bug: engine exploded');
    expect(alert?.getAttribute('data-boundary')).toBe('test sim');
    const mentions = logged.mock.calls.filter((args) =>
      args.some((a) => String(a instanceof Error ? a.message : a).includes('engine exploded')),
    );
    expect(mentions).toHaveLength(1);

    const reset = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Reset this simulator',
    );
    act(() => reset?.click());
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.querySelector('button')?.textContent).toBe('Break it');
  });

  it('marks its Astro island ready once React has committed it, and only then', () => {
    const island = document.createElement('astro-island');
    const inner = document.createElement('div');
    island.append(inner);
    document.body.append(island);
    const islandRoot = createRoot(inner);
    expect(island.hasAttribute('data-island-ready')).toBe(false);
    act(() =>
      islandRoot.render(
        <ErrorBoundary name="test sim">
          <p>ready</p>
        </ErrorBoundary>,
      ),
    );
    expect(island.hasAttribute('data-island-ready')).toBe(true);
    // The marker is an empty hidden element: it adds nothing a learner sees or hears.
    const marker = inner.querySelector('span[hidden]');
    expect(marker?.textContent).toBe('');
    act(() => islandRoot.unmount());
    island.remove();
  });
});
