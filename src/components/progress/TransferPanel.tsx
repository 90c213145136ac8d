import { useRef, useState, type ChangeEvent } from 'react';
import { MAX_IMPORT_BYTES } from '~/progress/constants';
import type { Progress } from '~/progress/schema';
import { importProgress, resetProgress } from '~/progress/store';
import { parseImport, summarizeImport, type ImportSummary } from '~/progress/import-file';
import { exportProgress } from '~/scripts/export-progress';
import { ImportReview } from './ImportReview';

type Stage =
  | { step: 'idle'; message?: string }
  | { step: 'error'; message: string }
  | { step: 'review'; file: string; incoming: Progress; summary: ImportSummary }
  | { step: 'confirm-reset' };

/** Export, import (validated, summarised, merged on confirmation) and reset of the progress. */
export function TransferPanel({ progress }: { progress: Progress }) {
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // The size is checked before the file is read, so a huge file never reaches memory.
    const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
    const result = parseImport(text, file.size, new Date());
    if (!result.ok) return setStage({ step: 'error', message: result.error });
    setStage({
      step: 'review',
      file: file.name,
      incoming: result.progress,
      summary: summarizeImport(progress, result.progress, new Date()),
    });
  };
  const confirmImport = (incoming: Progress) => {
    importProgress(incoming);
    setStage({ step: 'idle', message: 'Imported: your progress now includes the file’s.' });
  };
  const reset = () => {
    resetProgress();
    setStage({ step: 'idle', message: 'Your progress was reset.' });
    resetButton.current?.focus();
  };

  return (
    <div className="pd-transfer">
      <h3>Export, import, reset</h3>
      <div className="pd-actions">
        <button type="button" className="button" onClick={() => exportProgress()}>
          Export progress
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => fileInput.current?.click()}
        >
          Import progress
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json,.txt"
          hidden
          aria-label="Progress file to import"
          onChange={(e) => void choose(e)}
        />
        <button
          ref={resetButton}
          type="button"
          className="button secondary pd-danger"
          onClick={() => setStage({ step: 'confirm-reset' })}
        >
          Reset progress…
        </button>
      </div>
      <div aria-live="polite">
        {stage.step === 'idle' && stage.message && <p className="pd-ok">{stage.message}</p>}
      </div>
      {stage.step === 'error' && (
        <p className="pd-warn" role="alert">
          The file was not imported: {stage.message} Nothing was changed.
        </p>
      )}
      {stage.step === 'review' && (
        <ImportReview
          file={stage.file}
          summary={stage.summary}
          onConfirm={() => confirmImport(stage.incoming)}
          onCancel={() =>
            setStage({ step: 'idle', message: 'Import cancelled; nothing was changed.' })
          }
        />
      )}
      {stage.step === 'confirm-reset' && (
        <div className="pd-confirm" role="group" aria-labelledby="pd-reset-title">
          <p id="pd-reset-title">
            <strong>Erase all progress in this browser?</strong> Completed lessons, answers, flags
            and challenge results are removed for good, in every open tab (your theme stays). Export
            first if you may want them back.
          </p>
          <div className="pd-actions">
            <button type="button" className="button secondary" onClick={() => exportProgress()}>
              Export first
            </button>
            <button type="button" className="button pd-danger-fill" onClick={reset}>
              Erase everything
            </button>
            <button
              type="button"
              className="button secondary"
              autoFocus
              onClick={() => setStage({ step: 'idle' })}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
