import { useId, useState } from 'react';
import { stateLink, type ShareBarProps } from './ShareBar';

/** In the playground: Reset, and "Copy share link" (with the link to select when copying is blocked). */
export function ShareCopyBar({ model, probe, playgroundHref, onReset }: ShareBarProps) {
  const id = useId();
  const [status, setStatus] = useState<{ text: string; link?: string } | null>(null);
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
      <button type="button" className="sim-btn sim-btn-quiet sim-btn-small" onClick={onReset}>
        Reset to the preset
      </button>
      <button
        type="button"
        className="sim-btn sim-btn-secondary sim-btn-small"
        onClick={() => void copy()}
      >
        Copy share link
      </button>
      <div className="nps-share-status" aria-live="polite">
        {status ? <p>{status.text}</p> : null}
        {status?.link ? (
          <>
            <label htmlFor={`${id}-link`} className="sr-only">
              Share link
            </label>
            <input
              id={`${id}-link`}
              className="sim-input"
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
