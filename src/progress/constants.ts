/** Every key Podnet writes to localStorage starts with this prefix. */
export const STORAGE_PREFIX = 'podnet:';

/** The key of the learner's progress document. */
export const PROGRESS_KEY = `${STORAGE_PREFIX}progress`;

/** Unreadable progress is kept under keys with this prefix plus a timestamp, so nothing is lost. */
export const PROGRESS_BACKUP_PREFIX = `${STORAGE_PREFIX}progress-backup`;

/** The key of the theme choice before it moved into the document's settings (read once, then removed). */
export const LEGACY_THEME_KEY = `${STORAGE_PREFIX}theme`;

/** The schema version of the progress document this code writes. */
export const PROGRESS_VERSION = 4;

/** What an exported progress file calls itself, so other JSON files are recognised and refused. */
export const EXPORT_FORMAT = 'podnet-progress';

/** The largest progress file an import accepts, in bytes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Backups kept at most; the oldest beyond this are dropped when a new one is made. */
export const MAX_BACKUPS = 3;

/** The start of time for a document that was never reset. */
export const NEVER = '1970-01-01T00:00:00.000Z';

/** The longest time an attempt may record (one day), in milliseconds. */
export const MAX_ATTEMPT_MS = 86_400_000;
