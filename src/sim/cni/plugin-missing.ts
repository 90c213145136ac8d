import type { PluginOutcome } from './plugin-context';
import { CNI_PATH } from './versions';

/** libcni's failure when no executable of that type exists in CNI_PATH (no plugin ran, so no code). */
export function notFound(type: string): PluginOutcome {
  return { ok: false, error: { msg: `failed to find plugin "${type}" in path [${CNI_PATH}]` } };
}
