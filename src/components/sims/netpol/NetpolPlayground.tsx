import { useCallback, useEffect, useId, useState } from 'react';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import type { SimSeed } from './model';
import { ClusterPanel } from './ClusterPanel';
import { Simulator } from './NetpolSim';
import { PanelHeadingLevel } from './PanelHeading';
import { ShareCopyBar } from './ShareCopyBar';
import * as simEngine from './sim-engine';

// The playground's island is the page's content: the engine comes with it, not on first change.
const START = { engine: simEngine };

/** A preset the playground offers. */
export interface PlaygroundPreset {
  id: string;
  title: string;
  summary: string;
  seed: SimSeed;
}

interface NetpolPlaygroundProps {
  presets: PlaygroundPreset[];
  defaultId: string;
  playgroundHref: string;
}

/** What is loaded: a preset, or a shared state (id "shared"); `version` remounts the simulator. */
interface Loaded {
  id: string;
  seed: SimSeed;
  version: number;
}

const DAMAGED =
  'This shared link is damaged or not a Podnet simulator link; showing the default scenario.';

/** Reads a `#state=…` fragment with the share codec and the engine's parser, both loaded on demand. */
async function seedFromLink(encoded: string): Promise<SimSeed> {
  const [{ decodeShared, seedFromShared }, { parsePolicies }] = await Promise.all([
    import('./share-state'),
    import('~/sim/netpol/parse'),
  ]);
  return seedFromShared(await decodeShared(encoded), parsePolicies);
}

/** The playground: a preset picker, the simulator in a wide layout, and share links in and out. */
export function NetpolPlayground(props: NetpolPlaygroundProps) {
  return (
    <ErrorBoundary name="network policy playground">
      <Playground {...props} />
    </ErrorBoundary>
  );
}

/** The playground's state: which preset or shared state is loaded, and any notice about the link. */
function Playground({ presets, defaultId, playgroundHref }: NetpolPlaygroundProps) {
  const id = useId();
  const fallback = presets.find((p) => p.id === defaultId) ?? presets[0];
  const [loaded, setLoaded] = useState<Loaded | null>(
    fallback ? { id: fallback.id, seed: fallback.seed, version: 0 } : null,
  );
  const [notice, setNotice] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);

  const load = useCallback(
    (preset: PlaygroundPreset) =>
      setLoaded((old) => ({ id: preset.id, seed: preset.seed, version: (old?.version ?? 0) + 1 })),
    [],
  );
  // Opens what the fragment names: a shared state, a preset, or (anything else) the default.
  const openFragment = useCallback(async () => {
    const params = new URLSearchParams(location.hash.slice(1));
    const state = params.get('state');
    const presetId = params.get('preset');
    if (state !== null) {
      setOpening(true);
      try {
        const seed = await seedFromLink(state);
        setLoaded((old) => ({ id: 'shared', seed, version: (old?.version ?? 0) + 1 }));
        setNotice(null);
      } catch {
        if (fallback) load(fallback);
        setNotice(DAMAGED);
      } finally {
        setOpening(false);
      }
    } else if (presetId !== null) {
      const preset = presets.find((p) => p.id === presetId);
      if (preset) {
        load(preset);
        setNotice(null);
      } else {
        if (fallback) load(fallback);
        setNotice(
          `There is no preset called “${presetId.slice(0, 60)}”; showing the default scenario.`,
        );
      }
    }
  }, [presets, fallback, load]);

  useEffect(() => {
    void openFragment();
    const onHash = () => void openFragment();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [openFragment]);

  if (!loaded) return <p>There are no presets.</p>;
  const current = presets.find((p) => p.id === loaded.id);
  return (
    <div className="nps nps-playground-shell">
      <div className="nps-preset-bar">
        <div className="sim-field">
          <label htmlFor={`${id}-preset`}>Scenario</label>
          <select
            id={`${id}-preset`}
            className="sim-input"
            value={loaded.id}
            aria-describedby={`${id}-summary`}
            onChange={(event) => {
              const preset = presets.find((p) => p.id === event.target.value);
              if (!preset) return;
              load(preset);
              setNotice(null);
              history.replaceState(null, '', `#preset=${preset.id}`);
            }}
          >
            {loaded.id === 'shared' ? (
              <option value="shared">Shared state (from the link)</option>
            ) : null}
            {presets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {preset.title}
              </option>
            ))}
          </select>
        </div>
        <p id={`${id}-summary`} className="nps-preset-summary">
          {current
            ? current.summary
            : 'The state this link carries: its cluster, policies and probe, exactly as they were shared.'}
        </p>
      </div>
      <div aria-live="polite">
        {opening ? <p className="nps-muted">Opening the shared state…</p> : null}
        {notice ? (
          <p className="nps-notice" role="alert">
            {notice}
          </p>
        ) : null}
      </div>
      <PanelHeadingLevel.Provider value={2}>
        <Simulator
          key={loaded.version}
          seed={loaded.seed}
          start={START}
          presetId={current?.id ?? defaultId}
          playgroundHref={playgroundHref}
          mode="playground"
          clusterView={ClusterPanel}
          shareBar={ShareCopyBar}
        />
      </PanelHeadingLevel.Provider>
    </div>
  );
}

export default NetpolPlayground;
