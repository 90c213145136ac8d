import type { RangeDraft } from './plan-drafts';
import { PlanField } from './PlanField';

/** Most rows the editor offers (the engine refuses more than 12). */
export const MAX_OTHER_RANGES = 12;

/** The networks the cluster lives beside: one name and CIDR per row, rows added and removed. */
export function OtherRangesEditor({
  id,
  ranges,
  errorFor,
  onChange,
  onAdd,
  onRemove,
}: {
  id: string;
  ranges: readonly RangeDraft[];
  errorFor: (field: string) => string | null;
  onChange: (key: number, part: 'name' | 'cidr', value: string) => void;
  onAdd: () => void;
  onRemove: (key: number) => void;
}) {
  return (
    <fieldset className="plan-others">
      <legend>Other networks (VPC, office, VPN…)</legend>
      {ranges.length === 0 && (
        <p className="sim-hint">None yet: add the networks the cluster must not clash with.</p>
      )}
      <ol className="plan-other-list">
        {ranges.map((range, index) => {
          const rowId = `${id}-other-${String(range.key)}`;
          const title = range.name.trim() || `network ${String(index + 1)}`;
          return (
            <li key={range.key} className="plan-other-row">
              <PlanField
                id={`${rowId}-name`}
                label={`Name of network ${String(index + 1)}`}
                value={range.name}
                error={errorFor(`otherRanges.${String(index)}.name`)}
                onChange={(value) => onChange(range.key, 'name', value)}
              />
              <PlanField
                id={`${rowId}-cidr`}
                label={`CIDR of network ${String(index + 1)}`}
                value={range.cidr}
                error={errorFor(`otherRanges.${String(index)}.cidr`)}
                onChange={(value) => onChange(range.key, 'cidr', value)}
              />
              <button
                type="button"
                className="sim-btn sim-btn-quiet sim-btn-small plan-other-remove"
                data-focus-key={`remove-${String(range.key)}`}
                onClick={() => onRemove(range.key)}
              >
                Remove<span className="sr-only"> {title}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <p>
        <button
          type="button"
          className="sim-btn sim-btn-secondary sim-btn-small"
          data-focus-key="add-network"
          disabled={ranges.length >= MAX_OTHER_RANGES}
          onClick={onAdd}
        >
          Add a network
        </button>
      </p>
    </fieldset>
  );
}
