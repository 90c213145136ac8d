import { useStore } from '@nanostores/react';
import { useEffect, useState } from 'react';
import {
  dataRisk,
  readPersistence,
  requestPersistence,
  type Persistence,
} from '~/progress/durability';
import type { Progress } from '~/progress/schema';
import { $storageFault } from '~/progress/store';

/** Where the data lives and how safe it is there: persistence, browser risks, last export. */
export function SafetyPanel({ progress }: { progress: Progress }) {
  const fault = useStore($storageFault);
  const [persistence, setPersistence] = useState<Persistence>('unknown');
  const [asked, setAsked] = useState(false);
  const [env, setEnv] = useState({ userAgent: '', installed: false });

  useEffect(() => {
    void readPersistence(navigator.storage).then(setPersistence);
    setEnv({
      userAgent: navigator.userAgent,
      installed: window.matchMedia('(display-mode: standalone)').matches,
    });
  }, []);

  const ask = async () => {
    setPersistence(await requestPersistence(navigator.storage));
    setAsked(true);
  };
  const risk = dataRisk(env.userAgent, env.installed, persistence);

  return (
    <div className="pd-safety">
      <h3>Where it is kept</h3>
      <p>
        Your progress is kept only in this browser, on this device. Nothing is sent anywhere, so
        another browser or device does not see it: export it to move it or keep a copy.
      </p>
      {fault === 'unavailable' && (
        <p className="pd-warn" role="alert">
          This browser is not letting Podnet save anything (private browsing, or site data is
          blocked). Progress made now is gone when you close the tab: export it to keep it.
        </p>
      )}
      {fault === 'full' && (
        <p className="pd-warn" role="alert">
          This browser’s storage for Podnet is full, so new progress is not being saved. Export it,
          then delete old backups below to free space.
        </p>
      )}
      {risk === 'none' && (
        <p className="pd-ok">
          <span aria-hidden="true">✓ </span>Your browser has promised to keep Podnet’s data
          (persistent storage).
        </p>
      )}
      {risk === 'safari-seven-days' && (
        <p className="pd-warn">
          Safari deletes a website’s data when you have not visited it for 7 days of browsing. Add
          Podnet to your Home Screen (Share, then “Add to Home Screen”) so it is kept, or export
          your progress regularly.
        </p>
      )}
      {risk === 'eviction' && (
        <div className="pd-row">
          <p>
            {asked
              ? 'The browser did not promise to keep the data (browsers grant this to sites you use often or install). Export your progress from time to time to be safe.'
              : 'Your browser may delete this data when the device runs short of space.'}
          </p>
          {!asked && (
            <button type="button" className="button secondary" onClick={() => void ask()}>
              Ask the browser to keep it
            </button>
          )}
        </div>
      )}
      <p className="pd-note">
        {progress.exportedAt
          ? `Last exported ${new Date(progress.exportedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}.`
          : 'Not exported yet.'}
      </p>
    </div>
  );
}
