import { useEffect, useId, useState } from 'react';
import type { SimModel, SimProbe } from './model';

interface ShareBarProps {
  model: SimModel;
  probe: SimProbe;
  /** Whether anything changed since the scenario was loaded (the link then carries the state). */
  changed: boolean;
  /** The playground's address (with the base path). */
  playgroundHref: string;
  /** The preset, for a link that has not changed anything. */
  presetId: string;
  /** "link": a link to the playground (lesson embeds); "copy": copy a share link (playground). */
  kind: 'link' | 'copy';
  onReset: () => void;
}

/** A link carrying a state (#state=…), made with the share codec, which loads on first use. */
async function stateLink(base: string, model: SimModel, probe: SimProbe): Promise<string> {
  const { encodeShared, sharedFrom, STATE_PARAM } = await import('./share-state');
  const encoded = await encodeShared(sharedFrom(model, probe));
  return `${new URL(base, location.href).href.replace(/#.*$/, '')}#${STATE_PARAM}=${encoded}`;
}

/** Reset, and either "Open in the playground" (carrying the current state) or "Copy share link". */
export function ShareBar({
  model,
  probe,
  changed,
  playgroundHref,
  presetId,
  kind,
  onReset,
}: ShareBarProps) {
  const id = useId();
  const presetHref = `${playgroundHref}#preset=${presetId}`;
  const [href, setHref] = useState(presetHref);
  const [status, setStatus] = useState<{ text: string; link?: string } | null>(null);

  useEffect(() => {
    if (kind !== 'link') return;
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
  }, [kind, changed, model, probe, playgroundHref, presetHref]);

  const copy = async () => {
    const link = await stateLink(playgroundHref, model, probe);
    try {
      await navigator.clipboard.writeText(link);
      setStatus({ text: 'Link copied: it opens this exact state (cluster, policies and probe).' });
    } catch {
      setStatus({ text: 'Copying is blocked here; select the link below and copy it.', link });
    }
  };

  return (
    <div className="nps-sharebar">
      <button type="button" className="nps-btn nps-btn-quiet nps-btn-small" onClick={onReset}>
        Reset to the preset
      </button>
      {kind === 'link' ? (
        <a className="nps-btn nps-btn-secondary nps-btn-small" href={href}>
          Open in the playground
        </a>
      ) : (
        <button
          type="button"
          className="nps-btn nps-btn-secondary nps-btn-small"
          onClick={() => void copy()}
        >
          Copy share link
        </button>
      )}
      <div className="nps-share-status" aria-live="polite">
        {status ? <p>{status.text}</p> : null}
        {status?.link ? (
          <>
            <label htmlFor={`${id}-link`} className="nps-sr">
              Share link
            </label>
            <input
              id={`${id}-link`}
              className="nps-input"
              readOnly
              value={status.link}
              onFocus={(e) => e.currentTarget.select()}
            />
          </>
        ) : null}
      </div>
    </div>
  );
}
