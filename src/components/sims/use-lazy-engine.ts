import { useCallback, useState } from 'react';

/** An engine that loads on the learner's first action, and what happened to it so far. */
export interface LazyEngine<T> {
  /** The engine once loaded; null before (the island then shows what the build computed). */
  engine: T | null;
  /** True when the last attempt to load it failed (offline with nothing cached). */
  failed: boolean;
  /** Starts loading (safe to call on every focus or key); resolves with the engine, or null. */
  load: () => Promise<T | null>;
}

/** Holds an engine that `loader` fetches on demand, for an island rendered from build-time props. */
export function useLazyEngine<T>(loader: () => Promise<T>): LazyEngine<T> {
  const [engine, setEngine] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const load = useCallback(
    () =>
      loader().then(
        (loaded) => {
          setEngine(() => loaded);
          setFailed(false);
          return loaded;
        },
        () => {
          setFailed(true);
          return null;
        },
      ),
    [loader],
  );
  return { engine, failed, load };
}
