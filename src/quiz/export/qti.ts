import { strToU8, zipSync } from 'fflate';
import type { Question } from '../types';
import { flattenScenarios, type ExportReport } from './flatten';
import { qtiId, qtiItem } from './qti-item';
import { XML_DECLARATION, element, textElement } from './xml';

// A QTI 2.1 content package: a zip with imsmanifest.xml and one item file per question (IMS
// Content Packaging 1.1). Supported: single, multiple, ordering, matching (items that belong to
// no target simply have no pair), typed, scenario parts (separate items with the stem in front).
// Nothing is skipped; per-option explanations are not carried (QTI would need modal feedback).

const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';

/** The path of a question's item file inside the package. */
function itemPath(id: string): string {
  return `items/${qtiId('Q', id)}.xml`;
}

/** Writes the package manifest listing every item file as a resource. */
export function qtiManifest(ids: readonly string[]): string {
  const resources = ids.map((id) =>
    element(
      'resource',
      { identifier: qtiId('R', id), type: 'imsqti_item_xmlv2p1', href: itemPath(id) },
      element('file', { href: itemPath(id) }, ''),
    ),
  );
  const metadata = element(
    'metadata',
    {},
    textElement('schema', 'QTIv2.1 Package') + textElement('schemaversion', '1.0.0'),
  );
  const manifest = element(
    'manifest',
    { xmlns: CP_NS, identifier: 'MANIFEST-podnet' },
    metadata + element('organizations', {}, '') + element('resources', {}, resources.join('')),
  );
  return `${XML_DECLARATION}\n${manifest}\n`;
}

/** The package's files by path, as text (what the zip holds). */
export function qtiFiles(questions: readonly Question[]): Record<string, string> {
  const parts = flattenScenarios(questions);
  const files: Record<string, string> = { 'imsmanifest.xml': qtiManifest(parts.map((q) => q.id)) };
  for (const question of parts) files[itemPath(question.id)] = qtiItem(question);
  return files;
}

/** Writes questions as a QTI 2.1 zip package. */
export function exportQti(questions: readonly Question[]): ExportReport & { zip: Uint8Array } {
  const files = qtiFiles(questions);
  const entries = Object.fromEntries(
    Object.entries(files).map(([path, text]) => [path, strToU8(text)]),
  );
  // A fixed time stamp keeps the zip byte-identical for the same questions.
  const zip = zipSync(entries, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
  const exported = flattenScenarios(questions).map((q) => q.id);
  return { exported, skipped: [], zip };
}
