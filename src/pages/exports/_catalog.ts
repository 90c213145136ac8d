// The export files of this build, read once from the question banks and the generated sample
// and shared by the download endpoints and the /exports/ page (the leading "_" keeps this file
// from being a route).
import { getCollection } from 'astro:content';
import {
  EXPORT_FORMATS,
  bodyBytes,
  exportFileName,
  exportSets,
  type ExportFile,
  type ExportFormat,
  type ExportSet,
} from '~/lib/export-sets';
import { generatedSupplement } from '~/lib/generated-pool';

/** One file of the catalog: its set, format, name, size and content. */
export interface CatalogFile extends ExportFile {
  set: ExportSet;
  format: ExportFormat;
  name: string;
  bytes: number;
}

let catalog: Promise<CatalogFile[]> | undefined;

/** Reads the banks and writes every file once per build. */
async function buildCatalog(): Promise<CatalogFile[]> {
  const banks = (await getCollection('questions')).map((entry) => ({
    id: entry.id,
    exams: entry.data.exams,
    questions: entry.data.questions,
  }));
  const sets = exportSets(banks, generatedSupplement());
  return sets.flatMap((set) =>
    EXPORT_FORMATS.map((format) => {
      const file = format.write(set.questions);
      return {
        ...file,
        set,
        format,
        name: exportFileName(set, format),
        bytes: bodyBytes(file.body),
      };
    }),
  );
}

/** Every export file of the build, sets in page order and formats within each set. */
export function exportCatalog(): Promise<CatalogFile[]> {
  catalog ??= buildCatalog();
  return catalog;
}
