// How safe the learner's data is in this browser: whether storage is persistent, and whether the
// browser is known to delete site data on its own. Browser objects are passed in, for testing.

/** The part of `navigator.storage` this module uses. */
export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/** Whether the browser promised to keep the data ('persisted'), may evict it, or cannot say. */
export type Persistence = 'persisted' | 'best-effort' | 'unknown';

/** The known risk to the data in this browser. */
export type DataRisk =
  /** Safari deletes the data of a site not visited for 7 days of use, unless it is installed. */
  | 'safari-seven-days'
  /** The browser may delete the data when the device runs short of space. */
  | 'eviction'
  | 'none';

/** Asks whether storage is persistent, without asking for it. */
export async function readPersistence(
  storage: StorageManagerLike | undefined,
): Promise<Persistence> {
  if (!storage?.persisted) return 'unknown';
  try {
    return (await storage.persisted()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unknown';
  }
}

/** Asks the browser to keep the data (some browsers decide silently, Firefox asks the learner). */
export async function requestPersistence(
  storage: StorageManagerLike | undefined,
): Promise<Persistence> {
  if (!storage?.persist) return 'unknown';
  try {
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unknown';
  }
}

/**
 * The risk to the data, from the browser's user agent, whether the app runs installed
 * (display-mode: standalone) and the persistence state.
 */
export function dataRisk(
  userAgent: string,
  installed: boolean,
  persistence: Persistence,
): DataRisk {
  if (isSafari(userAgent) && !installed) return 'safari-seven-days';
  return persistence === 'persisted' ? 'none' : 'eviction';
}

// Safari (macOS, iOS, iPadOS) and every iOS browser, which all run WebKit's storage rules.
function isSafari(userAgent: string): boolean {
  const ios = /\b(iPhone|iPad|iPod)\b/.test(userAgent);
  const desktopSafari =
    /\bSafari\//.test(userAgent) &&
    /\bVersion\//.test(userAgent) &&
    !/\b(Chrome|Chromium|CriOS|Edg|OPR|Firefox|FxiOS|Android)\b/.test(userAgent);
  return ios || desktopSafari;
}
