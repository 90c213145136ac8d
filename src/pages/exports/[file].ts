// The download files of /exports/, written at build time: one per question set and format,
// e.g. /exports/podnet-ccna.gift.txt (see src/lib/export-sets.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportCatalog, type CatalogFile } from './_catalog';

/** One static path per file of the catalog. */
export const getStaticPaths = (async () =>
  (await exportCatalog()).map((file) => ({
    params: { file: file.name },
    props: { file },
  }))) satisfies GetStaticPaths;

/** Serves one export file with its media type. */
export const GET: APIRoute<{ file: CatalogFile }> = ({ props }) => {
  const { body, contentType } = props.file;
  return new Response(typeof body === 'string' ? body : new Blob([body as BlobPart]), {
    headers: { 'Content-Type': contentType },
  });
};
