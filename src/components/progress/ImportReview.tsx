import type { ImportSummary } from '~/progress/import-file';

interface Props {
  file: string;
  summary: ImportSummary;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What an import would change, for the learner to confirm or cancel. */
export function ImportReview({ file, summary, onConfirm, onCancel }: Props) {
  const lines = linesOf(summary);
  return (
    <div className="pd-confirm" role="group" aria-labelledby="pd-import-title">
      <p id="pd-import-title">
        <strong>Import “{file.slice(0, 80)}”?</strong>{' '}
        {summary.unchanged
          ? 'It holds nothing that is not already here.'
          : 'Merging it will make these changes (the newer entry wins; answers add up):'}
      </p>
      {lines.length > 0 && (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {summary.resetAt && (
        <p className="pd-warn">
          The file records a reset on {new Date(summary.resetAt).toLocaleDateString()}: progress
          from before that date is removed here too ({summary.removed}{' '}
          {summary.removed === 1 ? 'entry' : 'entries'}).
        </p>
      )}
      <div className="pd-actions">
        {!summary.unchanged && (
          <button type="button" className="button" autoFocus onClick={onConfirm}>
            Merge into my progress
          </button>
        )}
        <button
          type="button"
          className="button secondary"
          autoFocus={summary.unchanged}
          onClick={onCancel}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}

// One sentence per kind of change.
function linesOf(s: ImportSummary): string[] {
  const lines: string[] = [];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (s.lessonsCompleted)
    lines.push(`${count(s.lessonsCompleted, 'lesson', 'lessons')} marked complete`);
  if (s.lessonsUndone)
    lines.push(`${count(s.lessonsUndone, 'lesson', 'lessons')} marked as not complete`);
  if (s.attemptsAdded)
    lines.push(`${count(s.attemptsAdded, 'answer', 'answers')} added to your history`);
  if (s.marksChanged)
    lines.push(`${count(s.marksChanged, 'flag or bookmark', 'flags and bookmarks')} updated`);
  if (s.reviewsChanged)
    lines.push(`${count(s.reviewsChanged, 'review schedule', 'review schedules')} updated`);
  if (s.challengesAdded)
    lines.push(`${count(s.challengesAdded, 'challenge result', 'challenge results')} added`);
  if (s.drillsAdded)
    lines.push(`${count(s.drillsAdded, 'drill answer', 'drill answers')} added to your history`);
  if (s.settingsChanged) lines.push('Settings (theme, instructor mode) taken from the file');
  return lines;
}
