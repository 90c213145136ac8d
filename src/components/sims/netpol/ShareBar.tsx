import { useEffect, useState, type ComponentType } from 'react';
import type { SimModel, SimProbe } from './model';

/** What any share bar gets from the simulator. */
export interface ShareBarProps {
  model: SimModel;
  probe: SimProbe;
  /** Whether anything changed since the scenario was loaded (the link then carries the state). */
  changed: boolean;
  /** The playground's address (with the base path). */
  playgroundHref: string;
  /** The preset, for a link that has not changed anything. */
  presetId: string;
  onReset: () => void;
}

/** A share bar component (the lesson's link, or the playground's copy button). */
export type ShareBarView = ComponentType<ShareBarProps>;

/** A link carrying a state (#state=…), made with the share codec, which loads on first use. */
export async function stateLink(base: string, model: SimModel, probe: SimProbe): Promise<string> {
  const { encodeShared, sharedFrom, STATE_PARAM } = await import('./share-state');
  const encoded = await encodeShared(sharedFrom(model, probe));
  return `${new URL(base, location.href).href.replace(/#.*$/, '')}#${STATE_PARAM}=${encoded}`;
}

/** In a lesson: Reset, and "Open in the playground" with a link that carries the current state. */
export function ShareBar({
  model,
  probe,
  changed,
  playgroundHref,
  presetId,
  onReset,
}: ShareBarProps) {
  const presetHref = `${playgroundHref}#preset=${presetId}`;
  const [href, setHref] = useState(presetHref);
  useEffect(() => {
    if (!changed) {
      setHref(presetHref);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void stateLink(playgroundHref, model, probe).then((link) => live && setHref(link));
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [changed, model, probe, playgroundHref, presetHref]);
  return (
    <div className="nps-sharebar">
      <button type="button" className="sim-btn sim-btn-quiet sim-btn-small" onClick={onReset}>
        Reset to the preset
      </button>
      <a className="sim-btn sim-btn-secondary sim-btn-small" href={href}>
        Open in the playground
      </a>
    </div>
  );
}
