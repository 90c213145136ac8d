/**
 * Exporters of the quiz engine: GIFT and Moodle XML (Moodle), a QTI 2.1 zip package, and an
 * Anki text import. Each returns what it wrote and what it skipped, with the reason. Kept out
 * of src/quiz/index.ts so that pages which only run quizzes do not carry them (about 10 KB gzip
 * with fflate's zip): load on first use with `await import('~/quiz/export')`.
 *
 * @example
 * const { text, skipped } = exportGift(questions); // skipped: [{ id, reason: 'ordering (…)' }]
 * const { zip } = exportQti(questions); // Uint8Array of a zip: imsmanifest.xml + items/Q-<id>.xml
 * exportAnki(questions).text.split('\n')[0]; // '#separator:tab'
 */
export { escapeGift, exportGift } from './gift';
export { exportMoodleXml } from './moodle-xml';
export { exportQti, qtiFiles, qtiManifest } from './qti';
export { ankiGuid, escapeAnkiHtml, exportAnki } from './anki';
export { escapeXml } from './xml';
export type { ExportReport } from './flatten';
