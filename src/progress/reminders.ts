// Gentle reminders to export after a milestone, because browsers may delete site data (pure).
import type { Progress } from './schema';

/** A module as the reminder needs it. */
export interface ModuleInfo {
  id: string;
  title: string;
  lessonIds: readonly string[];
}

/** A reminder to show: which milestone it is for, and what to say. */
export interface Reminder {
  milestone: string;
  message: string;
}

/**
 * The export reminder for finishing a module, if it is due: every lesson of the module is
 * complete, the reminder was not dismissed before, and nothing was exported since.
 */
export function moduleReminder(doc: Progress, module: ModuleInfo): Reminder | null {
  const milestone = `module-${module.id}`;
  if (module.lessonIds.length === 0 || doc.reminders[milestone]) return null;
  const entries = module.lessonIds.map((id) => doc.lessons[id]);
  if (!entries.every((e) => e?.completed)) return null;
  const finishedAt = entries.reduce((t, e) => (e && e.at > t ? e.at : t), '');
  if (doc.exportedAt && doc.exportedAt >= finishedAt) return null;
  return {
    milestone,
    message: `You finished “${module.title}”. Your progress lives only in this browser: export a copy to keep it safe.`,
  };
}
