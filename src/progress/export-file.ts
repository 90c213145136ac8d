// Export of the progress document as a JSON file; import-file.ts reads such files back.
import { EXPORT_FORMAT, PROGRESS_VERSION } from './constants';
import type { Progress } from './schema';

/** What an exported file holds. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  progress: Progress;
}

/** The text of an export file for the document. */
export function buildExport(doc: Progress, appVersion: string, now: Date): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    schemaVersion: PROGRESS_VERSION,
    appVersion,
    exportedAt: now.toISOString(),
    progress: doc,
  };
  return JSON.stringify(file, null, 1);
}

/** The download name of an export file, e.g. `podnet-progress-2026-12-01.json`. */
export function exportFileName(now: Date): string {
  return `podnet-progress-${now.toISOString().slice(0, 10)}.json`;
}
