import { useStore } from '@nanostores/react';
import { useEffect, useState } from 'react';
import { PROGRESS_BACKUP_PREFIX } from '~/progress/constants';
import { $progressProblem, deleteBackup, listBackups, readBackup } from '~/progress/store';
import { downloadText } from '~/scripts/download';

/** Backups of progress that could not be read: download or delete each. */
export function Backups() {
  const problem = useStore($progressProblem);
  const [keys, setKeys] = useState<string[]>([]);
  useEffect(() => setKeys(listBackups()), [problem]);
  if (keys.length === 0) return null;

  const download = (key: string) =>
    downloadText(`${fileStem(key)}.txt`, readBackup(key) ?? '', 'text/plain');
  const remove = (key: string) => {
    deleteBackup(key);
    setKeys(listBackups());
  };
  return (
    <div className="pd-backups">
      <h3>Backups of unreadable progress</h3>
      <p>
        Saved progress that Podnet could not read is kept here instead of being thrown away. You can
        download it (to import it after fixing it, or to report a problem) or delete it.
      </p>
      <ul>
        {keys.map((key) => (
          <li key={key}>
            <span>Kept {describeKey(key)}</span>
            <button type="button" className="button secondary" onClick={() => download(key)}>
              Download
            </button>
            <button type="button" className="button secondary" onClick={() => remove(key)}>
              Delete
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

// When a backup was made, from its key (`podnet:progress-backup:<ISO time>`).
function describeKey(key: string): string {
  const time = Date.parse(key.slice(PROGRESS_BACKUP_PREFIX.length + 1));
  return Number.isNaN(time)
    ? 'earlier'
    : `on ${new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`;
}

// A file name for a backup download.
function fileStem(key: string): string {
  return key.replace(/[^a-z0-9-]+/gi, '-').replace(/^-|-$/g, '');
}
