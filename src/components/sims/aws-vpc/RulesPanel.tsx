import { useId } from 'react';
import type { RuleToggle } from '~/sim/aws-vpc';

/** How each kind of rule holder is named. */
const KIND_NAMES: Record<RuleToggle['kind'], string> = {
  'security-group': 'security group',
  'network-acl': 'network ACL',
  route: 'route table',
};

/** Every switchable rule, grouped by the resource that holds it, with the ones this flow used marked. */
export function RulesPanel({
  toggles,
  off,
  used,
  onToggle,
  onReset,
}: {
  toggles: RuleToggle[];
  off: ReadonlySet<string>;
  used: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onReset: () => void;
}) {
  const id = useId();
  const resources = [...new Set(toggles.map((t) => t.resource))];
  return (
    <details className="vpc-rules sim-box" open>
      <summary className="vpc-legend">
        Rules ({toggles.length - off.size} of {toggles.length} on)
      </summary>
      <p className="sim-hint">
        Switch a rule off to see what the flow does without it. Rules marked “used” decided a step
        of the current flow. The implicit local route and each network ACL’s final * deny are always
        there.
      </p>
      <div className="vpc-rule-groups">
        {resources.map((resource) => {
          const rules = toggles.filter((t) => t.resource === resource);
          const kind = rules[0]?.kind ?? 'route';
          return (
            <fieldset key={resource} className="vpc-rule-group">
              <legend>
                <code>{resource}</code> <span className="sim-hint">{KIND_NAMES[kind]}</span>
              </legend>
              {rules.map((rule) => (
                <div key={rule.key} className="vpc-rule">
                  <input
                    id={`${id}-${rule.key}`}
                    type="checkbox"
                    checked={!off.has(rule.key)}
                    onChange={() => onToggle(rule.key)}
                  />
                  <label htmlFor={`${id}-${rule.key}`}>
                    {rule.label}
                    {used.has(rule.key) && <span className="vpc-used"> used</span>}
                  </label>
                </div>
              ))}
            </fieldset>
          );
        })}
      </div>
      <p>
        <button type="button" className="sim-btn sim-btn-quiet sim-btn-small" onClick={onReset}>
          Reset rules
        </button>
      </p>
    </details>
  );
}
